"""Dates: TIMEX3 values, types, granularity and anchors for news phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import DatesStep, extract_dates
from eventwire.extract.dates_rules import DateContext, normalise
from eventwire.record import offset_errors

PUBLISHED = "2021-07-30"  # a Friday
TODAY = dt.date(2026, 11, 27)

# (sentence, date text, value, type, granularity)
PHRASINGS = [
    ("Wang Yi met Taliban leaders in Tianjin on Wednesday, July 28.", "Wednesday, July 28", "2021-07-28", "DATE", "day"),
    ("The minister arrived in Kabul on Wednesday.", "Wednesday", "2021-07-28", "DATE", "day"),
    ("The two leaders will meet in Geneva on Wednesday.", "Wednesday", "2021-08-04", "DATE", "day"),
    ("Police fired tear gas at protesters last Friday.", "last Friday", "2021-07-23", "DATE", "day"),
    ("Talks are expected to resume next Monday in Doha.", "next Monday", "2021-08-02", "DATE", "day"),
    ("Rebels shelled the town yesterday, officials said.", "yesterday", "2021-07-29", "DATE", "day"),
    ("The envoy is due to fly to Tehran tomorrow.", "tomorrow", "2021-07-31", "DATE", "day"),
    ("The parliament voted today to extend the emergency.", "today", "2021-07-30", "DATE", "day"),
    ("Thousands marched in Minsk last week.", "last week", "2021-W29", "DATE", "week"),
    ("The junta seized power last month.", "last month", "2021-06", "DATE", "month"),
    ("Elections will be held next year, the commission said.", "next year", "2022", "DATE", "year"),
    ("The dam was completed last year.", "last year", "2020", "DATE", "year"),
    ("Inflation has doubled this year in Lebanon.", "this year", "2021", "DATE", "year"),
    ("The army launched the offensive in March.", "March", "2021-03", "DATE", "month"),
    ("The army launched the offensive in December.", "December", "2020-12", "DATE", "month"),
    ("The summit will take place in December.", "December", "2021-12", "DATE", "month"),
    ("Troops will withdraw early next year.", "early next year", "2022", "DATE", "year"),
    ("The country was ruled by the military in the 1990s.", "the 1990s", "199", "DATE", "decade"),
    ("The highway aims to see its completion by 2049.", "2049", "2049", "DATE", "year"),
    ("Xi Jinping launched the project in 2013.", "2013", "2013", "DATE", "year"),
    ("Kabul could be just six months away from falling.", "six months", "P6M", "DURATION", "month"),
    ("The hostages were held for three days.", "three days", "P3D", "DURATION", "day"),
    ("The meeting lasted two hours.", "two hours", "PT2H", "DURATION", "time"),
    ("Negotiators meet every Monday in Vienna.", "every Monday", "XXXX-WXX-1", "SET", "day"),
    ("The ceasefire was signed on 3 March 2019 in Sochi.", "3 March 2019", "2019-03-03", "DATE", "day"),
    ("The treaty was signed on July 14, 2015 in Vienna.", "July 14, 2015", "2015-07-14", "DATE", "day"),
    ("The border closed in July 2020 after clashes.", "July 2020", "2020-07", "DATE", "month"),
    ("Exports fell in the second quarter of 2020.", "the second quarter of 2020", "2020-Q2", "DATE", "quarter"),
    ("Fighting intensified in the summer of 2014.", "the summer of 2014", "2014-SU", "DATE", "season"),
    ("The border dispute dates back to the 19th century.", "the 19th century", "18", "DATE", "century"),
    ("The decree was published on 2021-05-14 in the gazette.", "2021-05-14", "2021-05-14", "DATE", "day"),
    ("The vote was held on 28/04/2019 across the country.", "28/04/2019", "2019-04-28", "DATE", "day"),
    ("The city fell three years ago.", "three years ago", "2018", "DATE", "year"),
    ("Prices have risen sharply over the past three years.", "the past three years", "P3Y", "DURATION", "year"),
    ("The drought hit the region last summer.", "last summer", "2020-SU", "DATE", "season"),
    ("The blast happened at 2:30 p.m. near the port.", "2:30 p.m.", "2021-07-30T14:30", "TIME", "time"),
    ("Militants attacked the base last weekend.", "last weekend", "2021-W29-WE", "DATE", "week"),
    ("The economy shrank by 4 percent in mid-2020.", "mid-2020", "2020", "DATE", "year"),
    ("The army has been deployed in the region for two and a half years.", "two and a half years", "P2.5Y", "DURATION", "year"),
    ("The embargo lasted a decade.", "a decade", "P1DE", "DURATION", "decade"),
    ("Aid convoys arrive daily at the crossing.", "daily", "P1D", "SET", "day"),
    ("The opposition leader is currently in exile.", "currently", "PRESENT_REF", "DATE", None),
    ("Negotiations on the ceasefire resumed this week.", "this week", "2021-W30", "DATE", "week"),
    ("The protests began in the late 1980s.", "the late 1980s", "198", "DATE", "decade"),
    ("Kyiv signed a two-year gas contract with Warsaw.", "two-year", "P2Y", "DURATION", "year"),
    ("The junta dissolved parliament last November.", "last November", "2020-11", "DATE", "month"),
    ("Exports to China rose sharply in the third-quarter report.", "third-quarter", "2021-Q3", "DATE", "quarter"),
    ("The new round of talks opens on August 10 in Doha.", "August 10", "2021-08-10", "DATE", "day"),
    ("Gunmen stormed the hotel in Mogadishu on Thursday night.", "Thursday night", "2021-07-29TNI", "TIME", "time"),
    ("The cabinet met in emergency session this morning.", "this morning", "2021-07-30TMO", "TIME", "time"),
    ("The curfew will be lifted at 6 a.m. Monday, the governor said.", "6 a.m. Monday", "2021-08-02T06:00", "TIME", "time"),
    ("Fighting has eased in recent weeks around Marib.", "recent weeks", "PAST_REF", "DATE", None),
    ("Exports fell 4% from the year-earlier quarter, Petrobras said.", "the year-earlier quarter", "2020-Q2", "DATE", "quarter"),
    ("Gazprom's profit rose in the latest quarter.", "the latest quarter", "2021-Q2", "DATE", "quarter"),
    ("Aramco lost money in the 2019 fourth quarter.", "the 2019 fourth quarter", "2019-Q4", "DATE", "quarter"),
]

# Tense read from the parse: (sentence, date text, value) against PUBLISHED (Friday 2021-07-30)
TENSES = [
    ("Iran's foreign minister met his Iraqi counterpart on Wednesday.", "Wednesday", "2021-07-28"),
    ("Iran's foreign minister is to meet his Iraqi counterpart on Wednesday.", "Wednesday", "2021-08-04"),
    ("The prime minister and the rebel leader meet separately Monday in Addis Ababa.", "Monday", "2021-08-02"),
    ("The court postponed the hearing until Tuesday.", "Tuesday", "2021-08-03"),
    ("The ministry scheduled a news conference for Tuesday.", "Tuesday", "2021-08-03"),
    ("The ceasefire collapsed in November after three weeks.", "November", "2020-11"),
    ("Elections will take place in February, the commission said.", "February", "2022-02"),
    ("The shares are payable September 15 to holders of record.", "September 15", "2021-09-15"),
    ("The ministry reported a loss in the fourth quarter.", "the fourth quarter", "2020-Q4"),
    ("The company expects to report a loss for the second quarter.", "the second quarter", "2021-Q2"),
]


@pytest.fixture
def dates_of(analyse, make_article):
    def run(text: str, published: str | None = PUBLISHED, today: dt.date = TODAY):
        article = make_article(text, published=published)
        return DatesStep(today=today)(article, analyse(text))

    return run


@pytest.mark.parametrize("text,span,value,kind,granularity", PHRASINGS)
def test_dates_phrasing_value(dates_of, text, span, value, kind, granularity):
    article = dates_of(text)
    found = {d.text: d for d in article.dates}
    assert span in found, [d.text for d in article.dates]
    date = found[span]
    assert (date.value, date.type, date.granularity) == (value, kind, granularity)
    assert offset_errors(article) == []


@pytest.mark.parametrize("text,span,value", TENSES)
def test_dates_tense_moves_the_day(dates_of, text, span, value):
    article = dates_of(text)
    found = {d.text: d.value for d in article.dates}
    assert found.get(span) == value, found
    assert offset_errors(article) == []


@pytest.mark.parametrize("text,not_a_date", [
    ("The 45-year-old driver was detained at the border.", "45"),
    ("The 1st Battalion was sent to the border town.", "1st"),
    ("Protesters march through the capital every night.", "march"),
    ("Theresa May said the deal was the best available.", "May"),
    ("The ministry counted 500 complaints about the vote.", "500"),
    ("Soldiers aged 19 to 25 were recalled.", "19"),
])
def test_dates_skips_lookalikes(dates_of, text, not_a_date):
    article = dates_of(text)
    assert not any(not_a_date in d.text for d in article.dates), article.dates


def test_dates_weekday_fixes_year_without_publication(dates_of):
    article = dates_of("Wang Yi met Taliban leaders in Tianjin on Wednesday, July 28.", published=None)
    date = next(d for d in article.dates if d.text == "Wednesday, July 28")
    assert (date.value, date.anchor) == ("2021-07-28", "weekday")
    assert [w.code for w in article.warnings] == ["W104"]


def test_dates_unknown_year_keeps_x(dates_of):
    article = dates_of("The rebels seized the airport on July 28.", published=None)
    date = next(d for d in article.dates if d.text == "July 28")
    assert date.value == "XXXX-07-28" and date.anchor is None
    assert [w.code for w in article.warnings] == ["W101"]


def test_dates_context_year_in_sentence(dates_of):
    article = dates_of("In 2019, the rebels seized the airport on July 28.", published=None)
    date = next(d for d in article.dates if d.text == "July 28")
    assert (date.value, date.anchor) == ("2019-07-28", "context")
    assert article.warnings == ()


def test_dates_lone_weekday_follows_full_date(dates_of):
    text = ("Wang Yi met Taliban leaders on Wednesday, July 28. "
            "Wednesday's meeting was seen as a gift to the group.")
    article = dates_of(text, published=None)
    assert [d.value for d in article.dates if d.text == "Wednesday"] == ["2021-07-28"]


def test_dates_time_takes_day_of_sentence(dates_of):
    article = dates_of("The rally on Monday, July 26 began at 9 a.m. in the main square.")
    assert [d.value for d in article.dates if d.type == "TIME"] == ["2021-07-26T09:00"]


def test_dates_warning_added_once(dates_of):
    text = "The talks opened on Monday, July 26 and closed on Wednesday, July 28."
    article = dates_of(text, published=None)
    assert [w.code for w in article.warnings] == ["W104"]
    assert {d.value for d in article.dates} == {"2021-07-26", "2021-07-28"}


def test_dates_function_matches_step(analyse, make_article):
    text = "The army launched the offensive in March."
    article = make_article(text, published=PUBLISHED)
    result = extract_dates(article, analyse(text), today=TODAY)
    assert result.dates == DatesStep(today=TODAY)(article, analyse(text)).dates
    assert result.warnings == ()


@pytest.mark.parametrize("phrase,published,value", [
    ("07/08/2021", "2021-07-30", None),  # day/month order unknowable: left out
    ("Wednesday", None, "XXXX-WXX-3"),
    ("March 3", None, "XXXX-03-03"),
])
def test_dates_normalise_unsure(phrase, published, value):
    ctx = DateContext(published=dt.date.fromisoformat(published) if published else None, today=TODAY)
    found = normalise(phrase, ctx)
    assert (found.value if found else None) == value
