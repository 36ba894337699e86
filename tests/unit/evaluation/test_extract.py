"""evaluation.extract: gold-set detection, the Zyte shingle metric, snippet and metadata scoring."""

from __future__ import annotations

import gzip
import json

import pytest

from eventwire.evaluation.common import split_of
from eventwire.evaluation.extract import (
    BodyScore, Output, SystemScore, evaluate, fold, page_counts, render, shingles,
)
from eventwire.evaluation.extract_gold import GoldPage, gold_file, load_pages

BODY = ("Rescue teams in Derna recovered more bodies on Tuesday after two dams burst during the "
        "storm, the Libyan Red Crescent said.")
NAV = "Home World Business Sport Weather Subscribe today for full access"


def page_html(body: str) -> str:
    return (f"<html><head><title>Derna floods</title></head><body><nav>{NAV}</nav>"
            f"<article><h1>Derna floods</h1><p>{body}</p><p>{body.replace('Tuesday', 'Wednesday')}"
            "</p></article></body></html>")


def write_gz(path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode("utf-8")))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("", 0),
        ("Floods hit", 1),                       # shorter than 4 tokens: one shingle
        ("Floods hit Derna on Tuesday", 2),      # 5 tokens: 2 shingles of 4
        ("a, b; c. d! e? f", 3),                 # punctuation is not a token
    ],
)
def test_extract_shingle_counts(text, expected):
    assert sum(shingles(text).values()) == expected


@pytest.mark.parametrize(
    "gold,pred,expected",
    [
        (BODY, BODY, (18, 0, 0)),
        (BODY, "", (0, 0, 18)),
        (BODY, BODY + " " + NAV, (18, 10, 0)),  # one extra shingle per appended token
    ],
)
def test_extract_page_counts(gold, pred, expected):
    assert page_counts(gold, pred) == expected


def test_extract_body_score_averages_pages_the_benchmark_way():
    score = BodyScore()
    score.add(BODY, BODY)          # P=1 R=1
    score.add(BODY, "")            # no prediction: counts for recall (0) only
    score.add("", "")              # nothing on either side: neither average
    figures = score.to_dict()
    assert figures["precision"] == 1.0 and figures["recall"] == 0.5
    assert figures["f1"] == pytest.approx(2 * 0.5 / 1.5, abs=1e-4)


def test_extract_snippets_title_and_date_scoring():
    page = GoldPage("p", "", title="Derna floods: toll rises", date="2023-09-12",
                    keep=("two dams burst", "not extracted"), drop=("Subscribe today",))
    score = SystemScore()
    score.add(page, Output(f"{BODY} {NAV}", title="DERNA floods:  toll rises", date="2023-09-12"))
    figures = score.to_dict()
    assert (score.snippets.tp, score.snippets.fn, score.snippets.fp) == (1, 1, 1)
    assert figures["title_accuracy"] == 1.0 and figures["date_accuracy"] == 1.0


@pytest.mark.parametrize("title,other,same", [("Quake ‘kills 40’", "quake 'kills 40'", True),
                                              ("Quake kills 40", "Quake kills 41", False)])
def test_extract_title_fold(title, other, same):
    assert (fold(title) == fold(other)) is same


def zyte_set(tmp_path, ids):
    truth = {i: {"url": f"https://example.org/{i}", "articleBody": BODY} for i in ids}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth))
    for i in ids:
        write_gz(tmp_path / "html" / f"{i}.html.gz", page_html(BODY))
    return tmp_path


def test_extract_detects_sets_and_splits(tmp_path):
    ids = [f"{n:02x}" * 4 for n in range(12)]
    gold = zyte_set(tmp_path, ids)
    assert gold_file(gold) == ("zyte", gold / "ground-truth.json")
    kind, dev = load_pages(gold, "dev")
    assert kind == "zyte" and {p.id for p in dev} == {i for i in ids if split_of(i) == "dev"}
    assert len(load_pages(gold, "all")[1]) == len(ids)
    with pytest.raises(ValueError):
        gold_file(tmp_path / "html")


def test_extract_fundus_and_trafilatura_formats(tmp_path):
    fundus = tmp_path / "fundus"
    write_gz(fundus / "html" / "a.html.gz", page_html(BODY))
    rec = {"id": "xx/Outlet/V1", "html_file": "html/a.html.gz", "url": None, "title": "Derna floods",
           "body_text": BODY, "publishing_date": "2023-09-12 08:00:00+00:00"}
    (fundus / "gold.jsonl").write_text(json.dumps(rec) + "\n")
    page = load_pages(fundus, "all")[1][0]
    assert (page.date, page.title, page.body) == ("2023-09-12", "Derna floods", BODY)
    traf = tmp_path / "traf"
    write_gz(traf / "html" / "b.html.gz", page_html(BODY))
    recs = {"https://example.org/b": {"file": "b.html", "html_file": "html/b.html.gz",
                                      "with": ["two dams burst"], "without": [NAV]}}
    (traf / "evaldata_en.json").write_text(json.dumps(recs))
    page = load_pages(traf, "all")[1][0]
    assert page.keep == ("two dams burst",) and page.drop == (NAV,) and page.body is None


def test_extract_evaluate_runs_both_systems(tmp_path):
    gold = zyte_set(tmp_path, ["aa", "bb", "cc"])
    figures = evaluate(gold, split="all")
    assert figures["set"] == "zyte" and figures["pages"] == 3
    for name in ("eventwire", "trafilatura"):
        body = figures["systems"][name]["body"]
        assert body["recall"] > 0.9, name
        assert figures["systems"][name]["pages_per_second"] > 0


def test_extract_render_shows_measured_columns_only():
    from io import StringIO

    from rich.console import Console

    figures = {"set": "zyte", "pages": 1, "gold": "g", "split": "dev", "systems": {
        "eventwire": {"pages": 1, "empty": 0, "pages_per_second": 2.0,
                      "body": {"precision": 0.9, "recall": 0.8, "f1": 0.85}}}}
    buffer = StringIO()
    render(figures, Console(file=buffer, width=200))
    text = buffer.getvalue()
    assert "body F1" in text and "0.85" in text and "snip" not in text and "title" not in text


def test_extract_counts_pages_rescued_by_a_fallback_extractor():
    from eventwire.evaluation.extract import run_eventwire

    # trafilatura drops a container named like a comment section; the rescue keeps the story
    html = page_html(BODY).replace("<article>", "<div class='comments-wrap'>").replace("</article>", "</div>")
    page = GoldPage("aa", html, body=BODY)
    out = run_eventwire(page)
    score = SystemScore()
    score.add(page, out)
    assert out.rescued and BODY in out.text
    assert score.to_dict()["rescued"] == 1 and "rescued" not in SystemScore().to_dict()
