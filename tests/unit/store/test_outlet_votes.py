"""The ``outlet_votes`` side table: round trip, one vote per article, and ingest learning from
what earlier ingests stored."""

from __future__ import annotations

import json

from eventwire.store.duckdb import Store

OHIO = ("USA", "ohio")


def test_votes_round_trip_and_an_article_votes_once(tmp_path):
    db = tmp_path / "v.duckdb"
    with Store(db) as store:
        assert store.outlet_votes() == {}
        assert store.add_outlet_votes([("a1", "valley.example", frozenset({OHIO}))]) == 1
        assert store.add_outlet_votes([("a1", "valley.example", frozenset({OHIO})),
                                       ("a2", "valley.example", frozenset())]) == 0
    with Store(db, read_only=True) as store:
        assert store.outlet_votes() == {"a1": ("valley.example", frozenset({OHIO}))}


def _records(path, stories):
    path.write_text("".join(json.dumps({"text": t, "outlet": "Valley Times"}) + "\n"
                            for t in stories), encoding="utf-8")
    return path


def test_ingest_learns_an_outlet_and_a_later_ingest_reuses_it(tmp_path):
    from eventwire.run.local import ingest

    db = tmp_path / "news.duckdb"
    first = _records(tmp_path / "one.jsonl", [
        "Ohio lawmakers passed a two-year budget late on Thursday in Columbus.",
        "Farmers across Ohio expect a late harvest this year, growers in Toledo said.",
    ])
    report = ingest([first], db=db)
    assert report.stored == 2
    with Store(db, read_only=True) as store:
        votes = store.outlet_votes()
    assert {outlet for outlet, _ in votes.values()} == {"valley times"}
    assert all(OHIO in regions for _, regions in votes.values())
    # a later one-place story of the same outlet: Marietta, Ohio, not Marietta, Georgia
    later = _records(tmp_path / "two.jsonl", [
        "Voters in Marietta approved a school levy on Tuesday, the city said."])
    ingest([later], db=db)
    with Store(db, read_only=True) as store:
        rows = store.sql("SELECT admin1 FROM places WHERE name = 'Marietta'")
    assert rows == [{"admin1": "Ohio"}]
