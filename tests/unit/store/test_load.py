"""``load``: records extracted before go into the store unchanged; bad lines are rejected alone."""

from __future__ import annotations

import gzip

from eventwire.run.local import load
from eventwire.store.duckdb import Store


def test_records_load_unchanged_and_a_bad_line_is_rejected_with_its_place(make_article, tmp_path):
    first = make_article("Kenyan officials met Ugandan traders in Busia on Monday.",
                         actors={"Kenyan": ("NORP", "KENGOV")})
    second = make_article("Farmers in Chile protested against water prices on Friday.",
                          published="2024-03-08")
    plain = tmp_path / "records.jsonl"
    plain.write_text(first.to_json() + "\n\n" + '{"id": "x", "text": 5}\n', encoding="utf-8")
    with gzip.open(tmp_path / "more.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(second.to_json() + "\n" + first.to_json() + "\n")  # the second copy is a duplicate
    db = tmp_path / "loaded.duckdb"

    report = load([tmp_path], db=db)

    assert (report.read, report.stored, report.duplicate) == (4, 2, 1)
    [bad] = report.rejected
    assert bad.uri == f"{plain}#L3" and bad.error.name == "E006"
    with Store(db, read_only=True) as store:
        assert store.read(first.id) == first and store.read(second.id) == second
        assert store.count("entities") == 1


def test_a_cut_gzip_file_keeps_the_lines_before_the_cut(make_article, tmp_path):
    article = make_article("Police in Lima arrested six people after a march on Sunday.")
    data = gzip.compress((article.to_json() + "\n").encode() * 3)
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[:-8])  # gzip's trailer (checksum and size) is missing

    db = tmp_path / "x.duckdb"

    report = load([cut, tmp_path / "missing.jsonl"], db=db)

    assert (report.stored, report.duplicate) == (1, 2)
    assert sorted(r.error.name for r in report.rejected) == ["E004", "E011"]
    with Store(db, read_only=True) as store:
        assert store.read(article.id) == article
