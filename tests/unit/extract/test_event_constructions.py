"""Constructions that decide who acts on whom: converse verbs, refusals, permitted and wished
acts, fire fights, cooperation nouns, inspections, violent protest, stance participles, passives
with an agent, message participles and aspectual verbs. Invented sentences; parties from
the PARTIES cast (``party_article``)."""

from __future__ import annotations

import pytest

from eventwire.extract.event_constructions import refused_code


@pytest.mark.parametrize("text, expected", [
    # converse verbs: the subject receives, the "from" object acts
    ("Kenyan rebels received weapons from Canada.", [("072", "CAN", "KEN")]),
    ("Chile received aid from Canada last year.", [("070", "CAN", "CHL")]),
    ("Peru won backing from Canada.", [("051", "CAN", "PER")]),
    ("Peru faced sanctions from Canada.", [("163", "CAN", "PER")]),
    ("Ugandan troops came under attack from Kenyan soldiers.", [("190", "KEN", "UGA")]),
])
def test_converse_verbs_code_the_giver_as_actor(triples, party_article, text, expected):
    assert triples(party_article(text)) == expected


def test_converse_verb_without_giver_is_no_event(triples, party_article):
    assert triples(party_article("Chile received weapons last year.")) == []


def test_under_fire_from_a_government_is_criticism(triples, party_article):
    assert triples(party_article("Peru came under fire from Ruto.")) == [("111", "KEN", "PER")]


@pytest.mark.parametrize("text, expected", [
    ("Canada would not give permission to Chile to help Mexico.", [("124", "CAN", "CHL")]),
    ("Canada did not allow Chile to open the border.", [("124", "CAN", "CHL")]),
    ("Canada refused to release the Danish prisoners.", [("1243", "CAN", "DNK")]),
    ("Iran will not meet the Kenyan envoy.", [("125", "IRN", "KEN")]),
])
def test_refusals_are_reject_events(triples, party_article, text, expected):
    assert triples(party_article(text)) == expected


def test_plain_negation_of_an_act_is_not_a_refusal(party_article):
    article = party_article("Canada did not meet Chile last week.")
    assert [(e.cameo_root, e.modality) for e in article.events] == [("04", "negated")]


def test_refused_code_follows_the_codebook():
    assert refused_code("0841") == "1243"  # release persons -> refuse to release
    assert refused_code("072") == "1222"  # military aid -> reject request for military aid
    assert refused_code("190") is None  # no cooperative act


def test_a_wish_about_others_is_no_event(triples, party_article):
    text = "Ruto said he hoped Ugandan officials would be arrested."
    assert triples(party_article(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Kenyan soldiers engaged Ugandan rebels in a firefight.", [("193", "KEN", "UGA")]),
    ("Kenyan troops exchanged fire with Ugandan troops.", [("193", "KEN", "UGA")]),
    ("Kenyan troops engaged in fighting with Ugandan rebels.", [("190", "KEN", "UGA")]),
])
def test_fire_fights_code_both_parties(triples, party_article, text, expected):
    assert triples(party_article(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Canada expanded cooperation with Chile.", [("060", "CAN", "CHL")]),
    ("Canada strengthened ties with Chile.", [("050", "CAN", "CHL")]),
    ("Canada will deepen its partnership with Chile.", [("031", "CAN", "CHL")]),
])
def test_cooperation_nouns(triples, party_article, text, expected):
    assert triples(party_article(text)) == expected


def test_inspecting_sites_is_investigation(triples, party_article):
    article = party_article("Canada inspected the nuclear sites in Iran.")
    assert triples(article) == [("090", "CAN", "IRN")]


def test_property_destroyed_by_protesters_is_a_riot(party_article):
    riot = party_article("Kenyan protesters burned the Danish embassy.")
    force = party_article("Kenyan soldiers burned the Danish embassy.")
    assert [e.cameo for e in riot.events] == ["145"]
    assert [e.cameo for e in force.events] == ["1712"]


def test_meeting_noun_during_a_clause_is_the_subjects(triples, party_article):
    article = party_article("Ruto praised Chile during a visit to Lima.")
    assert ("042", "KEN", "PER") in triples(article)


def test_by_gerund_is_means_not_passive_agent(party_article):
    # "by signing …" is how the act was done; the subject still acts (it is no passive)
    article = party_article("Canada and Peru seek to deepen ties by signing new treaties.")
    assert all((e.actor_code or "")[:3] == "CAN" for e in article.events)
    assert article.events and all(not e.recipient for e in article.events)


@pytest.mark.parametrize("text", [
    "Kenyan and Ugandan troops exchanged fire.",
    "Clashes between Kenyan and Ugandan troops broke out.",
])
def test_a_fight_between_sides_pairs_them(triples, party_article, text):
    found = triples(party_article(text))
    assert len(found) == 1 and found[0][0][:2] == "19"
    assert {found[0][1], found[0][2]} == {"KEN", "UGA"}


def test_opening_fire_on_someone_is_small_arms_fire(triples, party_article):
    article = party_article("Kenyan police opened fire on Ugandan traders.")
    assert triples(article) == [("193", "KEN", "UGA")]


def test_refusal_needs_someone_refused(triples, party_article):
    # a permission withheld from no named party is a negated act, not a rejection of someone
    article = party_article("Canada will not allow new factories to be built.")
    assert triples(article) == []
    assert [e.modality for e in article.events] in ([], ["negated"])


# --- stance and message participles, passives with an agent, aspectual verbs -----------------

@pytest.mark.parametrize("text, expected", [
    # a stative participle of attitude: the subject holds the stance
    ("Peru is committed to opening up the economy.", ("030", "PER", None)),
])
def test_stance_participle_subject_is_the_actor(triples, party_article, text, expected):
    assert expected in triples(party_article(text))


def test_passive_with_agent_keeps_subject_as_patient(triples, party_article):
    found = triples(party_article("Kenyan rebels were attacked by Ugandan troops."))
    assert found == [("190", "UGA", "KEN")]


def test_message_participle_is_its_authors_act(triples, party_article):
    text = "Peru issued a statement demanding that the Chile government free its leader."
    assert [(a, r) for _, a, r in triples(party_article(text))] == [("PER", "CHL")]


def test_participle_on_a_plain_object_is_not_the_subjects_act(triples, party_article):
    text = "Peru expelled the Chile officials demanding a vote."
    assert ("100", "PER", "CHL") not in triples(party_article(text))


def test_aspectual_verb_lends_its_subject_to_the_event_noun(triples, party_article):
    text = "Peru speeded up the withdrawal of its troops from Chile."
    assert ("087", "PER", "CHL") in triples(party_article(text))
