"""The TempEval-3 date scorer: TimeML reading, one-to-one relaxed matching, attribute F1."""

from __future__ import annotations

import pytest

from eventwire.evaluation.dates import (DateScores, GoldTimex, SystemTimex, gold_files,
                                        load_timeml, match_pairs)

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{doc_id}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-07-30" functionInDocument="CREATION_TIME">July 30, 2021</TIMEX3></DCT>
<TEXT>
Rebels shelled Goma <TIMEX3 tid="t1" type="DATE" value="2021-07-29">yesterday</TIMEX3>, and talks stalled for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
</TimeML>
"""


def write(tmp_path, name: str = "doc1") -> str:
    path = tmp_path / f"{name}.tml"
    path.write_text(TML.format(doc_id=name), encoding="utf-8")
    return str(path)


def test_dates_load_timeml_offsets_and_dct(tmp_path):
    doc = load_timeml(write(tmp_path))
    assert doc.dct == "2021-07-30" and doc.id == "doc1"
    assert [(t.text, t.value, t.type) for t in doc.timexes] == [
        ("yesterday", "2021-07-29", "DATE"), ("three days", "P3D", "DURATION")]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)
    assert "July 30, 2021" not in doc.text  # the DCT is context, not scored text


def test_dates_gold_files_accepts_folder_or_file(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "b")
    single = write(tmp_path, "a")
    assert [p.name for p in gold_files(tmp_path)] == ["a.tml", "b.tml"]
    assert [p.name for p in gold_files(single)] == ["a.tml"]


def gold(start, end, value="2021", kind="DATE"):
    return GoldTimex(start, end, "x" * (end - start), kind, value)


def system(start, end, value="2021", kind="DATE"):
    return SystemTimex(start, end, kind, value)


@pytest.mark.parametrize("golds,systems,pairs", [
    ([gold(0, 10)], [system(5, 15)], 1),               # any overlap matches
    ([gold(0, 10)], [system(10, 15)], 0),              # touching is not overlapping
    ([gold(0, 4), gold(5, 9)], [system(0, 9)], 1),     # one system date matches one gold only
    ([gold(0, 9)], [system(0, 3), system(4, 9)], 1),
])
def test_dates_match_pairs_is_one_to_one(golds, systems, pairs):
    assert len(match_pairs(golds, systems)) == pairs


def test_dates_match_pairs_prefers_largest_overlap():
    pairs = match_pairs([gold(0, 10)], [system(8, 20), system(0, 9)])
    assert pairs[0][1] == system(0, 9)


def test_dates_scores_tempeval_attribute_f1():
    scores = DateScores()
    scores.add([gold(0, 10, "2021-07-29"), gold(20, 30, "P3D", "DURATION"), gold(40, 45)],
               [system(0, 10, "2021-07-29"), system(22, 30, "P3M", "DURATION"), system(60, 65)])
    figures = scores.to_dict()
    assert (figures["relaxed"]["tp"], figures["relaxed"]["fp"], figures["relaxed"]["fn"]) == (2, 1, 1)
    assert figures["strict"]["tp"] == 1
    # value P = R = 1/3: one right value over three system dates and three gold timexes
    assert figures["value"]["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert figures["value"]["recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert figures["value_accuracy_of_matched"] == 0.5
    assert figures["type"]["tp"] == 2
    assert figures["value_per_type"]["DURATION"]["fn"] == 1


def test_dates_scores_perfect_system_is_one(tmp_path):
    doc = load_timeml(write(tmp_path))
    scores = DateScores()
    scores.add(list(doc.timexes), [system(t.start, t.end, t.value, t.type) for t in doc.timexes])
    figures = scores.to_dict()
    assert figures["relaxed"]["f1"] == figures["value"]["f1"] == figures["strict"]["f1"] == 1.0


def test_dates_evaluate_runs_the_extractor_on_a_folder(tmp_path):
    from eventwire.evaluation.dates import evaluate

    write(tmp_path)
    figures = evaluate(tmp_path, split="dev")
    assert figures["documents"] == 1 and figures["gold_timexes"] == 2
    assert "ignored" in figures["note"]
    assert figures["relaxed"]["tp"] == 2 and figures["value"]["tp"] == 2
