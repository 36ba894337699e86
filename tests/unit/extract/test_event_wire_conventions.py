"""Wire-news conventions of PETRARCH-2: armed agents and protesters named only by their place,
event nouns in time or cause adjuncts and what is condemned or punished as background, means
phrases that specify a killing, a violent subject noun and its verb as one event, spokesmen,
and praise or request verbs. Invented sentences; parties from the
PARTIES cast (``party_article``)."""

from __future__ import annotations

import pytest

from eventwire.extract.event_reported import _misparsed_main_clause
from eventwire.extract.events import _armed_words


def test_armed_agent_named_by_its_place_makes_a_candidate(triples, party_article):
    # no coded entity at all: the gunmen take Lima's country, the police the sole country
    found = triples(party_article("Gunmen in Lima killed two policemen on Monday."))
    assert found == [("193", "PER", "PER")]  # gunmen name the means: CAMEO 193, small arms


@pytest.mark.parametrize("text", [
    "Police in Lima said the weather was fine.",  # an agent but no trigger
    "Voters in Lima killed time before the count.",  # a trigger but no agent or coded party
])
def test_place_without_armed_agent_and_trigger_gives_nothing(triples, party_article, text):
    assert triples(party_article(text)) == []


@pytest.mark.parametrize("word", ["gunman", "gunmen", "attackers", "assailants", "separatists",
                                  "guerrilla", "police", "troops", "protesters"])
def test_armed_agent_words(word):
    assert word in _armed_words()


def test_possessor_of_a_patient_noun_is_the_patient(triples, party_article):
    # "Peru's arrest" = Peru was arrested; with an "of" patient the possessor is the agent
    found = triples(party_article("Ruto's arrest in Lima surprised the region."))
    assert found == [("173", None, "KEN")]
    found = triples(party_article("Chile welcomed Peru's arrest of Ruto."))
    assert ("173", "PER", "KEN") in found


@pytest.mark.parametrize("text, main, background", [
    ("Peru imposed a curfew in Lima after clashes with Chile troops.", "17", "19"),
    ("Peru closed its border ahead of talks with Chile.", "19", "04"),
    ("Peru expelled the Chile ambassador in retaliation for the Kenyan attack on its embassy.",
     "16", "19"),
])
def test_event_noun_in_a_time_or_cause_adjunct_is_background(triples, party_article, text, main,
                                                             background):
    roots = [code[:2] for code, _, _ in triples(party_article(text))]
    assert main in roots and background not in roots


def test_event_noun_as_the_main_act_is_kept(triples, party_article):
    found = triples(party_article("Peru held talks with Chile in Lima."))
    assert [c[:2] for c, _, _ in found] == ["04"]


@pytest.mark.parametrize("text, expected", [
    ("Peru condemned the Chile attack on Kenyan troops.", [("111", "PER", "CHL")]),
    ("Peru criticised the Chile bombing of Lima.", [("111", "PER", "CHL")]),
])
def test_what_is_condemned_is_no_event_of_its_own(triples, party_article, text, expected):
    assert triples(party_article(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Peru court jailed a Chile man for killing two Kenyan soldiers.", [("173", "PER", "CHL")]),
    ("Peru criticised Chile for attacking Kenyan troops.", [("111", "PER", "CHL")]),
])
def test_the_grounds_of_an_act_are_no_event_of_their_own(triples, party_article, text, expected):
    assert triples(party_article(text)) == expected


def _token(analyse, text: str, word: str):
    analysis = analyse(text)
    parsed = analysis.parse(list(analysis.doc.sents))[0]
    return next(t for t in parsed.doc if t.text == word)


def test_a_long_subject_misparsed_as_relative_clause_is_the_main_verb(analyse):
    # spaCy reads this long titled subject as a noun root with a relative clause "… called on"
    verb = _token(analyse, "The EU foreign policy chief Javier Solana called on both sides to "
                           "show restraint.", "called")
    if verb.dep_ != "relcl":
        pytest.skip("the parser reads the sentence right; nothing to repair")
    assert _misparsed_main_clause(verb)


