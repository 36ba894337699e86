"""PLOVER-type vocabulary: CAMEO/PLOVER-defined triggers for the rarer types (AID, CONCEDE,
RETREAT, SANCTION, MOBILIZE, COERCE), their nominal and light-verb forms, and the
constructions that carry them ("part of the aid programme", "of peacekeeping troops").

Entities are made by hand (the VOCABULARY cast, ``vocab_article``), on short invented sentences.
"""

from __future__ import annotations

import pytest

from eventwire import codes


def by_trigger(article, trigger: str):
    found = [e for e in article.events if e.trigger.text == trigger and e.modality != "negated"]
    assert found, f"no event on {trigger!r}: {[(e.trigger.text, e.cameo) for e in article.events]}"
    return found[0]


# (sentence, trigger, CAMEO code, PLOVER type, actor code, recipient code)
CASES = [
    # AID: material benefit to the recipient (CAMEO 07)
    ("Japan sent food and medicine to Yemen.", "sent", "073", "AID", "JPN", "YEM"),
    ("Germany delivered 300 tons of grain to Chad.", "delivered", "073", "AID", "DEU", "TCD"),
    ("The United States supplied weapons to Kenya.", "supplied", "072", "AID", "USA", "KEN"),
    ("Norway provided emergency aid to Nepal.", "aid", "073", "AID", "NOR", "NPL"),
    ("Canada granted asylum to Haiti's former president.", "asylum", "075", "AID", "CAN", None),
    ("France deployed peacekeeping troops to Mali.", "deployed", "074", "AID", "FRA", "MLI"),
    # CONCEDE: easing restrictions, amnesties, yielding, regret (PLOVER CONCEDE)
    ("Japan lifted its ban on US beef imports.", "lifted", "081", "CONCEDE", "JPN", "USA"),
    ("Sudan lifted the state of emergency in Darfur.", "lifted", "0814", "CONCEDE", "SDN", None),
    ("Peru pardoned two Ecuador soldiers.", "pardoned", "080", "CONCEDE", "PER", None),
    ("Turkey bowed to demands from Greece.", "bowed", "080", "CONCEDE", "TUR", None),
    ("Chile apologised to Bolivia for the incident.", "apologised", "055", "CONCEDE", "CHL", "BOL"),
    ("Kenya accepted the demands of Somalia.", "accepted", "080", "CONCEDE", "KEN", "SOM"),
    # RETREAT: immediate material de-escalation, release, return, resignation
    ("Iraq handed over 40 prisoners to Turkey.", "handed", "0841", "RETREAT", "IRQ", "TUR"),
    ("Rwanda freed dozens of Ugandan prisoners.", "freed", "084", "RETREAT", "RWA", "UGA"),
    ("Syria halted its offensive against Turkey.", "halted", "087", "RETREAT", "SYR", "TUR"),
    ("Uganda withdrew thousands of troops from Rwanda.", "withdrew", "087", "RETREAT", "UGA", "RWA"),
    ("Sudan allowed monitors from Chad into Darfur.", "allowed", "086", "RETREAT", "SDN", None),
    # SANCTION: reduced relations, stopped aid, sanctions and embargoes (PLOVER SANCTION)
    ("The United States imposed sanctions on Cuba.", "sanctions", "163", "SANCTION", "USA", "CUB"),
    ("Canada froze aid to Haiti.", "froze", "162", "SANCTION", "CAN", "HTI"),
    ("Germany suspended part of its aid programme for Niger.", "suspended", "162", "SANCTION",
     "DEU", "NER"),
    ("Laos cut diplomatic ties with Vietnam.", "cut", "161", "SANCTION", "LAO", "VNM"),
    ("Turkey recalled its diplomats from Syria.", "recalled", "161", "SANCTION", "TUR", "SYR"),
    # MOBILIZE: force posture short of force (CAMEO 15)
    ("Turkey sent reinforcements to the Syria border.", "sent", "154", "MOBILIZE", "TUR", "SYR"),
    ("Kenya placed its troops on alert near Somalia.", "placed", "152", "MOBILIZE", "KEN", None),
    # COERCE: restrictions, censorship, expulsions of individuals (CAMEO 17)
    ("Zambia shut down two newspapers from Uganda.", "shut", "1721", "COERCE", "ZMB", None),
    ("Fiji expelled three Kenyan journalists.", "expelled", "174", "COERCE", "FJI", None),
    # synonyms of lifting, ceding, posture, retaliation, rejection of pressure
    ("Cuba scrapped its ban on Canadian imports.", "scrapped", "081", "CONCEDE", "CUB", "CAN"),
    ("Peru ceded the disputed territory to Ecuador.", "ceded", "0874", "RETREAT", "PER", "ECU"),
    ("Niger beefed up security along the Mali border.", "beefed", "150", "MOBILIZE", "NER", None),
    ("Yemen resisted pressure from the United States.", "resisted", "120", "REJECT", "YEM", None),
    ("The United States banned imports from Cuba.", "banned", "163", "SANCTION", "USA", "CUB"),
]


