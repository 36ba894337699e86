"""Round 11: names the vocabulary knows that the NER missed or merged (sentence-first names,
coordinated names in one span), abbreviations the article defines, a bare surname the NER
tagged ORG once. Invented sentences and invented country names."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Span

from eventwire.extract.actors_data import default_vocabulary, load_vocabulary
from eventwire.extract.entities import EntitiesStep, extract_entities
from eventwire.extract.entity_abbrev import best_long_form, definitions
from eventwire.extract.entity_names import conjunct_ranges, sentence_first_name, split_conjoined
from eventwire.record import offset_errors

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
def entities_of(analyse, make_article, vocab):
    def run(text: str, vocabulary=None):
        step = EntitiesStep(vocabulary=vocabulary or vocab)
        article = step(make_article(text), analyse(text))
        assert offset_errors(article) == []
        return article.entities

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


def test_coordinated_invented_countries_become_two_coded_entities(make_article, vocab):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "Officials said the talks between Valmora and Kertavia resumed on Monday."
    doc = nlp(text)
    doc.ents = [Span(doc, 5, 8, label="WORK_OF_ART")]  # the small model's slip on a list of names
    entities = extract_entities(make_article(text), SimpleNamespace(doc=doc), vocabulary=vocab)
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


def test_an_invented_country_starting_the_sentence_is_an_entity(entities_of):
    text = "Tarnel is about to restore full diplomatic ties with Kertavia, an official said."
    entities = entities_of(text)
    first = [e for e in entities if any(m.start == 0 for m in e.mentions)]
    assert len(first) == 1 and first[0].actor.code == "TRN" and first[0].mentions[0].text == "Tarnel"


def test_a_lowercase_noun_is_not_the_country(entities_of):
    text = "Turkey sandwiches were served. The chef said the turkey was local."
    assert "turkey" not in coded(entities_of(text))


# --- a bare surname the NER once tagged ORG -------------------------------------------------

def test_bare_surname_repeats_join_the_person_after_an_org_slip(entities_of):
    text = ("Chilean Foreign Minister Rosa Quispe arrived on Monday.\n\n"
            "Quispe said the talks went well.\n\n"
            "Quispe did not meet the defence minister.")
    entities = entities_of(text, default_vocabulary())
    person = [e for e in entities if e.name == "Rosa Quispe"]
    assert len(person) == 1 and person[0].actor.code == "CHLGOV"
    starts = {m.start for m in person[0].mentions}
    assert text.index("Quispe did") in starts


# --- abbreviations the article defines ------------------------------------------------------

def test_schwartz_hearst_finds_the_long_form_of_a_parenthesised_short_form():
    text = "Talks with the Northern Grain Council (NGC) stalled, and the NGC left."
    (short, start, end), = definitions(text)
    assert short == "NGC" and text[start:end] == "Northern Grain Council"


def test_short_form_before_the_parenthesis_is_read_too():
    text = "The NGC (Northern Grain Council) met on Friday."
    (short, start, end), = definitions(text)
    assert short == "NGC" and text[start:end] == "Northern Grain Council"


def test_a_parenthesis_that_defines_nothing_is_ignored():
    assert definitions("The minister (who spoke briefly) left. Prices rose (by 4%).") == []
    assert best_long_form("XYZ", "the grain council") is None


def test_the_articles_definition_beats_the_vocabularys_reading(entities_of):
    # RSF is listed as Reporters Without Borders; here the text defines it otherwise.
    text = ("Fighters of the Red Steppe Front (RSF) seized two villages on Monday. "
            "The RSF said it would hold them.")
    entities = entities_of(text, default_vocabulary())
    rsf = [e for e in entities if any(m.text == "RSF" for m in e.mentions)]
    assert len(rsf) == 1 and rsf[0].name == "Red Steppe Front"
    assert rsf[0].actor is None or rsf[0].actor.code != "NGO"
    assert [m.start for m in rsf[0].mentions if m.text == "RSF"] == [text.index("RSF"), text.index("RSF said")]


def test_initials_of_a_name_named_earlier_link_without_a_parenthesis(entities_of):
    text = ("Sudan's army fought the Rapid Support Forces near the capital on Monday. "
            "The RSF denied the claim.")
    entities = entities_of(text, default_vocabulary())
    rsf = [e for e in entities if any(m.text == "RSF" for m in e.mentions)]
    assert len(rsf) == 1 and rsf[0].actor.code == "SDNREB" and rsf[0].name == "Rapid Support Forces"


def test_initials_named_only_later_do_not_link(entities_of):
    text = "The RSF condemned the arrest of two reporters. Reporters in Khartoum were freed."
    entities = entities_of(text, default_vocabulary())
    rsf = [e for e in entities if any(m.text == "RSF" for m in e.mentions)]
    assert all(e.actor is None or e.actor.code == "NGO" for e in rsf)


# --- groups.csv rows of round 11 ------------------------------------------------------------

@pytest.mark.parametrize("name, code", [
    ("Rapid Support Forces", "SDNREB"), ("M23", "CODREB"), ("March 23 Movement", "CODREB"),
    ("JNIM", "MLIINS"), ("Tigray People's Liberation Front", "ETHREB"), ("TPLF", "ETHREB"),
    ("Fano", "ETHREB"), ("Arakan Army", "MMRREB"), ("People's Defence Force", "MMRREB"),
    ("Africa Corps", "RUSMIL"), ("PIJ", "PSEREB"), ("Ansar Allah", "YEMREB"), ("ISWAP", "NGAINS"),
])
def test_movements_resolve_to_country_and_sector(name, code):
    from eventwire.extract.actors import resolve_actor

    assert resolve_actor(name, "ORG").code == code


def test_sentence_case_does_not_make_a_name_of_a_differently_spelled_word():
    # "LeT" (Lashkar-e-Taiba) is listed; "Let" opening a sentence is the verb.
    assert not sentence_first_name(["Let", "us", "hope"], 0, 1, 0, lambda i: False, "LeT")
    assert not sentence_first_name(["May", "we", "go"], 0, 1, 0, lambda i: False, "May")
    assert sentence_first_name(["Tarnel", "is", "calm"], 0, 1, 0, lambda i: False, "Tarnel")


def test_a_term_in_lowercase_defines_no_name():
    assert definitions("Output rose 3% of gross domestic product (GDP) this year.") == []
    assert definitions("The ABC (a weekly Sunday paper) said so.") == []  # no B in the parenthesis


def test_a_listed_body_spelled_otherwise_keeps_its_code(entities_of):
    text = ("The Food & Agriculture Organisation (FAO) warned of hunger on Monday. "
            "The FAO said prices rose.")
    entities = entities_of(text, default_vocabulary())
    fao = [e for e in entities if any(m.text == "FAO" for m in e.mentions)]
    assert len(fao) == 1 and fao[0].actor.code == "IGOUNOAGRFAO"


def test_a_role_phrase_is_no_long_form_for_initials(entities_of):
    text = "US troops left the base on Monday. The US said the move was planned."
    entities = entities_of(text, default_vocabulary())
    us = [e for e in entities if any(m.start == text.index("US said") for m in e.mentions)]
    assert len(us) == 1 and us[0].actor.code == "USA"


def test_a_listed_acronym_of_another_body_is_not_borrowed(entities_of):
    text = ("Arrivals grew 5%, the World Tourism Organisation said on Monday. "
            "The WTO expects more growth.")
    entities = entities_of(text, default_vocabulary())
    wto = [e for e in entities if any(m.text == "WTO" for m in e.mentions)]
    assert len(wto) == 1 and wto[0].name == "World Tourism Organisation"
    assert wto[0].actor is None or wto[0].actor.code != "IGOBUSWTO"


def test_a_title_and_name_tagged_org_becomes_a_titled_person(make_article, vocab):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "Kertavian President Osk Varn appealed for calm on Sunday."
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 4, label="ORG")]
    entities = extract_entities(make_article(text), SimpleNamespace(doc=doc), vocabulary=vocab)
    person = [e for e in entities if e.type == "PERSON"]
    assert len(person) == 1 and person[0].name == "Osk Varn" and person[0].actor.code == "KRTGOV"


def test_an_organisation_whose_last_words_are_vocabulary_stays_whole(vocab):
    doc = doc_with_span("Kertavian Trade Ministry officials met.", 0, 3, "ORG")
    assert [p.text for p in split_conjoined(doc, list(doc.ents), vocab)] == ["Kertavian Trade Ministry"]


def test_a_body_before_a_capitalised_word_is_not_a_title(vocab):
    doc = doc_with_span("The Kertavian Army Knife sold well.", 1, 4, "PRODUCT")
    assert [p.text for p in split_conjoined(doc, list(doc.ents), vocab)] == ["Kertavian Army Knife"]
