"""Precision rules from the audit on unlabelled news: sense constraints on ambiguous trigger
rows (verbal "attack", "strike a deal", "beat", "release figures", "meet demand", "defend a
title", "recognise the need", "concede that", "help make"), sports results, infinitival
relatives and ability modals. Each non-trigger case is paired with the political sense of the
same word, which must still code. Sentences are invented; entities are made by hand (the
VOCABULARY cast, ``vocab_article``).
"""

from __future__ import annotations

import pytest


def events(vocab_article, text):
    return [(e.trigger.text, e.cameo, e.plover, e.modality) for e in vocab_article(text).events]


def asserted_types(vocab_article, text):
    return {e.plover for e in vocab_article(text).events if e.modality != "negated"}


# (sentence, trigger, code, PLOVER type): the political sense still codes, with this code
CODED = [
    ("Iraqi troops attacked Turkish positions near the border.", "attacked", "190", "ASSAULT"),
    ("Greece attacked Turkey's plans for the island.", "attacked", "111", "ACCUSE"),
    ("France launched an attack on the budget proposals of Germany.", "attack", "111", "ACCUSE"),
    ("Japan struck a deal with Vietnam on fishing rights.", "struck", "057", "SUPPORT"),
    ("Kenyan police beat protesters in Nairobi.", "beat", "182", "ASSAULT"),
    ("Kenyan police beat up two Somalia journalists.", "beat", "182", "ASSAULT"),
    ("Rwanda freed dozens of Ugandan prisoners.", "freed", "084", "RETREAT"),
    ("Iraq released 40 Turkish prisoners.", "released", "084", "RETREAT"),
    ("Chile met Bolivia in Santiago.", "met", "040", "CONSULT"),
    ("France defended the decision of Mali.", "defended", "052", "SUPPORT"),
    ("France recognised the new government of Haiti.", "recognised", "054", "SUPPORT"),
    ("Germany conceded defeat to France.", "conceded", "080", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "trigger", "code", "plover"), CODED)
def test_political_sense_codes(vocab_article, text, trigger, code, plover):
    found = [(t, c, p) for t, c, p, m in events(vocab_article, text) if m != "negated"]
    assert (trigger, code, plover) in found


# (sentence, the type that must not be coded): wrong senses and non-events
NOT_CODED = [
    ("Greece attacked Turkey's plans for the island.", "ASSAULT"),  # criticism, coded 111
    ("Japan struck a deal with Vietnam on fishing rights.", "ASSAULT"),
    ("Canada beat France 3-1 in the final.", "ASSAULT"),  # a match
    ("Kenya beat Uganda in the final of the cup.", "ASSAULT"),  # defeat sense: no victim noun
    ("Japan's heart beats for Peru.", "ASSAULT"),
    ("Norway released figures on trade with Chile.", "RETREAT"),
    ("The figures released by Canada showed growth.", "RETREAT"),  # reduced relative
    ("Chile expanded output to meet demand from Japan.", "CONSULT"),
    ("Canada will defend its title against France.", "SUPPORT"),
    ("Norway recognised the need for reform in Kenya.", "SUPPORT"),
    ("Germany conceded that France had a point.", "CONCEDE"),  # admitting, not yielding
    ("Japan helped make the summit with Peru a success.", "AID"),
    ("Norway is willing to send tents to help defend Mali.", "SUPPORT"),  # act in a purpose
    ("Peru pulled out of the race with Chile.", "RETREAT"),
    ("France occupied the seat of Germany on the council.", "COERCE"),
    ("Chile fought back to beat Bolivia 2-1.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "plover"), NOT_CODED)
def test_wrong_sense_not_coded(vocab_article, text, plover):
    assert plover not in asserted_types(vocab_article, text)


def test_infinitival_relative_is_no_event(vocab_article):
    # the infinitive names a planned act; the ban itself is a standing event and stays
    found = events(vocab_article, "Moves by France to lift the ban on Syria were condemned.")
    assert not [t for t in found if t[0] == "lift"]


def test_standing_sanction_under_plan_stays(vocab_article):
    found = events(vocab_article, "France defended plans to end Japan's arms embargo on Syria.")
    assert any(t[0] == "embargo" and t[2] == "SANCTION" for t in found)


@pytest.mark.parametrize(("text", "trigger", "mood"), [
    ("Under the new law Kenya can detain Somalia migrants without trial.", "detain", "hypothetical"),
    ("Japan said it was able to send food to Peru.", "send", "hypothetical"),
    ("Japan was unable to send food to Peru.", "send", "negated"),
    ("Japan sent food to Peru.", "sent", "asserted"),
])
def test_ability_sets_modality(vocab_article, text, trigger, mood):
    found = {t[0]: t[3] for t in events(vocab_article, text)}
    assert found.get(trigger) == mood


@pytest.mark.parametrize(("text", "plover"), [
    ("A bishop called for the release of Syrian prisoners held by Iraq.", "RETREAT"),
    ("Japan renewed calls for Peru to apologise for the incident.", "CONCEDE"),
])
def test_act_asked_for_is_no_event(vocab_article, text, plover):
    assert plover not in asserted_types(vocab_article, text)


def test_commercial_deal_is_no_agreement(vocab_article):
    assert "SUPPORT" not in asserted_types(
        vocab_article, "The production deal with Japan was worth $1bn.")
    assert "SUPPORT" in asserted_types(
        vocab_article, "The peace deal between Sudan and Chad was signed in May.")
