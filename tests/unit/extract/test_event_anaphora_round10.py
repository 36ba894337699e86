"""Round 10: "he"/"she" as an event party, read as the one coded person of the window; "the
government" of a story with a home country. Invented sentences; entities and places made by
hand."""

from __future__ import annotations

import re

from eventwire.extract.events import EventsStep, extract_events
from eventwire.extract.actors_home import home_country
from eventwire.record import Actor, Entity, Mention, Place, offset_errors

#: name → (type, code or None)
ACTORS = {
    "Rosa Quispe": ("PERSON", "PERGOV"), "Juan Araya": ("PERSON", "CHLGOV"),
    "Pablo Rojas": ("PERSON", None), "Chile": ("GPE", "CHL"), "Kenya": ("GPE", "KEN"),
    "Peru": ("GPE", "PER"), "Chilean officials": ("ORG", "CHLGOV"), "Reuters": ("ORG", "GBRMED"),
    "Chilean government": ("ORG", "CHLGOV"),
}
#: place name → country
PLACES = {"Lima": "PER", "Cusco": "PER", "Arequipa": "PER", "Santiago": "CHL"}


def _mentions(text: str, name: str) -> tuple[Mention, ...]:
    pattern = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
    return tuple(Mention(start=m.start(), end=m.end(), text=m.group()) for m in re.finditer(pattern, text))


def article_for(make_article, text: str):
    entities = []
    for name, (kind, code) in ACTORS.items():
        if _mentions(text, name):
            actor = Actor(code=code, country=code[:3], sectors=(code[3:],)) if code else None
            entities.append(Entity(id=f"e{len(entities) + 1}", name=name, type=kind,
                                   mentions=_mentions(text, name), actor=actor))
    places = tuple(Place(id=f"p{i}", name=name, country=iso3, mentions=_mentions(text, name))
                   for i, (name, iso3) in enumerate(PLACES.items(), 1) if _mentions(text, name))
    return make_article(text, entities=tuple(entities), places=places)


def accusations(make_article, analyse, text: str):
    events = extract_events(article_for(make_article, text), analyse(text))
    return [(e.actor_code, e.recipient_code) for e in events if e.cameo_root == "11"]


def test_she_takes_the_one_coded_person_before(make_article, analyse):
    text = "Rosa Quispe arrived in Lima on Monday. She accused Chile of spying."
    assert accusations(make_article, analyse, text) == [("PERGOV", "CHL")]


def test_pronoun_mention_sits_on_the_pronoun_with_lower_confidence(make_article, analyse):
    text = "Rosa Quispe arrived in Lima on Monday. She accused Chile of spying."
    out = EventsStep()(article_for(make_article, text), analyse(text))
    event = next(e for e in out.events if e.cameo_root == "11")
    person = next(e for e in out.entities if e.id == event.actor[0])
    assert person.name == "Rosa Quispe"
    assert [m.text for m in person.mentions if m.start >= event.sentence.start] == ["She"]
    assert offset_errors(out) == []
    assert event.confidence < 0.8


def test_two_coded_people_leave_the_pronoun_empty(make_article, analyse):
    text = "Rosa Quispe met Juan Araya in Lima on Monday. She accused Kenya of spying."
    assert accusations(make_article, analyse, text) == [(None, "KEN")]


def test_a_courtesy_title_of_the_other_gender_rules_a_person_out(make_article, analyse):
    text = "Mr Juan Araya met Rosa Quispe in Lima on Monday. She accused Kenya of spying."
    assert accusations(make_article, analyse, text) == [("PERGOV", "KEN")]


def test_a_nearer_uncoded_person_blocks_the_pronoun(make_article, analyse):
    text = ("Rosa Quispe arrived in Lima on Monday. Pablo Rojas spoke to reporters at the airport. "
            "He accused Chile of spying.")
    assert accusations(make_article, analyse, text) == [(None, "CHL")]


def test_a_nearer_non_person_subject_does_not_block(make_article, analyse):
    text = ("Rosa Quispe arrived in Lima on Monday. The storm began at midnight. "
            "She accused Chile of spying.")
    assert accusations(make_article, analyse, text) == [("PERGOV", "CHL")]


def test_person_outside_the_window_is_not_used(make_article, analyse):
    text = ("Rosa Quispe arrived in Lima on Monday. Prices rose. Rain fell. The river rose. "
            "She accused Chile of spying.")
    assert accusations(make_article, analyse, text) == [(None, "CHL")]


PERU_STORY = ("Farmers in Cusco and Arequipa marched to Lima on Tuesday. Chilean officials "
              "visited Lima on Monday. ")


def test_the_government_of_a_one_country_story_is_that_countrys(make_article, analyse):
    # the nearest government named is Chile's, but the story is about Peru
    text = PERU_STORY + "Peru held talks. The government later accused Kenya of spying."
    assert accusations(make_article, analyse, text) == [("PERGOV", "KEN")]
    out = EventsStep()(article_for(make_article, text), analyse(text))
    event = next(e for e in out.events if e.cameo_root == "11")
    peru = next(e for e in out.entities if e.id == event.actor[0])
    assert peru.name == "Peru" and "government" in [m.text for m in peru.mentions][-1]
    assert offset_errors(out) == []


def test_home_government_never_named_gets_the_code_alone(make_article, analyse):
    text = PERU_STORY + "The government later accused Kenya of spying."
    out = EventsStep()(article_for(make_article, text), analyse(text))
    event = next(e for e in out.events if e.cameo_root == "11")
    assert (event.actor_code, event.actor) == ("PERGOV", ())
    assert offset_errors(out) == []


def test_a_head_matched_government_beats_the_home_country(make_article, analyse):
    text = (PERU_STORY + "The Chilean government sent a note. "
            "The government later accused Kenya of spying.")
    assert accusations(make_article, analyse, text) == [("CHLGOV", "KEN")]


def test_a_story_split_between_countries_has_no_home(make_article):
    text = "Chilean officials visited Lima. Talks in Santiago followed. Kenya and Peru watched."
    assert home_country(article_for(make_article, text)) is None


def test_media_sources_are_not_evidence_of_the_home_country(make_article):
    text = "Reuters said. Reuters reported. Reuters added. Reuters wrote. Chilean officials met in Lima."
    assert home_country(article_for(make_article, text)) is None


def test_a_person_named_inside_the_pronouns_own_clause_is_someone_else(make_article, analyse):
    # Principle C: "he" cannot be Rosa Quispe, named inside the clause he is the subject of
    text = ("Juan Araya landed in Lima on Monday. "
            "While praising Rosa Quispe's leadership, he accused Kenya of spying.")
    assert accusations(make_article, analyse, text) == [("CHLGOV", "KEN")]


def test_a_place_in_another_country_counts_as_naming_that_country(make_article, analyse):
    # Santiago names Chile before the anaphor: the bare "Peru" is not the only country named
    text = "Farmers marched in Santiago. Peru held elections in May. The government then accused Kenya of spying."
    assert accusations(make_article, analyse, text) == [(None, "KEN")]
