"""Typed queries → SQL: the filter fields added for the API, and the shared FROM/WHERE."""

from __future__ import annotations

import pytest

from eventwire.query.filters import Query, QueryError, count_sql, from_where, to_sql


@pytest.mark.parametrize("kind, field, value", [
    ("events", "plover", "assault"), ("events", "place", "Goma"), ("events", "q", "shelled town"),
    ("places", "place", "Goma"), ("articles", "outlet", "reuters.com"), ("articles", "q", "ceasefire"),
])
def test_filters_new_fields_travel_as_parameters(kind, field, value):
    sql, params = to_sql(Query(kind=kind, **{field: value}))
    assert value.lower() not in sql.lower()
    assert any(value.split()[0].lower() == str(p).lower() for p in params)


@pytest.mark.parametrize("kind, field", [
    ("places", "plover"), ("entities", "place"), ("events", "outlet"), ("quotes", "q"),
    ("articles", "actor"), ("articles", "cameo"),
])
def test_filters_field_on_wrong_kind_is_an_error(kind, field):
    with pytest.raises(QueryError):
        to_sql(Query(kind=kind, **{field: "X"}))


def test_filters_words_each_need_a_condition():
    _, one = from_where(Query(kind="events", q="troops"))
    _, two = from_where(Query(kind="events", q="troops border"))
    assert (len(one), len(two)) == (1, 2)


@pytest.mark.parametrize("query", [
    Query(kind="events", actor="CHN", since="2021"), Query(kind="articles", q="Kabul airport"),
    Query(kind="places", country="AFG"),
])
def test_filters_count_shares_the_listing_conditions(query):
    listing, params = to_sql(query)
    counted, count_params = count_sql(query)
    assert count_params == params[:-2] and counted.split("FROM", 1)[1].strip() in listing
