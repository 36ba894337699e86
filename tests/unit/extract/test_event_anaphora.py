"""Anaphoric parties: "the regime", "the group", "they", "it" and country descriptions ("the
island nation") read as the one compatible party of their window; "he"/"she" as the one coded
person of the window; "the government" of a story with a home country; the gerund's
possessor. Invented sentences; entities and places by hand (the ANAPHORA cast,
``anaphora_article``)."""

from __future__ import annotations

import pytest

from eventwire.extract.actors_home import home_country
from eventwire.extract.event_anaphora import anaphor_kind
from eventwire.extract.events import EventsStep, events_and_anaphors
from eventwire.record import offset_errors


def parties(events, root: str):
    found = [(e.actor_code, e.recipient_code) for e in events if e.cameo_root == root]
    assert len(found) == 1, [(e.trigger.text, e.cameo, e.actor_code) for e in events]
    return found[0]


def test_they_resolves_to_the_one_plural_group_before(anaphora_events):
    text = ("The main obstacle to a deal with Peru was the Red Hand. "
            "They have now agreed to a meeting with Chile.")
    assert parties(anaphora_events(text), "03") == ("CHLREB", "CHL")


def test_the_regime_takes_the_head_matched_government(anaphora_events):
    # two countries precede, but only one phrase is headed by "regime"
    text = ("The Peruvian regime has long courted Kenya. "
            "Chile watched. The regime then signed an agreement with Kenya.")
    assert parties(anaphora_events(text), "05")[0] == "PERGOV"


def test_the_government_with_two_compatible_countries_stays_empty(anaphora_events):
    text = "Peru and Kenya traded goods for years. The government then attacked Chile."
    assert all(e.actor_code is None for e in anaphora_events(text)
               if e.cameo_root == "19")


def test_the_group_skips_states_and_takes_the_armed_group(anaphora_events):
    text = "Red Hand fighters crossed from Chile. The group attacked Peru on Monday."
    assert parties(anaphora_events(text), "19") == ("CHLREB", "PER")


def test_the_country_is_a_country_not_an_army(anaphora_events):
    text = "The Chilean army held exercises near Peru. Kenya later attacked the country."
    assert parties(anaphora_events(text), "19") == ("KEN", "PER")


def test_it_is_singular_and_skips_plural_and_person_mentions(anaphora_events):
    text = "Peru hosted Kenyan officials and Ruto. It later expelled Chile's ambassador."
    # "Kenyan officials" is plural and Ruto a person: only Peru can be "it"
    assert parties(anaphora_events(text), "16")[0] == "PER"


def test_a_nearer_salient_non_actor_blocks_a_pronoun(anaphora_events):
    # "the gun" is the subject before "it": the pronoun is not the coded actor further back
    text = "Peru sent the gun to Kenya. The gun was tested in a laboratory. It was used to attack Chile."
    assert all(e.actor_code is None for e in anaphora_events(text)
               if e.cameo_root == "19")


def test_antecedent_outside_the_window_is_not_used(anaphora_events):
    text = ("Shining Dawn was founded long ago. Farmers grew maize. Prices rose. Rain fell. "
            "They attacked Chile.")
    assert all(e.actor_code is None for e in anaphora_events(text))


def test_resolved_anaphor_becomes_a_mention_at_its_own_offsets(analyse, anaphora_article):
    text = "The main obstacle to a deal with Peru was the Red Hand. They have agreed to talks with Chile."
    article = anaphora_article(text)
    out = EventsStep()(article, analyse(text))
    event = next(e for e in out.events if e.cameo_root == "03")
    entity = next(e for e in out.entities if e.id == event.actor[0])
    inside = [m for m in entity.mentions if event.sentence.start <= m.start < event.sentence.end]
    assert [m.text for m in inside] == ["They"]
    assert offset_errors(out) == []
    assert event.confidence < 0.8


def test_gerund_of_a_possessed_noun_takes_the_bound_subject(anaphora_events):
    text = "Peru has repeatedly shown its interest in attacking Chile."
    assert parties(anaphora_events(text), "19") == ("PER", "CHL")


def test_relative_pronoun_is_no_infinitive_controller(anaphora_events):
    text = "The obstacle that Peru had to overcome to sign an agreement with Chile was money."
    assert parties(anaphora_events(text), "05") == ("PER", "CHL")


