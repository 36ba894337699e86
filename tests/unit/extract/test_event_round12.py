"""Round 12: reciprocal symmetric acts, "according to X" accusations, country descriptions as
anaphors. Invented sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest

from eventwire.extract.event_anaphora import anaphor_kind
from eventwire.extract.event_reciprocal import symmetric
from eventwire.extract.events import events_and_anaphors

#: name → (type, code)
ACTORS = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Kenya": ("GPE", "KEN"), "Fiji": ("GPE", "FJI"),
    "Tonga": ("GPE", "TON"), "Chilean troops": ("ORG", "CHLMIL"), "Daily Courier": ("ORG", "PERMED"),
    "Kenyan police": ("ORG", "KENCOP"),
}


def _article(make_article, text: str):
    return make_article(text, actors=ACTORS)


def _events(make_article, analyse, text: str, **options):
    article = _article(make_article, text)
    names = {e.id: e.name for e in article.entities}
    events = events_and_anaphors(article, analyse(text), **options)[0]
    return [(e.cameo, sorted(names[i] for i in e.actor), sorted(names[i] for i in e.recipient))
            for e in events]


# 1. reciprocal acts ---------------------------------------------------------------------

@pytest.mark.parametrize("code, expected", [
    ("040", True), ("041", True), ("044", True), ("046", True), ("057", True), ("061", True),
    ("042", False), ("043", False), ("045", False), ("190", False), ("04", False), (None, False),
])
def test_symmetric_codes(code, expected):
    assert symmetric(code) is expected


@pytest.mark.parametrize("text, code", [
    ("Talks between Peru and Chile ended on Monday.", "040"),
    ("An agreement between Peru and Chile was signed in Lima.", "057"),
])
def test_between_phrase_of_a_symmetric_act_makes_every_party_an_actor(make_article, analyse, text, code):
    assert (code, ["Chile", "Peru"], []) in _events(make_article, analyse, text)


def test_compound_subject_of_a_symmetric_act_is_the_reciprocal_form(make_article, analyse):
    found = _events(make_article, analyse, "Peru and Chile held talks in Quito on Monday.")
    assert found == [("040", ["Chile", "Peru"], [])]


def test_between_phrase_of_a_fight_stays_directed(make_article, analyse):
    found = _events(make_article, analyse, "Clashes between Peru and Chile ended on Monday.")
    assert [(a, r) for _, a, r in found] == [(["Peru"], ["Chile"])]


# 2. "according to X" ------------------------------------------------------------------------

def test_preposed_according_to_a_state_is_its_accusation(make_article, analyse):
    found = _events(make_article, analyse, "According to Peru, Chilean troops shelled villages near the border.")
    assert found == [("112", ["Peru"], ["Chilean troops"])]


@pytest.mark.parametrize("text", [
    "Chilean troops shelled villages near the border, according to Peru.",  # a source, postposed
    "According to the Daily Courier, Chilean troops shelled villages near the border.",  # media
])
def test_according_to_without_a_claim_keeps_the_act(make_article, analyse, text):
    assert [c for c, _, _ in _events(make_article, analyse, text)] == ["194"]


def test_according_to_a_state_about_its_own_organ_keeps_the_act(make_article, analyse):
    found = _events(make_article, analyse, "According to Kenya, Kenyan police arrested ten protesters.")
    assert [c for c, _, _ in found] == ["173"]


# 3. country descriptions ----------------------------------------------------------------------

@pytest.mark.parametrize("text, description", [
    ("Fiji held elections on Sunday. The island nation later expelled Chile's ambassador.", "island nation"),
    ("Rebels crossed into Kenya last week. The war-torn nation accused Chile of arming them.", "war-torn nation"),
    ("Tonga held elections on Sunday. The kingdom later expelled Chile's ambassador.", "kingdom"),
])
def test_a_country_description_takes_the_one_country_of_its_window(make_article, analyse, text, description):
    article = _article(make_article, text)
    events, anaphors = events_and_anaphors(article, analyse(text))
    main = [e for e in events if e.recipient_code and e.recipient_code.startswith("CHL")]
    assert main and main[0].actor_code[:3] in ("FJI", "KEN", "TON")
    assert [m.text for ms in anaphors.values() for m in ms] == ["The " + description]
    assert main[0].confidence < 0.8  # inferred party: lower confidence


def test_a_country_description_with_two_countries_in_its_window_stays_empty(make_article, analyse):
    text = "Fiji and Tonga held elections on Sunday. The island nation later expelled Chile's ambassador."
    events, anaphors = events_and_anaphors(_article(make_article, text), analyse(text))
    assert not anaphors
    assert all(not e.actor_code or e.actor_code[:3] not in ("FJI", "TON") for e in events)


def test_a_named_or_owned_description_is_no_anaphor(analyse):
    analysis = analyse("The Afghan nation mourned. The war-torn republic mourned. Its nation mourned.")
    parsed = analysis.parse(list(analysis.doc.sents))
    kinds = [anaphor_kind(t) for p in parsed for t in p.doc if t.lower_ in ("nation", "republic")]
    assert kinds == [None, "country", None]


# 2b. a direct quotation whose speaker is named before it ----------------------------------------

def _quoted(make_article, text: str, quote_text: str, speaker: str):
    from eventwire.record import Quote

    article = _article(make_article, text)
    start = text.index(quote_text)
    entity = next(e for e in article.entities if e.name == speaker)
    quote = Quote(start=start, end=start + len(quote_text), text=quote_text, kind="direct",
                  speaker=entity.id, speaker_text=speaker, cue="said")
    return article.model_copy(update={"quotes": (quote,)})


def test_a_quotation_after_its_named_speaker_is_the_speakers_accusation(make_article, analyse):
    text = "Peru issued a statement on Monday. \u201cChilean troops shelled our villages near the border.\u201d"
    article = _quoted(make_article, text, "Chilean troops shelled our villages near the border.", "Peru")
    events = events_and_anaphors(article, analyse(text))[0]
    assert [(e.cameo, e.actor_code, e.recipient_code) for e in events] == [("112", "PER", "CHLMIL")]


def test_a_quotation_with_its_speaker_after_it_keeps_the_act(make_article, analyse):
    text = "\u201cChilean troops shelled our villages near the border,\u201d Peru said on Monday."
    article = _quoted(make_article, text, "Chilean troops shelled our villages near the border,", "Peru")
    events = events_and_anaphors(article, analyse(text))[0]
    assert [e.cameo for e in events] == ["194"]


# 4. a claim alleging no wrongdoing is a statement ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Peru claimed that its economy was the strongest in the region.",
    "Peru claimed Chile was the only country with a space programme.",
])
def test_a_claim_without_a_hostile_content_is_no_accusation(make_article, analyse, text):
    assert _events(make_article, analyse, text) == []


def test_a_claim_that_another_party_attacked_stays_an_accusation(make_article, analyse):
    found = _events(make_article, analyse, "Peru claimed that Chile had attacked its fishing boats.")
    assert found == [("112", ["Peru"], ["Chile"])]
