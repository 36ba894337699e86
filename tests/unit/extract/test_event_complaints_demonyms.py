"""Diplomatic protests as official complaints (CAMEO 114) rather than demonstrations, the
patient of a deverbal compound ("the Kenya invasion"), ethnic or regional demonyms coded by
their country of residence, and object control after "order". Invented sentences; entities by
hand (``test_event_anaphora``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Peru protested to Chile over the arrest of two fishermen.",
    "Peru lodged a protest with Chile over the visit.",
    "Peru lodged a strong protest against Chile on Monday.",
    "Peru filed a formal complaint with Kenya.",
    "Peru registered a protest with the Chilean army.",
])
def test_government_complaint_to_another_is_an_official_complaint(anaphora_events, codes, text):
    found = codes(anaphora_events(text))
    assert [c[:2] for c in found] == [("114", "PER")]


def test_street_protest_stays_a_demonstration(anaphora_events, codes):
    text = "Thousands of Peruvian students protested in Lima against Chile."
    assert [c[0][:2] for c in codes(anaphora_events(text))] == ["14"]


@pytest.mark.parametrize("text, expected", [
    ("The Kenya invasion began in May.", ("190", None, "KEN")),  # the named land is invaded
    ("The Chile occupation angered Peru.", ("192", None, "CHL")),
    ("The Peruvian invasion of Chile began in May.", ("190", "PER", "CHL")),  # demonym: agent
    ("The Chile blockade by Peru lasted a year.", ("191", "PER", "CHL")),
])
def test_proper_name_compound_of_a_patient_noun_is_the_patient(anaphora_events, codes, text,
                                                               expected):
    found = [c for c in codes(anaphora_events(text)) if c[0][:2] == expected[0][:2]]
    assert found == [expected]


@pytest.mark.parametrize("text, expected", [
    # one country of residence: always that country
    ("Chechen rebels attacked Peru.", "RUSREB"),
    ("South Ossetian troops shelled Peru.", "GEOMIL"),
    ("Uighur activists accused Peru of torture.", "CHNCVL"),
    # several: the one the sentence names
    ("Kurdish rebels attacked Peru from northern Iraq.", "IRQREB"),
    # several and none named, or two named: no code
    ("Tamil rebels attacked Peru.", None),
    ("Kurdish rebels attacked Iraq and Syria.", None),
])
def test_ethnic_demonyms_take_their_country_of_residence(anaphora_events, text, expected):
    actors = [e.actor_code for e in anaphora_events(text) if e.cameo_root in ("19", "11")]
    assert actors == [expected] or (expected is None and actors in ([], [None]))


@pytest.mark.parametrize("text, expected", [
    ("Peru protested the decision.", ("114", "PER")),
    ("Kenyan officials protested against Chile.", ("114", "KENGOV")),
    ("Thousands of Peruvian students protested in Lima.", ("14", "PEREDU")),  # civil: a demo
])
def test_a_state_protesting_complains_officially(anaphora_events, text, expected):
    found = [(e.cameo[:len(expected[0])], e.actor_code) for e in anaphora_events(text)]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    "Peru summoned the Kenyan officials to protest the arrests.",
    "Peru summoned Ruto to complain about the raids.",
])
def test_summoning_an_envoy_to_complain_is_the_summoners_complaint(anaphora_events, codes, text):
    assert codes(anaphora_events(text)) == [("114", "PER", "KENGOV")]


def test_ordering_someone_to_act_keeps_object_control(anaphora_events, codes):
    text = "Peru ordered the Chilean army to attack Kenya."
    assert ("190", "CHLMIL", "KEN") in codes(anaphora_events(text))


def test_ethnic_name_prefers_its_own_locative_over_the_opponents_country(anaphora_events, codes):
    # Syria attacks; the Kurdish positions are placed in Iraq by their own "in" phrase
    text = "Syria bombed Kurdish rebel positions in Iraq on Monday."
    assert codes(anaphora_events(text)) == [("195", "SYR", "IRQREB")]