@pytest.mark.parametrize("text", [
    "The Peruvian government attacked Chile.",  # a modifier names it: no anaphor
    "Government troops attacked Chile.",
])
def test_descriptions_with_own_names_are_not_anaphors(text):
    from eventwire.annotate.nlp import parse_pipeline
    doc = parse_pipeline()(text)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert anaphor_kind(subject) is None


def test_bare_definite_descriptions_and_subject_pronouns_are_anaphors():
    from eventwire.annotate.nlp import parse_pipeline
    doc = parse_pipeline()("The regime said they would come, but it refused the group.")
    kinds = {t.text: anaphor_kind(t) for t in doc}
    assert kinds["regime"] == "state" and kinds["they"] == "plural" and kinds["it"] == "singular"
    assert kinds["group"] == "group"


def test_sentence_naming_nobody_but_an_anaphor_is_a_candidate(anaphora_events):
    text = "Shining Dawn fighters crossed the river. The group attacked a village near the border."
    found = [(e.cameo_root, e.actor_code) for e in anaphora_events(text)]
    assert ("19", "PERINS") in found


def test_anaphor_without_a_coded_actor_before_makes_no_candidate(anaphora_events):
    text = "Farmers crossed the river. The group attacked a village near the border."
    assert anaphora_events(text) == ()


def test_pronoun_with_two_compatible_countries_stays_empty(anaphora_events):
    # "it" could be Peru (subject) or Kenya (object): no unique antecedent, no party
    text = "Peru is willing to help defend Kenya if it is attacked."
    assert all(e.recipient_code is None for e in anaphora_events(text)
               if e.cameo_root == "19")


def test_bare_country_is_the_government_only_when_the_article_names_no_other(anaphora_events):
    one = "Peru held elections in May. The government then attacked Chile."
    two = "Kenya traded goods. Peru held elections in May. The government then attacked Chile."
    assert parties(anaphora_events(one), "19") == ("PERGOV", "CHL")
    assert parties(anaphora_events(two), "19") == (None, "CHL")


# --- country descriptions ("the island nation") ----------------------------------------------

@pytest.mark.parametrize("text, description", [
    ("Fiji held elections on Sunday. The island nation later expelled Chile's ambassador.", "island nation"),
    ("Rebels crossed into Kenya last week. The war-torn nation accused Chile of arming them.", "war-torn nation"),
    ("Tonga held elections on Sunday. The kingdom later expelled Chile's ambassador.", "kingdom"),
])
def test_a_country_description_takes_the_one_country_of_its_window(analyse, anaphora_article, text,
                                                                   description):
    article = anaphora_article(text)
    events, anaphors = events_and_anaphors(article, analyse(text))
    main = [e for e in events if e.recipient_code and e.recipient_code.startswith("CHL")]
    assert main and main[0].actor_code[:3] in ("FJI", "KEN", "TON")
    assert [m.text for ms in anaphors.values() for m in ms] == ["The " + description]
    assert main[0].confidence < 0.8  # inferred party: lower confidence


def test_a_country_description_with_two_countries_in_its_window_stays_empty(analyse,
                                                                            anaphora_article):
    text = "Fiji and Tonga held elections on Sunday. The island nation later expelled Chile's ambassador."
    events, anaphors = events_and_anaphors(anaphora_article(text), analyse(text))
    assert not anaphors
    assert all(not e.actor_code or e.actor_code[:3] not in ("FJI", "TON") for e in events)


def test_a_named_or_owned_description_is_no_anaphor(analyse):
    analysis = analyse("The Afghan nation mourned. The war-torn republic mourned. Its nation mourned.")
    parsed = analysis.parse(list(analysis.doc.sents))
    kinds = [anaphor_kind(t) for p in parsed for t in p.doc if t.lower_ in ("nation", "republic")]
    assert kinds == [None, "country", None]


# --- "he"/"she" and the home government ----------------------------------------------------

def accusations(anaphora_events, text: str):
    events = anaphora_events(text)
    return [(e.actor_code, e.recipient_code) for e in events if e.cameo_root == "11"]


def test_she_takes_the_one_coded_person_before(anaphora_events):
    text = "Rosa Quispe arrived in Lima on Monday. She accused Chile of spying."
    assert accusations(anaphora_events, text) == [("PERGOV", "CHL")]