@pytest.mark.parametrize(("text", "trigger", "cameo", "plover", "actor", "recipient"), CASES)
def test_event_vocab_types(vocab_article, text, trigger, cameo, plover, actor, recipient):
    event = by_trigger(vocab_article(text), trigger)
    assert (event.cameo, event.plover) == (cameo, plover)
    assert event.actor_code == actor
    if recipient is not None:
        assert event.recipient_code == recipient


# PLOVER's own type chapters, where CAMEO2PLOVER-2021 differs from them.
@pytest.mark.parametrize(
    ("code", "plover"),
    [("163", "SANCTION"), ("0831", "RETREAT"), ("0813", "CONCEDE"), ("0814", "CONCEDE"),
     ("055", "CONCEDE"), ("1712", "ASSAULT")],
)
def test_plover_type_follows_the_manual(code, plover):
    assert codes.plover_type(code) == plover


# Words that only co-occur with a type are no trigger.
@pytest.mark.parametrize(
    "text",
    [
        "Japan gave a speech in Germany.",
        "Kenya sent a letter to Somalia.",
        "Turkey ended the strike on Syria after talks.",
        "Japan built a plant in Kenya to meet growing demand for cars.",
        "Airlines from Peru won permission to fly to Chile.",
    ],
)
def test_event_vocab_non_triggers(vocab_article, text):
    article = vocab_article(text)
    assert not [e for e in article.events if e.plover in ("AID", "CONCEDE", "MOBILIZE", "CONSULT")]


# Constructions: a demand noun with its content clause, a possessive pronoun standing for the
# governing verb's subject, rejected and demanded acts as content, adverb-constrained verbs.
@pytest.mark.parametrize(
    ("text", "trigger", "cameo", "actor", "recipient", "absent"),
    [
        ("Canada reiterated its demand that Haiti release the prisoners.", "demand", "1053",
         "CAN", "HTI", "RETREAT"),
        ("Kenya demanded the release of prisoners held by Somalia.", "demanded", "1053",
         "KEN", None, "RETREAT"),
        ("Turkey rejected an ultimatum from Greece.", "rejected", "120", "TUR", None, "THREATEN"),
        ("Chile is opposed to French mediation in talks with Bolivia.", "opposed", "120", None,
         None, "CONSULT"),
        ("Ugandan soldiers sexually abused Kenyan villagers.", "abused", "1821", "UGA", "KEN",
         None),
    ],
)
def test_event_vocab_constructions(vocab_article, text, trigger, cameo, actor, recipient, absent):
    article = vocab_article(text)
    event = by_trigger(article, trigger)
    assert event.cameo == cameo
    if actor is not None:
        assert event.actor_code[:3] == actor
    if recipient is not None:
        assert event.recipient_code[:3] == recipient
    assert absent not in {e.plover for e in article.events}
