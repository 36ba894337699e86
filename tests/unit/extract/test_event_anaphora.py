"""Round 9: anaphoric parties ("the regime", "the group", "they") and the gerund's possessor.
Invented sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

import re

import pytest

from eventwire.extract.events import EventsStep, extract_events
from eventwire.record import Actor, Entity, Mention, offset_errors

#: name → (type, code)
ACTORS = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Kenya": ("GPE", "KEN"),
    "Peruvian": ("NORP", "PER"), "Chilean army": ("ORG", "CHLMIL"),
    "Shining Dawn": ("ORG", "PERINS"), "Red Hand": ("ORG", "CHLREB"),
    "Kenyan officials": ("ORG", "KENGOV"), "Ruto": ("PERSON", "KENGOV"),
    "Iraq": ("GPE", "IRQ"), "Syria": ("GPE", "SYR"),
}


def _mentions(text: str, name: str) -> tuple[Mention, ...]:
    pattern = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
    return tuple(Mention(start=m.start(), end=m.end(), text=m.group()) for m in re.finditer(pattern, text))


def article_for(make_article, text: str):
    entities = []
    for name, (kind, code) in ACTORS.items():
        if _mentions(text, name):
            actor = Actor(code=code, country=code[:3], sectors=(code[3:6],) if len(code) > 3 else (),
                          group=name if kind == "ORG" and code[3:6] in ("INS", "REB") else None)
            entities.append(Entity(id=f"e{len(entities) + 1}", name=name, type=kind,
                                   mentions=_mentions(text, name), actor=actor))
    return make_article(text, entities=tuple(entities))


def events_of(make_article, analyse, text: str):
    article = article_for(make_article, text)
    return extract_events(article, analyse(text))


def parties(events, root: str):
    found = [(e.actor_code, e.recipient_code) for e in events if e.cameo_root == root]
    assert len(found) == 1, [(e.trigger.text, e.cameo, e.actor_code) for e in events]
    return found[0]


def test_they_resolves_to_the_one_plural_group_before(make_article, analyse):
    text = ("The main obstacle to a deal with Peru was the Red Hand. "
            "They have now agreed to a meeting with Chile.")
    assert parties(events_of(make_article, analyse, text), "03") == ("CHLREB", "CHL")


def test_the_regime_takes_the_head_matched_government(make_article, analyse):
    # two countries precede, but only one phrase is headed by "regime"
    text = ("The Peruvian regime has long courted Kenya. "
            "Chile watched. The regime then signed an agreement with Kenya.")
    assert parties(events_of(make_article, analyse, text), "05")[0] == "PERGOV"


def test_the_government_with_two_compatible_countries_stays_empty(make_article, analyse):
    text = "Peru and Kenya traded goods for years. The government then attacked Chile."
    assert all(e.actor_code is None for e in events_of(make_article, analyse, text)
               if e.cameo_root == "19")


def test_the_group_skips_states_and_takes_the_armed_group(make_article, analyse):
    text = "Red Hand fighters crossed from Chile. The group attacked Peru on Monday."
    assert parties(events_of(make_article, analyse, text), "19") == ("CHLREB", "PER")


def test_the_country_is_a_country_not_an_army(make_article, analyse):
    text = "The Chilean army held exercises near Peru. Kenya later attacked the country."
    assert parties(events_of(make_article, analyse, text), "19") == ("KEN", "PER")


def test_it_is_singular_and_skips_plural_and_person_mentions(make_article, analyse):
    text = "Peru hosted Kenyan officials and Ruto. It later expelled Chile's ambassador."
    # "Kenyan officials" is plural and Ruto a person: only Peru can be "it"
    assert parties(events_of(make_article, analyse, text), "16")[0] == "PER"


def test_a_nearer_salient_non_actor_blocks_a_pronoun(make_article, analyse):
    # "the gun" is the subject before "it": the pronoun is not the coded actor further back
    text = "Peru sent the gun to Kenya. The gun was tested in a laboratory. It was used to attack Chile."
    assert all(e.actor_code is None for e in events_of(make_article, analyse, text)
               if e.cameo_root == "19")


def test_antecedent_outside_the_window_is_not_used(make_article, analyse):
    text = ("Shining Dawn was founded long ago. Farmers grew maize. Prices rose. Rain fell. "
            "They attacked Chile.")
    assert all(e.actor_code is None for e in events_of(make_article, analyse, text))


def test_resolved_anaphor_becomes_a_mention_at_its_own_offsets(make_article, analyse):
    text = "The main obstacle to a deal with Peru was the Red Hand. They have agreed to talks with Chile."
    article = article_for(make_article, text)
    out = EventsStep()(article, analyse(text))
    event = next(e for e in out.events if e.cameo_root == "03")
    entity = next(e for e in out.entities if e.id == event.actor[0])
    inside = [m for m in entity.mentions if event.sentence.start <= m.start < event.sentence.end]
    assert [m.text for m in inside] == ["They"]
    assert offset_errors(out) == []
    assert event.confidence < 0.8


def test_gerund_of_a_possessed_noun_takes_the_bound_subject(make_article, analyse):
    text = "Peru has repeatedly shown its interest in attacking Chile."
    assert parties(events_of(make_article, analyse, text), "19") == ("PER", "CHL")


def test_relative_pronoun_is_no_infinitive_controller(make_article, analyse):
    text = "The obstacle that Peru had to overcome to sign an agreement with Chile was money."
    assert parties(events_of(make_article, analyse, text), "05") == ("PER", "CHL")


@pytest.mark.parametrize("text", [
    "The Peruvian government attacked Chile.",  # a modifier names it: no anaphor
    "Government troops attacked Chile.",
])
def test_descriptions_with_own_names_are_not_anaphors(text):
    from eventwire.annotate.nlp import parse_pipeline
    from eventwire.extract.event_anaphora import anaphor_kind
    doc = parse_pipeline()(text)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert anaphor_kind(subject) is None


def test_bare_definite_descriptions_and_subject_pronouns_are_anaphors():
    from eventwire.annotate.nlp import parse_pipeline
    from eventwire.extract.event_anaphora import anaphor_kind
    doc = parse_pipeline()("The regime said they would come, but it refused the group.")
    kinds = {t.text: anaphor_kind(t) for t in doc}
    assert kinds["regime"] == "state" and kinds["they"] == "plural" and kinds["it"] == "singular"
    assert kinds["group"] == "group"


def test_sentence_naming_nobody_but_an_anaphor_is_a_candidate(make_article, analyse):
    text = "Shining Dawn fighters crossed the river. The group attacked a village near the border."
    found = [(e.cameo_root, e.actor_code) for e in events_of(make_article, analyse, text)]
    assert ("19", "PERINS") in found


def test_anaphor_without_a_coded_actor_before_makes_no_candidate(make_article, analyse):
    text = "Farmers crossed the river. The group attacked a village near the border."
    assert events_of(make_article, analyse, text) == ()


def test_pronoun_with_two_compatible_countries_stays_empty(make_article, analyse):
    # "it" could be Peru (subject) or Kenya (object): no unique antecedent, no party
    text = "Peru is willing to help defend Kenya if it is attacked."
    assert all(e.recipient_code is None for e in events_of(make_article, analyse, text)
               if e.cameo_root == "19")


def test_bare_country_is_the_government_only_when_the_article_names_no_other(make_article, analyse):
    one = "Peru held elections in May. The government then attacked Chile."
    two = "Kenya traded goods. Peru held elections in May. The government then attacked Chile."
    assert parties(events_of(make_article, analyse, one), "19") == ("PERGOV", "CHL")
    assert parties(events_of(make_article, analyse, two), "19") == (None, "CHL")
