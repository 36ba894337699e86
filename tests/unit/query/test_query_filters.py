"""Typed queries become parameterised SQL and filter stored items as documented."""

from __future__ import annotations

import pytest

from eventwire.query import Query, QueryError, query, to_sql
from eventwire.record import Actor, Entity, Event, Mention, Place, Span
from eventwire.store.duckdb import Store

TEXT = "Kenyan police arrested 40 protesters in Nairobi. Uganda met Kenya in Kampala."


def _event(eid, actor, recipient, cameo, date, start, end, trigger):
    i = TEXT.index(trigger)
    return Event(id=eid, sentence=Span(start=start, end=end),
                 trigger=Mention(start=i, end=i + len(trigger), text=trigger),
                 actor_code=actor, recipient_code=recipient, cameo=cameo, cameo_root=cameo[:2],
                 date=date)


@pytest.fixture
def db(tmp_path, make_article):
    cut = TEXT.index(" Uganda") + 1
    events = (
        _event("v1", "KENCOP", "KENCVL", "173", "2024-03-01", 0, cut - 1, "arrested"),
        _event("v2", "UGA", "KEN", "040", "XXXX-03-02", cut, len(TEXT), "met"),
    )
    places = (Place(id="p1", name="Nairobi", country="KEN", feature="city",
                    mentions=(Mention(start=TEXT.index("Nairobi"), end=TEXT.index("Nairobi") + 7, text="Nairobi"),)),)
    ents = (Entity(id="e1", name="Kenyan police", type="ORG",
                   mentions=(Mention(start=0, end=13, text="Kenyan police"),),
                   actor=Actor(code="KENCOP", country="KEN", sectors=("COP",))),)
    path = tmp_path / "q.duckdb"
    with Store(path) as store:
        store.write([make_article(TEXT, published="2024-03-03", events=events, places=places,
                                  entities=ents)])
    return path


@pytest.mark.parametrize("filters, expected", [
    ({}, ["v1", "v2"]),
    ({"actor": "KEN"}, ["v1", "v2"]),          # actor or recipient code prefix
    ({"actor": "KENCOP"}, ["v1"]),
    ({"cameo": "04"}, ["v2"]),
    ({"cameo": "4"}, ["v2"]),                  # a bare root is zero-padded
    ({"country": "UGA"}, ["v2"]),
    ({"since": "2024-03"}, ["v1"]),             # an unknown-year date matches no range
    ({"until": "2024-02"}, []),
])
def test_filters_events(db, filters, expected):
    rows = query(Query(kind="events", **filters), db=db)
    assert [r["id"] for r in rows] == expected


def test_filters_event_rows_carry_their_sentence(db):
    [row] = query(Query(kind="events", cameo="17"), db=db)
    assert row["sentence"] == "Kenyan police arrested 40 protesters in Nairobi."


def test_filters_entities_and_places_by_country(db):
    assert [r["name"] for r in query(Query(kind="entities", country="KEN"), db=db)] == ["Kenyan police"]
    assert [r["name"] for r in query(Query(kind="places", country="KEN"), db=db)] == ["Nairobi"]


@pytest.mark.parametrize("bad, message", [
    (Query(kind="events", since="last week"), "YYYY"),
    (Query(kind="places", cameo="04"), "events only"),
    (Query(kind="amounts", actor="CHN"), "does not apply"),
    (Query(kind="events", limit=-1), "limit"),
])
def test_filters_reject_bad_values(bad, message):
    with pytest.raises(QueryError, match=message):
        to_sql(bad)


def test_filters_values_never_enter_the_sql_text():
    sql, params = to_sql(Query(kind="events", actor="X'; DROP TABLE events; --"))
    assert "DROP" not in sql and "X'; DROP TABLE EVENTS; --" in params


def test_filters_event_dates_are_the_extractors(tmp_path, make_article):
    """The date fallback belongs to extraction: an event stored without a date matches no range,
    even when its article has a publication date."""
    undated = _event("v3", "KENCOP", "KENCVL", "173", None, 0, TEXT.index(" Uganda"), "arrested")
    path = tmp_path / "u.duckdb"
    with Store(path) as store:
        store.write([make_article(TEXT, published="2024-03-03", events=(undated,))])
    assert [r["id"] for r in query(Query(kind="events"), db=path)] == ["v3"]
    assert query(Query(kind="events", since="2024"), db=path) == []
