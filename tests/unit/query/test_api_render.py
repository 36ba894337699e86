"""Article text → highlight segments: split at every boundary, nothing lost, overlaps kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.query.api_render import event_rows, marks, segments
from eventwire.record import Framing, offset_errors

TEXT = "Kenyan police fired tear gas at protesters in Nairobi on Tuesday, witnesses said."


def _framing(text: str, start: int, end: int) -> Framing:
    return Framing(start=start, end=end, text=text[start:end], technique="Loaded_Language")


@pytest.mark.parametrize("spans", [
    [], [(0, 6)], [(0, 13), (7, 13)], [(14, 30), (20, 40), (35, 50)], [(0, len(TEXT))],
])
def test_api_render_segments_rebuild_the_text(make_article, spans):
    article = make_article(TEXT, framing=tuple(_framing(TEXT, a, b) for a, b in spans))
    assert offset_errors(article) == []
    parts = segments(article)
    assert "".join(s.text for s in parts) == TEXT
    assert all(TEXT[s.start:s.end] == s.text and s.start < s.end for s in parts)


def test_api_render_overlaps_split_at_every_boundary(make_article):
    article = make_article(TEXT, framing=(_framing(TEXT, 14, 30), _framing(TEXT, 20, 40)))
    covered = [(s.start, s.end, len(s.marks)) for s in segments(article) if s.marks]
    assert covered == [(14, 20, 1), (20, 30, 2), (30, 40, 1)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, 20)), max_size=8))
def test_api_render_every_mark_is_exactly_covered(spans):
    from eventwire.record import Article, Source, article_id

    items = tuple(_framing(TEXT, a, min(a + n, len(TEXT))) for a, n in spans)
    article = Article(id=article_id(TEXT), source=Source(uri="t", format="txt"), text=TEXT,
                      framing=items)
    parts = segments(article)
    for mark in marks(article):
        inside = [s for s in parts if mark in s.marks]
        assert "".join(s.text for s in inside) == TEXT[mark.start:mark.end]


def test_api_render_event_rows_name_actors_and_places(records):
    rows = event_rows(records[0])
    assert rows[0]["actor"] == "Wang Yi · CHNGOV" and rows[0]["place"] == "Tianjin"
    assert all(records[0].text[r["start"]:r["end"]] for r in rows)


def test_api_render_segments_cut_event_sentences(records):
    article = records[0]
    cuts = {s.start for s in segments(article)} | {len(article.text)}
    assert all({v.sentence.start, v.sentence.end} <= cuts for v in article.events)
