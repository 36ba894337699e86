"""Verbal conflict and its look-alikes: an accusing label is a denunciation of its bearer
(CAMEO 111), chiding is criticism, a warning to a party is a threat (13) while a warning of a
danger is none, and "call on" is a visit unless it carries a request. Invented sentences;
entities by hand (the ANAPHORA cast,
``anaphora_events``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Peru called the Chilean army a terrorist gang.", ("111", "PER", "CHL")),
    ("Kenya branded the Red Hand as terrorists.", ("111", "KEN", "CHL")),
    # the label is pinned on the owner of the act or thing named as object
    ("Peru described Chile's sanctions as economic terrorism.", ("111", "PER", "CHL")),
    ("Peru called Chile's campaign the work of a criminal regime.", ("111", "PER", "CHL")),
])
def test_an_accusing_label_is_a_denunciation_of_its_bearer(anaphora_events, codes, text, expected):
    found = [(c, a[:3] if a else a, r[:3] if r else r)
             for c, a, r in codes(anaphora_events(text))]
    assert expected in found


def test_a_passive_label_swaps_the_parties(anaphora_events, codes):
    text = "The Red Hand was branded a terrorist organisation by Peru."
    found = [(c, a[:3], r[:3]) for c, a, r in codes(anaphora_events(text)) if a and r]
    assert ("111", "PER", "CHL") in found


def test_a_label_that_accuses_nothing_is_no_event(anaphora_events):
    assert not anaphora_events("Peru called the Chilean army a success.")


def test_call_on_without_a_request_is_a_visit(anaphora_events, codes):
    text = "Kenyan officials met the Chilean army and later called on Peru."
    found = codes(anaphora_events(text))
    assert any(c == "042" and r and r.startswith("PER") for c, _, r in found)
    assert not any(c.startswith("02") for c, _, _ in found)


def test_call_on_with_a_request_stays_an_appeal(anaphora_events, codes):
    text = "Peru called on Chile to release the fishermen."
    assert any(c.startswith("02") for c, _, _ in codes(anaphora_events(text)))


def test_chiding_is_criticism_of_the_act_s_doer(anaphora_events, pairs):
    text = "Peru chided an attack by the Chilean army in the south."
    assert ("PER", "CHL") in pairs(anaphora_events(text), "11")


def test_a_warning_to_a_party_is_a_threat(anaphora_events, pairs):
    found = pairs(anaphora_events("Peru warned Chile against further raids."), "13")
    assert ("PER", "CHL") in found


def test_a_warning_about_no_party_is_no_event(anaphora_events):
    assert not anaphora_events("Peru warned that food prices would rise.")


def test_warning_of_a_danger_threatens_nobody(anaphora_events):
    # "warn of" takes a danger, "warn X / against X / about X" a party
    found = anaphora_events("Peru warned of the danger of floods in Chile.")
    assert not [e for e in found if e.cameo_root == "13"]
