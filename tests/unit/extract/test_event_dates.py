"""Every event gets a date: its sentence's, else the publication date, else the lead's news peg."""

from __future__ import annotations

import re

import pytest

from eventwire.extract.event_context import event_date, lead_date
from eventwire.extract.events import extract_events
from eventwire.record import DateRef

LEAD = "Kenyan and Ethiopian envoys gathered in Geneva on Monday, May 6, for a week of talks.\n\n"
BODY = "Kenya signed a security agreement with Somalia."
DATED = "Kenya signed a security agreement with Somalia on Friday, May 10."


def _ref(text: str, phrase: str, value: str, granularity: str = "day") -> DateRef:
    m = re.search(re.escape(phrase), text)
    return DateRef(start=m.start(), end=m.end(), text=phrase, value=value, granularity=granularity)


def _article(news_article, text: str, refs: dict[str, str], published: str | None = None):
    dates = tuple(_ref(text, phrase, value) for phrase, value in refs.items())
    return news_article(text, published=published, dates=dates)


def _signed(article, analyse):
    events = extract_events(article, analyse(article.text))
    return next(e for e in events if e.cameo == "057")


def test_dated_sentence_keeps_its_date(analyse, news_article):
    text = LEAD + DATED
    article = _article(news_article, text, {"Monday, May 6": "2024-05-06", "Friday, May 10": "2024-05-10"},
                       published="2024-05-11")
    assert _signed(article, analyse).date == "2024-05-10"


def test_undated_sentence_takes_the_publication_date(analyse, news_article):
    text = LEAD + BODY
    article = _article(news_article, text, {"Monday, May 6": "2024-05-06"}, published="2024-05-11")
    assert _signed(article, analyse).date == "2024-05-11"


def test_without_publication_date_the_lead_date(analyse, news_article):
    text = LEAD + BODY
    article = _article(news_article, text, {"Monday, May 6": "2024-05-06"})
    assert _signed(article, analyse).date == "2024-05-06"


def test_without_any_anchor_no_date(analyse, news_article):
    article = _article(news_article, LEAD + BODY, {})
    assert _signed(article, analyse).date is None


def test_fallback_dates_lower_the_confidence(analyse, news_article):
    refs = {"Monday, May 6": "2024-05-06", "Friday, May 10": "2024-05-10"}
    own = _signed(_article(news_article, LEAD + DATED, refs), analyse)
    published = _signed(_article(news_article, LEAD + BODY, {}, published="2024-05-11"), analyse)
    lead = _signed(_article(news_article, LEAD + BODY, {"Monday, May 6": "2024-05-06"}), analyse)
    assert published.date and lead.date
    assert own.confidence > published.confidence
    assert own.confidence > lead.confidence


@pytest.mark.parametrize(
    ("lead", "phrase", "value", "expected"),
    [
        ("Talks opened in Geneva on Monday, May 6.", "Monday, May 6", "2024-05-06", "2024-05-06"),
        # a scheduled date is no anchor for what already happened
        ("The envoys will meet in Geneva on Monday, May 6.", "Monday, May 6", "2024-05-06", None),
        # only a full calendar day is a news peg
        ("Talks opened in Geneva in May 2024.", "May 2024", "2024-05", None),
        ("Talks opened in Geneva on May 6.", "May 6", "XXXX-05-06", None),
        # a time of day gives its day
        ("Talks opened at 9 a.m. on May 6.", "9 a.m. on May 6", "2024-05-06T09:00", "2024-05-06"),
    ],
)
def test_lead_date_rule(make_article, lead, phrase, value, expected):
    text = lead + "\n\n" + BODY
    article = make_article(text, dates=(_ref(text, phrase, value),))
    body = text.index(BODY)
    choice = event_date(article, body, len(text))
    assert choice.value == expected
    assert choice.source == ("context" if expected else None)


def test_date_outside_the_lead_is_no_news_peg(make_article):
    text = "Talks opened in Geneva.\n\nThe last round was held on Monday, May 6, 2019."
    article = make_article(text, dates=(_ref(text, "Monday, May 6, 2019", "2019-05-06"),))
    assert lead_date(article) is None


def test_sentence_date_wins_and_is_marked_in_sentence(make_article):
    text = "Talks opened on May 6, 2024.\n\nThey ended on May 9, 2024."
    refs = (_ref(text, "May 6, 2024", "2024-05-06"), _ref(text, "May 9, 2024", "2024-05-09"))
    article = make_article(text, published="2024-05-10", dates=refs)
    second = text.index("They")
    assert event_date(article, second, len(text)).value == "2024-05-09"
    assert event_date(article, second, len(text)).in_sentence
    fallback = event_date(article, 0, 0)
    assert (fallback.value, fallback.source, fallback.in_sentence) == ("2024-05-10", "published", False)
