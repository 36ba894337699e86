"""Exports read back with GDELT's column lists: right counts, encodings and round-trips."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from eventwire.export import ExportError, export
from eventwire.export.gdelt_common import split_actor_code
from eventwire.export import gdelt_events, gdelt_gkg
from eventwire.record import (
    Actor, Amount, DateRef, Entity, Event, Place, Quote, Span, Tone,
)
from eventwire.store.duckdb import Store

TEXT = ("Kenyan President Amani Otieno met Ugandan officials in Kampala on 3 March 2024.\n\n"
        "\u201cWe agreed on the corridor,\u201d Otieno said. At least 12 people were killed in "
        "clashes near the border, and Kenya pledged $40 million in aid.")


@pytest.fixture
def db(tmp_path, make_article, nth_mention):
    _m = nth_mention
    t = TEXT
    entities = (
        Entity(id="e1", name="Amani Otieno", type="PERSON", mentions=(_m(t, "Amani Otieno"), _m(t, "Otieno", 1)),
               actor=Actor(code="KENGOV", country="KEN", sectors=("GOV",))),
        Entity(id="e2", name="Ugandan", type="NORP", mentions=(_m(t, "Ugandan"),),
               actor=Actor(code="UGAGOV", country="UGA", sectors=("GOV",))),
    )
    places = (Place(id="p1", name="Kampala", geonameid=232422, country="UGA", lat=0.3163, lon=32.5822,
                    feature="city", mentions=(_m(t, "Kampala"),)),)
    trigger = _m(t, "met")
    events = (Event(id="v1", sentence=Span(start=0, end=t.index("\n")), trigger=trigger,
                    actor=("e1",), actor_code="KENGOV", recipient=("e2",), recipient_code="UGAGOV",
                    cameo="043", cameo_root="04", quad_class=1, goldstein=2.8, plover="CONSULT",
                    place="p1", date="2024-03-03"),)
    q = _m(t, "We agreed on the corridor,")
    quotes = (Quote(start=q.start, end=q.end, text=q.text, speaker="e1", speaker_text="Otieno", cue="said"),)
    n = _m(t, "At least 12 people")
    amounts = (Amount(start=n.start, end=n.end, text=n.text, value=12, unit="people", kind="count",
                      object="people", action="killed"),
               Amount(start=t.index("$40"), end=t.index("$40") + 11, text="$40 million", value=4e7, unit="USD",
                      object="aid"))
    d = _m(t, "3 March 2024")
    article = make_article(t, published="2024-03-04", title="Kenya and Uganda", entities=entities,
                           places=places, events=events, quotes=quotes, amounts=amounts,
                           dates=(DateRef(start=d.start, end=d.end, text=d.text, value="2024-03-03"),),
                           tone=Tone(tone=-1.5, positive=2.0, negative=3.5, polarity=5.5, word_count=40),
                           themes=("KILL", "ECON_AID"))
    path = tmp_path / "store.duckdb"
    with Store(path) as store:
        store.write([article])
    return path, article


def _tsv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_export_gdelt_events_has_61_columns_in_gdelt_order(db, tmp_path):
    path, _ = db
    assert export(db=path, format="gdelt-events", out=tmp_path / "e.csv") == 1
    [row] = _tsv(tmp_path / "e.csv")
    assert len(gdelt_events.COLUMNS) == 61 and len(row) == 61
    rec = dict(zip(gdelt_events.COLUMNS, row))
    assert rec["SQLDATE"] == "20240303" and rec["MonthYear"] == "202403" and rec["Year"] == "2024"
    assert (rec["EventCode"], rec["EventBaseCode"], rec["EventRootCode"]) == ("043", "043", "04")
    assert rec["Actor1Code"] == "KENGOV" and rec["Actor1CountryCode"] == "KEN"
    assert rec["Actor1Type1Code"] == "GOV" and rec["Actor1Name"] == "AMANI OTIENO"
    assert rec["ActionGeo_Type"] == "4" and rec["ActionGeo_CountryCode"] == "UG"
    assert float(rec["ActionGeo_Lat"]) == pytest.approx(0.3163)
    assert rec["NumMentions"] == rec["NumArticles"] == "1" and rec["IsRootEvent"] == "1"
    assert float(rec["AvgTone"]) == -1.5 and len(rec["DATEADDED"]) == 14
    assert int(rec["GLOBALEVENTID"]) > 0


def test_export_gdelt_gkg_has_27_columns_with_offsets(db, tmp_path):
    path, article = db
    export(db=path, format="gdelt-gkg", out=tmp_path / "g.csv")
    [row] = _tsv(tmp_path / "g.csv")
    assert len(gdelt_gkg.COLUMNS) == 27 and len(row) == 27
    rec = dict(zip(gdelt_gkg.COLUMNS, row))
    name, offset = rec["V2ENHANCEDPERSONS"].split(";")[0].split(",")
    assert article.text[int(offset):].startswith(name)
    assert rec["V1COUNTS"].startswith("KILL#12#people")
    assert rec["V1.5TONE"].split(",")[0] == "-1.5"
    assert rec["V2.1ENHANCEDDATES"] == f"3#3#3#2024#{article.dates[0].start}"
    offset, length, verb, quote = rec["V2.1QUOTATIONS"].split("|")
    assert article.text[int(offset):int(offset) + int(length)] == quote and verb == "said"
    assert rec["V2.1DATE"] == "20240304000000" and rec["V1THEMES"] == "KILL;ECON_AID"


def test_export_jsonl_round_trips_records(db, tmp_path):
    path, article = db
    export(db=path, format="jsonl", out=tmp_path / "r.jsonl")
    [line] = (tmp_path / "r.jsonl").read_text().splitlines()
    assert json.loads(line) == article.to_dict()


def test_export_parquet_writes_every_table(db, tmp_path):
    path, article = db
    export(db=path, format="parquet", out=tmp_path / "pq")
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    assert events[0]["cameo"] == "043" and events[0]["actor"] == ["e1"]
    assert pq.read_table(tmp_path / "pq" / "mentions.parquet").num_rows == 4


@pytest.mark.parametrize("code, expected", [
    ("CHNGOV", {"country": "CHN", "type1": "GOV", "group": ""}),
    ("AFGINSTAL", {"country": "AFG", "type1": "INS", "group": "TAL"}),
    ("IGOUNO", {"country": "IGO", "type1": "UNO", "group": ""}),
    ("USAMILGOV", {"country": "USA", "type1": "MIL", "type2": "GOV"}),
    ("---REB", {"country": "", "type1": "REB"}),
])
def test_export_actor_code_splits_into_gdelt_blocks(code, expected):
    parts = split_actor_code(code)
    assert {k: parts[k] for k in expected} == expected


def test_export_unknown_format_is_refused(db, tmp_path):
    with pytest.raises(ExportError, match="unknown format"):
        export(db=db[0], format="xml", out=tmp_path / "x")
