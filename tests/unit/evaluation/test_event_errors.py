"""The per-sentence error listing: gold vs predicted triples, missed and extra, rendering.

Gold files are tiny JSONL written here; the sentences are our own."""

from __future__ import annotations

import json

from eventwire.evaluation import event_errors
from eventwire.evaluation.common import split_of


def _dev_ids(count: int) -> list[str]:
    return [i for i in (f"e{n}" for n in range(100)) if split_of(i) == "dev"][:count]


def _gold(tmp_path, records):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_missed_and_extra_triples(tmp_path):
    a, b = _dev_ids(2)
    path = _gold(tmp_path, [
        {"id": a, "text": "Kenya accused Uganda of arming rebels.", "lang": "en", "expect": "events",
         "events": [{"source": "KEN", "target": "UGA", "code": "112"},
                    {"source": "UGA", "target": "KEN", "code": "042"}]},
        {"id": b, "text": "The weather was mild on Tuesday.", "lang": "en", "expect": "no_events",
         "events": []}])
    rows = {r.id: r for r in event_errors.sentence_errors(path, "dev")}
    assert rows[a].gold == {("KEN", "UGA", "11"), ("UGA", "KEN", "04")}
    assert ("KEN", "UGA", "11") in rows[a].predicted
    assert ("UGA", "KEN", "04") in rows[a].missed
    assert rows[b].gold == set() and rows[b].extra == rows[b].predicted
    text = event_errors.render(rows[a])
    assert "FN:   UGA->KEN:04" in text and "gold: KEN->UGA:11" in text
    assert "ev 112 'accused' KEN -> UGA" in text


def test_test_split_refused(tmp_path, capsys):
    path = _gold(tmp_path, [])
    assert event_errors.main([str(path), "--split", "test"]) == 2
    assert "dev only" in capsys.readouterr().err
