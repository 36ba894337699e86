"""Attributions: claims credited to a source through source phrases and speech verbs."""

from __future__ import annotations

import pytest

from eventwire.extract.attributions import extract_attributions
from eventwire.extract.quotes import QuotesStep
from eventwire.record import Entity, Mention, offset_errors


def _with_entities(article, analysis):
    grouped: dict[tuple[str, str], list[Mention]] = {}
    for ent in analysis.doc.ents:
        grouped.setdefault((ent.text, ent.label_), []).append(
            Mention(start=ent.start_char, end=ent.end_char, text=ent.text)
        )
    entities = tuple(
        Entity(id=f"e{n}", name=name, type=label, mentions=tuple(mentions))
        for n, ((name, label), mentions) in enumerate(grouped.items(), start=1)
    )
    return article.model_copy(update={"entities": entities})


@pytest.mark.parametrize(
    "text, claim, source_text, cue, linked",
    [
        (
            "According to official reports, the minister held talks with rebel leaders in Doha.",
            "the minister held talks with rebel leaders in Doha", "official reports", "according to", False,
        ),
        (
            "Beijing has announced an extension of the economic corridor, as reported by the Daily Mail.",
            "Beijing has announced an extension of the economic corridor", "the Daily Mail",
            "as reported by", True,
        ),
        (
            "The rebels have seized two more towns, citing local residents, the agency reported.",
            "The rebels have seized two more towns", "local residents", "citing", False,
        ),
    ],
)
def test_attributions_source_phrases(analyse, make_article, text, claim, source_text, cue, linked):
    analysis = analyse(text)
    article = _with_entities(make_article(text), analysis)
    found = [a for a in extract_attributions(article, analysis) if a.cue == cue]
    assert len(found) == 1
    assert (found[0].text, found[0].source_text) == (claim, source_text)
    assert (found[0].source is not None) == linked


def test_attributions_speech_verb_claims(analyse, make_article):
    text = "Hospital officials in Gaza said at least 12 people were wounded in the strike."
    analysis = analyse(text)
    article = QuotesStep()(_with_entities(make_article(text), analysis), analysis)
    assert offset_errors(article) == []
    claims = [a for a in article.attributions if a.cue == "said"]
    assert [a.text for a in claims] == ["at least 12 people were wounded in the strike"]
    assert claims[0].source_text == "Hospital officials in Gaza"


@pytest.mark.parametrize(
    "text, claim, source_text",
    [
        ("Police: Three suspects held after the bank raid in Lagos\n\nThree men were arrested on Monday.",
         "Three suspects held after the bank raid in Lagos", "Police"),
        ("Poll: Most voters back the new constitution\n\nThe referendum is due in May.",
         "Most voters back the new constitution", "Poll"),
    ],
)
def test_attributions_headline_colon(analyse, make_article, text, claim, source_text):
    article = QuotesStep()(_with_entities(make_article(text), analyse(text)), analyse(text))
    assert offset_errors(article) == []
    found = [a for a in article.attributions if a.cue == ":"]
    assert [(a.text, a.source_text) for a in found] == [(claim, source_text)]


def test_attributions_headline_colon_needs_a_speaker(analyse, make_article):
    text = "Flood season: what to expect in the delta this year\n\nRains began early."
    article = QuotesStep()(_with_entities(make_article(text), analyse(text)), analyse(text))
    assert [a for a in article.attributions if a.cue == ":"] == []


def test_attributions_long_source_closed_by_comma(analyse, make_article):
    text = ("According to early results of exit polls conducted for two national broadcasters by a "
            "private firm, most voters in the south backed the opposition.")
    analysis = analyse(text)
    found = extract_attributions(_with_entities(make_article(text), analysis), analysis)
    assert [a.text for a in found] == ["most voters in the south backed the opposition"]