def test_pronoun_mention_sits_on_the_pronoun_with_lower_confidence(analyse, anaphora_article):
    text = "Rosa Quispe arrived in Lima on Monday. She accused Chile of spying."
    out = EventsStep()(anaphora_article(text), analyse(text))
    event = next(e for e in out.events if e.cameo_root == "11")
    person = next(e for e in out.entities if e.id == event.actor[0])
    assert person.name == "Rosa Quispe"
    assert [m.text for m in person.mentions if m.start >= event.sentence.start] == ["She"]
    assert offset_errors(out) == []
    assert event.confidence < 0.8


def test_two_coded_people_leave_the_pronoun_empty(anaphora_events):
    text = "Rosa Quispe met Juan Araya in Lima on Monday. She accused Kenya of spying."
    assert accusations(anaphora_events, text) == [(None, "KEN")]


def test_a_courtesy_title_of_the_other_gender_rules_a_person_out(anaphora_events):
    text = "Mr Juan Araya met Rosa Quispe in Lima on Monday. She accused Kenya of spying."
    assert accusations(anaphora_events, text) == [("PERGOV", "KEN")]


def test_a_nearer_uncoded_person_blocks_the_pronoun(anaphora_events):
    text = ("Rosa Quispe arrived in Lima on Monday. Pablo Rojas spoke to reporters at the airport. "
            "He accused Chile of spying.")
    assert accusations(anaphora_events, text) == [(None, "CHL")]


def test_a_nearer_non_person_subject_does_not_block(anaphora_events):
    text = ("Rosa Quispe arrived in Lima on Monday. The storm began at midnight. "
            "She accused Chile of spying.")
    assert accusations(anaphora_events, text) == [("PERGOV", "CHL")]


def test_person_outside_the_window_is_not_used(anaphora_events):
    text = ("Rosa Quispe arrived in Lima on Monday. Prices rose. Rain fell. The river rose. "
            "She accused Chile of spying.")
    assert accusations(anaphora_events, text) == [(None, "CHL")]


PERU_STORY = ("Farmers in Cusco and Arequipa marched to Lima on Tuesday. Chilean officials "
              "visited Lima on Monday. ")


def test_the_government_of_a_one_country_story_is_that_countrys(analyse, anaphora_article,
                                                                anaphora_events):
    # the nearest government named is Chile's, but the story is about Peru
    text = PERU_STORY + "Peru held talks. The government later accused Kenya of spying."
    assert accusations(anaphora_events, text) == [("PERGOV", "KEN")]
    out = EventsStep()(anaphora_article(text), analyse(text))
    event = next(e for e in out.events if e.cameo_root == "11")
    peru = next(e for e in out.entities if e.id == event.actor[0])
    assert peru.name == "Peru" and "government" in [m.text for m in peru.mentions][-1]
    assert offset_errors(out) == []


def test_home_government_never_named_gets_the_code_alone(analyse, anaphora_article):
    text = PERU_STORY + "The government later accused Kenya of spying."
    out = EventsStep()(anaphora_article(text), analyse(text))
    event = next(e for e in out.events if e.cameo_root == "11")
    assert (event.actor_code, event.actor) == ("PERGOV", ())
    assert offset_errors(out) == []


def test_a_head_matched_government_beats_the_home_country(anaphora_events):
    text = (PERU_STORY + "The Chilean government sent a note. "
            "The government later accused Kenya of spying.")
    assert accusations(anaphora_events, text) == [("CHLGOV", "KEN")]


def test_a_story_split_between_countries_has_no_home(anaphora_article):
    text = "Chilean officials visited Lima. Talks in Santiago followed. Kenya and Peru watched."
    assert home_country(anaphora_article(text)) is None


def test_media_sources_are_not_evidence_of_the_home_country(anaphora_article):
    text = "Reuters said. Reuters reported. Reuters added. Reuters wrote. Chilean officials met in Lima."
    assert home_country(anaphora_article(text)) is None


def test_a_person_named_inside_the_pronouns_own_clause_is_someone_else(anaphora_events):
    # Principle C: "he" cannot be Rosa Quispe, named inside the clause he is the subject of
    text = ("Juan Araya landed in Lima on Monday. "
            "While praising Rosa Quispe's leadership, he accused Kenya of spying.")
    assert accusations(anaphora_events, text) == [("CHLGOV", "KEN")]


def test_a_place_in_another_country_counts_as_naming_that_country(anaphora_events):
    # Santiago names Chile before the anaphor: the bare "Peru" is not the only country named
    text = "Farmers marched in Santiago. Peru held elections in May. The government then accused Kenya of spying."
    assert accusations(anaphora_events, text) == [(None, "KEN")]
