"""Abbreviations the article defines (Schwartz & Hearst's short form and long form, either
order) beat the vocabulary's reading; initials of a name named earlier link without a
parenthesis, a listed body spelled otherwise keeps its code, and a listed acronym of another
body is not borrowed. Invented sentences."""

from __future__ import annotations

from eventwire.extract.entity_abbrev import best_long_form, definitions


def holding(entities, text: str) -> list:
    """The entities with a mention whose text is ``text``."""
    return [e for e in entities if any(m.text == text for m in e.mentions)]


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
    entities = entities_of(text)
    rsf = holding(entities, "RSF")
    assert len(rsf) == 1 and rsf[0].name == "Red Steppe Front"
    assert rsf[0].actor is None or rsf[0].actor.code != "NGO"
    assert [m.start for m in rsf[0].mentions if m.text == "RSF"] == [text.index("RSF"), text.index("RSF said")]


def test_initials_of_a_name_named_earlier_link_without_a_parenthesis(entities_of):
    text = ("Sudan's army fought the Rapid Support Forces near the capital on Monday. "
            "The RSF denied the claim.")
    entities = entities_of(text)
    rsf = holding(entities, "RSF")
    assert len(rsf) == 1 and rsf[0].actor.code == "SDNREB" and rsf[0].name == "Rapid Support Forces"


def test_initials_named_only_later_do_not_link(entities_of):
    text = "The RSF condemned the arrest of two reporters. Reporters in Khartoum were freed."
    entities = entities_of(text)
    rsf = holding(entities, "RSF")
    assert all(e.actor is None or e.actor.code == "NGO" for e in rsf)


def test_a_term_in_lowercase_defines_no_name():
    assert definitions("Output rose 3% of gross domestic product (GDP) this year.") == []
    assert definitions("The ABC (a weekly Sunday paper) said so.") == []  # no B in the parenthesis


def test_a_listed_body_spelled_otherwise_keeps_its_code(entities_of):
    text = ("The Food & Agriculture Organisation (FAO) warned of hunger on Monday. "
            "The FAO said prices rose.")
    entities = entities_of(text)
    fao = holding(entities, "FAO")
    assert len(fao) == 1 and fao[0].actor.code == "IGOUNOAGRFAO"


def test_a_role_phrase_is_no_long_form_for_initials(entities_of):
    text = "US troops left the base on Monday. The US said the move was planned."
    entities = entities_of(text)
    us = [e for e in entities if any(m.start == text.index("US said") for m in e.mentions)]
    assert len(us) == 1 and us[0].actor.code == "USA"


def test_a_listed_acronym_of_another_body_is_not_borrowed(entities_of):
    text = ("Arrivals grew 5%, the World Tourism Organisation said on Monday. "
            "The WTO expects more growth.")
    entities = entities_of(text)
    wto = holding(entities, "WTO")
    assert len(wto) == 1 and wto[0].name == "World Tourism Organisation"
    assert wto[0].actor is None or wto[0].actor.code != "IGOBUSWTO"
