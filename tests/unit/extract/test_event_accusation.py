"""Accusations (CAMEO 112, PETRARCH-2's convention): "A says B attacked C", "according to A,
B attacked C" and a quotation after its named speaker are A's accusation of B, unless the
source is postposed, a media outlet, the same state or a denial; a future act or a claim with
no hostile content is none; agentless fire takes the place it came from as its agent. Invented
sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest

from eventwire.extract.event_accusation import same_party
from eventwire.extract.events import EventsStep, events_and_anaphors

#: name → (type, code)
ACTORS = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Kenya": ("GPE", "KEN"),
    "Chilean troops": ("ORG", "CHLMIL"), "Chilean officials": ("ORG", "CHLGOV"),
    "Red Hand": ("ORG", "CHLREB"), "Daily Courier": ("ORG", "PERMED"), "Kenyan police": ("ORG", "KENCOP"),
}


# --- "A said B attacked C" ------------------------------------------------------------------

@pytest.mark.parametrize("text, accused", [
    ("Peru said Chilean troops shelled villages near the border.", "CHLMIL"),
    ("Peru said that Chile had attacked its fishing boats.", "CHL"),
    ("Kenya stated that the Red Hand bombed a market.", "CHLREB"),
])
def test_a_statement_that_another_party_attacked_is_an_accusation(cast_events, text, accused):
    events = cast_events(text, ACTORS)
    assert [(e.cameo, e.recipient_code) for e in events] == [("112", accused)]
    (event,) = events
    assert event.trigger.text in ("said", "stated")
    assert event.modality == "asserted" and event.attributed_to is None
    assert event.actor_code in ("PER", "KEN") and event.plover == "ACCUSE"


def test_keep_reported_also_codes_the_reported_act(cast_events):
    text = "Peru said Chilean troops shelled villages near the border."
    events = cast_events(text, ACTORS, keep_reported=True)
    assert [e.cameo for e in events] == ["194", "112"]
    shelling, accusation = events
    assert shelling.actor_code == "CHLMIL" and shelling.attributed_to == accusation.actor[0]
    assert accusation.confidence < shelling.confidence
    assert len({e.id for e in events}) == 2
    assert EventsStep(keep_reported=True).keep_reported and not EventsStep().keep_reported


@pytest.mark.parametrize("text", [
    # a postposed reporting clause names the news source: the act is the assertion
    "Chilean troops shelled villages near the border, Peru said.",
    # a media outlet reports, it does not accuse
    "The Daily Courier reported that Chilean troops shelled villages.",
    # an organ of the same state reporting its own army's act
    "Chilean officials said Chilean troops shelled rebel positions.",
    # a denial commits the speaker to nothing
    "Peru denied that Chilean troops shelled villages.",
])
def test_reported_acts_that_are_no_accusation_keep_the_act(cast_events, codes, text):
    found = codes(cast_events(text, ACTORS))
    assert not any(code == "112" for code, _, _ in found), found
    assert any(code.startswith("19") and actor == "CHLMIL" for code, actor, _ in found), found


def test_a_cooperative_act_reported_stays_the_act(cast_events, codes):
    text = "Peru said Chile signed a trade agreement with Kenya."
    found = codes(cast_events(text, ACTORS))
    assert not any(code.startswith("11") for code, _, _ in found), found
    assert any(actor == "CHL" and recipient == "KEN" for _, actor, recipient in found), found


def test_a_future_attack_reported_is_no_accusation(cast_events, codes):
    found = codes(cast_events("Peru said Chile will attack its fishing boats.", ACTORS))
    assert not any(code == "112" for code, _, _ in found), found


@pytest.mark.parametrize("a, b, expected", [
    ("ISRGOV", "ISRMIL", True), ("ISR", "ISRGOV", True), ("USA", "USA", True),
    ("SDNGOV", "SDNREB", False), ("USA", "IRQ", False), ("NGOHRI", "GINMIL", False),
])
def test_same_party(a, b, expected):
    assert same_party(a, b) is expected


# --- "according to X" -----------------------------------------------------------------------

def test_preposed_according_to_a_state_is_its_accusation(named_events):
    found = named_events("According to Peru, Chilean troops shelled villages near the border.", ACTORS)
    assert found == [("112", ["Peru"], ["Chilean troops"])]


@pytest.mark.parametrize("text", [
    "Chilean troops shelled villages near the border, according to Peru.",  # a source, postposed
    "According to the Daily Courier, Chilean troops shelled villages near the border.",  # media
])
def test_according_to_without_a_claim_keeps_the_act(named_events, text):
    assert [c for c, _, _ in named_events(text, ACTORS)] == ["194"]


def test_according_to_a_state_about_its_own_organ_keeps_the_act(named_events):
    found = named_events("According to Kenya, Kenyan police arrested ten protesters.", ACTORS)
    assert [c for c, _, _ in found] == ["173"]


# --- a direct quotation whose speaker is named before it ------------------------------------

def _quoted(make_article, text: str, quote_text: str, speaker: str):
    from eventwire.record import Quote

    article = make_article(text, actors=ACTORS)
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


# --- a claim alleging no wrongdoing is a statement ------------------------------------------

@pytest.mark.parametrize("text", [
    "Peru claimed that its economy was the strongest in the region.",
    "Peru claimed Chile was the only country with a space programme.",
])
def test_a_claim_without_a_hostile_content_is_no_accusation(named_events, text):
    assert named_events(text, ACTORS) == []


def test_a_claim_that_another_party_attacked_stays_an_accusation(named_events):
    found = named_events("Peru claimed that Chile had attacked its fishing boats.", ACTORS)
    assert found == [("112", ["Peru"], ["Chile"])]


# --- agentless fire: the target slot of a passive, the origin as the agent (event_host) ------

def test_a_passive_fired_at_keeps_its_target_and_takes_the_origin(cast_events, codes):
    found = codes(cast_events("A rocket was fired at Peru from Chile on Monday.", ACTORS))
    assert found == [("193", "CHL", "PER")], found


def test_the_target_place_is_not_also_the_agent(cast_events, codes):
    found = codes(cast_events("Rockets were fired at Peru on Monday.", ACTORS))
    assert found and all(actor is None for _, actor, _ in found), found


def test_a_claimed_attack_from_a_place_is_an_accusation_of_its_country(cast_events, codes):
    text = "Peru said a rocket was fired at it from Chile on Monday."
    assert codes(cast_events(text, ACTORS)) == [("112", "PER", "CHL")]
