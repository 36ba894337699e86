"""Agreement between two annotators of event gold: the harness's labels, annotator 1 as reference."""

from __future__ import annotations

import json

import pytest

from eventwire.evaluation.event_agreement import agreement, kappa


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _rec(rid, *events):
    return {"id": rid, "expect": "events" if events else "no_events",
            "events": [{"source": s, "target": t, "code": c} for s, t, c in events]}


def test_kappa_is_one_for_identical_and_zero_for_chance_level_judgements():
    assert kappa([(True, True), (False, False)]) == 1.0
    # both say "yes" half the time, independently: observed 0.5 = chance 0.5
    assert kappa([(True, True), (True, False), (False, True), (False, False)]) == pytest.approx(0.0)


def test_agreement_compares_only_shared_records_with_the_first_file_as_reference(tmp_path):
    first = _write(tmp_path / "a.jsonl", [
        _rec("s1", ("USAGOV", "JPNGOV", "172")),
        _rec("s2"),
        _rec("s3", ("FRAGOV", "DEUGOV", "040")),
        _rec("only-in-first", ("RUSGOV", None, "010")),
    ])
    second = _write(tmp_path / "b.jsonl", [
        _rec("s1", ("USAGOV", "JPNGOV", "163")),  # same dyad, another root
        _rec("s2", ("GBRGOV", "IRLGOV", "036")),  # sees an event the first does not
        _rec("s3", ("FRAGOV", "DEUGOV", "042")),  # same root 04: the triple agrees
    ])
    figures = agreement(first, second)
    assert figures["records"] == 3 and figures["agree_events"] == 2
    assert figures["triple"]["tp"] == 1 and figures["triple"]["fp"] == 2 and figures["triple"]["fn"] == 1
    assert figures["dyad"]["tp"] == 2 and figures["dyad"]["fp"] == 1
    assert figures["triples_differ"] == ["s1", "s2"]
