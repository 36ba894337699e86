"""Names the vocabulary knows that the NER missed or merged: coordinated names in one span
split into their names, a sentence-first name the NER left untagged, a bare surname the NER
once tagged ORG, a title and name tagged ORG. Invented sentences and invented country
names."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Span

from eventwire.extract.actors_data import default_vocabulary, load_vocabulary
from eventwire.extract.entities import extract_entities
from eventwire.extract.entity_names import conjunct_ranges, sentence_first_name, split_conjoined

#: Two invented countries, in the packaged ``countries.csv`` format (a user ``--actors`` file).
INVENTED = """iso3,iso2,name,aliases,demonyms,capitals
VLM,VL,Valmora,,Valmoran,Port Ilse
KRT,KR,Kertavia,,Kertavian,Dusan
TRN,TN,Tarnel,,Tarnelese,
"""


@pytest.fixture(scope="module")
def vocab(tmp_path_factory):
    path = tmp_path_factory.mktemp("actors") / "invented.csv"
    path.write_text(INVENTED, encoding="utf-8")
    return load_vocabulary(path)


@pytest.fixture
def slipped_entities(make_article, vocab):
    """``slipped_entities(text, start, end, label)``: the entities of ``text`` (invented vocabulary)
    when the NER's only span is tokens ``start``..``end`` labelled ``label``."""

    def run(text: str, start: int, end: int, label: str):
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        doc = nlp(text)
        doc.ents = [Span(doc, start, end, label=label)]
        return extract_entities(make_article(text), SimpleNamespace(doc=doc), vocabulary=vocab)

    return run


def coded(entities) -> dict[str, str]:
    """Mention text → actor code of every coded mention."""
    return {m.text: e.actor.code for e in entities if e.actor and e.actor.code for m in e.mentions}


# --- coordinated names in one NER span ------------------------------------------------------

def doc_with_span(text: str, start: int, end: int, label: str = "GPE"):
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, start, end, label=label)]
    return doc


def test_a_span_of_two_known_countries_splits_into_two_names():
    doc = doc_with_span("Britain and France signed the pact.", 0, 3, "ORG")
    parts = split_conjoined(doc, list(doc.ents), default_vocabulary())
    assert [(p.text, p.label_) for p in parts] == [("Britain", "GPE"), ("France", "GPE")]


def test_a_list_with_commas_the_and_a_possessive_splits_on_each_name():
    doc = doc_with_span("Envoys of the US, Canada and Mexico's government met.", 2, 9, "WORK_OF_ART")
    parts = split_conjoined(doc, list(doc.ents), default_vocabulary())
    assert [p.text for p in parts] == ["US", "Canada", "Mexico"]


def test_a_country_named_with_and_stays_whole():
    doc = doc_with_span("Trinidad and Tobago voted.", 0, 3)
    assert [p.text for p in split_conjoined(doc, list(doc.ents), default_vocabulary())] == ["Trinidad and Tobago"]


def test_a_span_with_an_unknown_conjunct_stays_whole():
    doc = doc_with_span("Harlow and Pemberton opened a shop.", 0, 3, "ORG")
    assert [p.text for p in split_conjoined(doc, list(doc.ents), default_vocabulary())] == ["Harlow and Pemberton"]


def test_a_span_ending_in_a_coordinator_is_no_list():
    assert conjunct_ranges(["France", "and"]) == []
    assert conjunct_ranges(["France", ",", "and", "Spain"]) == [(0, 1), (3, 4)]


def test_coordinated_invented_countries_become_two_coded_entities(slipped_entities):
    text = "Officials said the talks between Valmora and Kertavia resumed on Monday."
    entities = slipped_entities(text, 5, 8, "WORK_OF_ART")  # the small model's slip on a list of names
    assert [(m.text, m.start, e.actor.code) for e in entities for m in e.mentions] == [
        ("Valmora", text.index("Valmora"), "VLM"), ("Kertavia", text.index("Kertavia"), "KRT")]


# --- a sentence's first word ----------------------------------------------------------------

def test_sentence_first_name_needs_an_untagged_capitalised_word_alone():
    tokens = ["Valmora", "is", "about", "to", "act", "."]
    assert sentence_first_name(tokens, 0, 1, 0, lambda i: False)
    assert not sentence_first_name(tokens, 0, 1, 0, lambda i: i == 0)  # the NER has it
    assert not sentence_first_name(["Valmora", "Bay", "is", "calm"], 0, 1, 0, lambda i: False)
    assert not sentence_first_name(["The", "Valmora", "plan"], 1, 2, 0, lambda i: False)
    assert sentence_first_name(["\u201c", "Valmora", "will", "act"], 1, 2, 0, lambda i: False)


def test_an_invented_country_starting_the_sentence_is_an_entity(entities_of, vocab):
    text = "Tarnel is about to restore full diplomatic ties with Kertavia, an official said."
    entities = entities_of(text, vocabulary=vocab)
    first = [e for e in entities if any(m.start == 0 for m in e.mentions)]
    assert len(first) == 1 and first[0].actor.code == "TRN" and first[0].mentions[0].text == "Tarnel"


def test_a_lowercase_noun_is_not_the_country(entities_of, vocab):
    text = "Turkey sandwiches were served. The chef said the turkey was local."
    assert "turkey" not in coded(entities_of(text, vocabulary=vocab))


# --- a bare surname the NER once tagged ORG -------------------------------------------------

def test_bare_surname_repeats_join_the_person_after_an_org_slip(entities_of):
    text = ("Chilean Foreign Minister Rosa Quispe arrived on Monday.\n\n"
            "Quispe said the talks went well.\n\n"
            "Quispe did not meet the defence minister.")
    entities = entities_of(text)
    person = [e for e in entities if e.name == "Rosa Quispe"]
    assert len(person) == 1 and person[0].actor.code == "CHLGOV"
    starts = {m.start for m in person[0].mentions}
    assert text.index("Quispe did") in starts


def test_sentence_case_does_not_make_a_name_of_a_differently_spelled_word():
    # "LeT" (Lashkar-e-Taiba) is listed; "Let" opening a sentence is the verb.
    assert not sentence_first_name(["Let", "us", "hope"], 0, 1, 0, lambda i: False, "LeT")
    assert not sentence_first_name(["May", "we", "go"], 0, 1, 0, lambda i: False, "May")
    assert sentence_first_name(["Tarnel", "is", "calm"], 0, 1, 0, lambda i: False, "Tarnel")


def test_a_title_and_name_tagged_org_becomes_a_titled_person(slipped_entities):
    text = "Kertavian President Osk Varn appealed for calm on Sunday."
    entities = slipped_entities(text, 0, 4, "ORG")
    person = [e for e in entities if e.type == "PERSON"]
    assert len(person) == 1 and person[0].name == "Osk Varn" and person[0].actor.code == "KRTGOV"


def test_an_organisation_whose_last_words_are_vocabulary_stays_whole(vocab):
    doc = doc_with_span("Kertavian Trade Ministry officials met.", 0, 3, "ORG")
    assert [p.text for p in split_conjoined(doc, list(doc.ents), vocab)] == ["Kertavian Trade Ministry"]


def test_a_body_before_a_capitalised_word_is_not_a_title(vocab):
    doc = doc_with_span("The Kertavian Army Knife sold well.", 1, 4, "PRODUCT")
    assert [p.text for p in split_conjoined(doc, list(doc.ents), vocab)] == ["Kertavian Army Knife"]