def test_a_relative_clause_with_its_relative_word_is_one(analyse):
    verb = _token(analyse, "The men who attacked the convoy.", "attacked")
    assert verb.dep_ == "relcl" and not _misparsed_main_clause(verb)


def test_a_true_relative_clause_stays_background(triples, party_article):
    text = "Peru arrested the Chile men who attacked Kenyan troops."
    assert [c[:2] for c, _, _ in triples(party_article(text))] == ["17"]


def test_coordinated_verbs_share_the_object(triples, party_article):
    text = "Peru troops shot and wounded a Chile teenager near the border."
    assert ("193", "PER", "CHL") in triples(party_article(text))


@pytest.mark.parametrize("text, code", [
    ("Peru troops killed ten Chile rebels in air strikes near the border.", "195"),
    ("Peru troops killed four Chile soldiers in the shelling of Lima.", "194"),
    ("Peru troops killed a Chile commander in a bombing raid.", "195"),
])
def test_the_means_phrase_specifies_a_generic_killing(triples, party_article, text, code):
    assert triples(party_article(text)) == [(code, "PER", "CHL")]


def test_agentless_killing_in_clashes_keeps_the_clash_parties(triples, party_article):
    text = "Ten people were killed in clashes between Peru police and Chile rebels."
    assert triples(party_article(text)) == [("190", "PER", "CHL")]


@pytest.mark.parametrize("text, expected", [
    ("A Peru air strike killed ten Chile soldiers.", [("195", "PER", "CHL")]),
    ("Peru attacks have killed eight Chile rebels this year.", [("190", "PER", "CHL")]),
])
def test_a_violent_subject_noun_and_its_verb_are_one_event(triples, party_article, text, expected):
    assert triples(party_article(text)) == expected


def test_what_a_threat_noun_names_is_its_content(triples, party_article):
    text = "Ruto warned of the threat of Peru air strikes against Chile."
    assert triples(party_article(text)) == [("138", "PER", "CHL")]


@pytest.mark.parametrize("text, expected", [
    ("Peru held talks with Chile in Lima, offering further military aid to Chile.",
     [("040", "PER", "CHL")]),
    ("Peru rejected the Chile proposal, urging Chile to resume talks.", [("120", "PER", "CHL")]),
])
def test_participial_adjunct_of_a_coded_act_is_no_event(triples, party_article, text, expected):
    assert triples(party_article(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peru hailed Chile for its help.", [("051", "PER", "CHL")]),
    ("Peru commended Chile on Monday.", [("051", "PER", "CHL")]),
    ("Peru requested aid from Chile.", [("023", "PER", "CHL")]),
])
def test_praise_and_request_verbs(triples, party_article, text, expected):
    assert triples(party_article(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peru released the Chile men arrested by Kenyan police.", [("084", "PER", "CHL")]),
    ("Peru condemned the Chile raids targeting Kenyan villages.", [("111", "PER", "CHL")]),
])
def test_a_participle_describing_a_participant_is_background(triples, party_article, text,
                                                             expected):
    assert triples(party_article(text)) == expected


def test_suspending_a_member_reduces_relations(triples, party_article):
    found = triples(party_article("Peru suspended Chile from the trade bloc."))
    assert found == [("160", "PER", "CHL")]


def test_a_pronoun_owned_role_in_a_reported_clause_is_the_speakers(triples, party_article):
    text = "The Peru army said its troops had killed three Chile rebels."
    assert triples(party_article(text)) == [("190", "PER", "CHL")]


def test_a_spokesman_for_a_body_speaks_for_it(triples, party_article):
    text = "A spokesman for the Peru government criticised Chile on Monday."
    assert triples(party_article(text)) == [("111", "PER", "CHL")]


def test_calling_for_an_act_is_an_appeal(triples, party_article):
    found = triples(party_article("Peru called for an immediate ceasefire."))
    assert [(c[:2], a) for c, a, _ in found] == [("02", "PER")]


def test_protesters_named_by_their_place_make_a_candidate(triples, party_article):
    found = triples(party_article("Thousands of protesters rallied in Lima on Sunday."))
    assert [(c[:2], a, r) for c, a, r in found] == [("14", "PER", "PER")]
