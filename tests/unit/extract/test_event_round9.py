"""Round 9: diplomatic protests (CAMEO 114), deverbal compounds' patients and ethnic or
regional demonyms. Invented sentences; entities by hand (``test_event_anaphora``)."""

from __future__ import annotations

import pytest

from .test_event_anaphora import events_of


def _codes(events):
    return sorted((e.cameo, e.actor_code, e.recipient_code) for e in events)


@pytest.mark.parametrize("text", [
    "Peru protested to Chile over the arrest of two fishermen.",
    "Peru lodged a protest with Chile over the visit.",
    "Peru lodged a strong protest against Chile on Monday.",
    "Peru filed a formal complaint with Kenya.",
    "Peru registered a protest with the Chilean army.",
])
def test_government_complaint_to_another_is_an_official_complaint(make_article, analyse, text):
    found = _codes(events_of(make_article, analyse, text))
    assert [c[:2] for c in found] == [("114", "PER")]


def test_street_protest_stays_a_demonstration(make_article, analyse):
    text = "Thousands of Peruvian students protested in Lima against Chile."
    assert [c[0][:2] for c in _codes(events_of(make_article, analyse, text))] == ["14"]


@pytest.mark.parametrize("text, expected", [
    ("The Kenya invasion began in May.", ("190", None, "KEN")),  # the named land is invaded
    ("The Chile occupation angered Peru.", ("192", None, "CHL")),
    ("The Peruvian invasion of Chile began in May.", ("190", "PER", "CHL")),  # demonym: agent
    ("The Chile blockade by Peru lasted a year.", ("191", "PER", "CHL")),
])
def test_proper_name_compound_of_a_patient_noun_is_the_patient(make_article, analyse, text,
                                                                 expected):
    found = [c for c in _codes(events_of(make_article, analyse, text)) if c[0][:2] == expected[0][:2]]
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
def test_ethnic_demonyms_take_their_country_of_residence(make_article, analyse, text, expected):
    actors = [e.actor_code for e in events_of(make_article, analyse, text) if e.cameo_root in ("19", "11")]
    assert actors == [expected] or (expected is None and actors in ([], [None]))


@pytest.mark.parametrize("text, expected", [
    ("Peru protested the decision.", ("114", "PER")),
    ("Kenyan officials protested against Chile.", ("114", "KENGOV")),
    ("Thousands of Peruvian students protested in Lima.", ("14", "PEREDU")),  # civil: a demo
])
def test_a_state_protesting_complains_officially(make_article, analyse, text, expected):
    found = [(e.cameo[:len(expected[0])], e.actor_code) for e in events_of(make_article, analyse, text)]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    "Peru summoned the Kenyan officials to protest the arrests.",
    "Peru summoned Ruto to complain about the raids.",
])
def test_summoning_an_envoy_to_complain_is_the_summoners_complaint(make_article, analyse, text):
    assert _codes(events_of(make_article, analyse, text)) == [("114", "PER", "KENGOV")]


def test_ordering_someone_to_act_keeps_object_control(make_article, analyse):
    text = "Peru ordered the Chilean army to attack Kenya."
    assert ("190", "CHLMIL", "KEN") in _codes(events_of(make_article, analyse, text))


def test_ethnic_name_prefers_its_own_locative_over_the_opponents_country(make_article, analyse):
    # Syria attacks; the Kurdish positions are placed in Iraq by their own "in" phrase
    text = "Syria bombed Kurdish rebel positions in Iraq on Monday."
    assert _codes(events_of(make_article, analyse, text)) == [("195", "SYR", "IRQREB")]
