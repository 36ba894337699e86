"""The PLOVER 0.5b1 CAMEO-root proxy row of the events harness, on hand-made records.

Sentences are our own; the gold records only carry the fields the harness reads."""

from __future__ import annotations

import json

from eventwire import codes
from eventwire.evaluation import events as harness
from eventwire.evaluation.common import PRF, split_of
from eventwire.record import Actor, Entity, Event, Mention, Span

SENTENCE = "Kenya shelled Uganda."


def _ids_in(split: str, count: int) -> list[str]:
    return [i for i in (f"p{n}" for n in range(200)) if split_of(i) == split][:count]


def _item(labels: list[str], version: str | None = "0.5b1", expect: str = "events"):
    events = [{"source": "KEN", "target": "UGA", "code": None, "plover": label} for label in labels]
    return harness.GoldItem("x", SENTENCE, None, events, expect, False, version)


def test_root_proxy_keeps_fight_apart_from_assault():
    assert harness.gold_labels(_item(["FIGHT"]))["root_proxy"] == {frozenset({"19"})}
    assert harness.gold_labels(_item(["ASSAULT"]))["root_proxy"] == {frozenset({"18", "20"})}
    # the mapped PLOVER 2 type merges them
    assert harness.gold_labels(_item(["FIGHT"]))["plover"] == {"ASSAULT"}


def test_root_proxy_keeps_demand_apart_from_disapprove():
    assert harness.gold_labels(_item(["DEMAND"]))["root_proxy"] == {frozenset({"10", "02"})}
    assert harness.gold_labels(_item(["DISAPPROVE"]))["root_proxy"] == {frozenset({"11"})}


def test_root_proxy_only_for_05b1_records_without_codes():
    # PLOVER 2 labels (other gold sets) allow 18-20 under ASSAULT: no proxy for them
    assert harness.gold_labels(_item(["ASSAULT"], version=None))["root_proxy"] == set()
    coded = harness.GoldItem("x", SENTENCE, None, [{"source": "KEN", "target": "UGA",
                                                    "code": "190", "plover": "FIGHT"}],
                             "events", False, "0.5b1")
    assert harness.gold_labels(coded)["root_proxy"] == set()


def test_score_root_proxy_counts_wrong_root_as_fp_and_fn():
    prf = PRF()
    harness.score_root_proxy(prf, {"19"}, {frozenset({"18", "20"})})
    assert (prf.tp, prf.fp, prf.fn) == (0, 1, 1)


def test_score_root_proxy_one_root_may_meet_several_labels():
    prf = PRF()
    # AGREE allows 05 as SUPPORT does: one predicted 05 meets both labels
    harness.score_root_proxy(prf, {"05", "14"}, {frozenset({"03", "05"}), frozenset({"05"})})
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 0)


def test_score_root_proxy_no_prediction_misses_every_label():
    prf = PRF()
    harness.score_root_proxy(prf, set(), {frozenset({"13"}), frozenset({"17"})})
    assert (prf.tp, prf.fp, prf.fn) == (0, 0, 2)


class _Stub:
    def __init__(self, events_for):
        self.events_for = events_for

    def apply(self, article, analysis):
        start = SENTENCE.index("shelled")
        entities = tuple(
            Entity(id=f"e{n}", name=name, type="GPE",
                   mentions=(Mention(start=SENTENCE.index(name),
                                     end=SENTENCE.index(name) + len(name), text=name),),
                   actor=Actor(code=code, country=code))
            for n, (name, code) in enumerate((("Kenya", "KEN"), ("Uganda", "UGA")), 1))
        events = tuple(
            Event(id=f"v{n}", sentence=Span(start=0, end=len(SENTENCE)),
                  trigger=Mention(start=start, end=start + 7, text="shelled"),
                  actor=("e1",), recipient=("e2",), cameo=cameo, cameo_root=cameo[:2],
                  plover=codes.plover_type(cameo), modality="asserted")
            for n, cameo in enumerate(self.events_for[article.source.uri]))
        return article.model_copy(update={"entities": entities, "events": events})


def test_evaluate_reports_root_proxy_on_05b1_gold_only(tmp_path):
    a, b, c = _ids_in("dev", 3)
    records = [
        {"id": a, "text": SENTENCE, "expect": "events", "plover_version": "0.5b1",
         "events": [{"source": "KEN", "target": "UGA", "code": None, "plover": "FIGHT"}]},
        {"id": b, "text": SENTENCE, "expect": "events", "plover_version": "0.5b1",
         "events": [{"source": "KEN", "target": "UGA", "code": None, "plover": "ASSAULT"}]},
        {"id": c, "text": SENTENCE, "expect": "no_events", "plover_version": "0.5b1",
         "events": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    stub = _Stub({a: ("190",), b: ("190",), c: ("112",)})
    figures = harness.evaluate_events(path, split="dev", pipeline=stub).to_dict()
    # 190 is right for FIGHT, wrong for ASSAULT (which the mapped type counts as right)
    assert (figures["root_proxy"]["tp"], figures["root_proxy"]["fp"],
            figures["root_proxy"]["fn"]) == (1, 2, 1)
    assert figures["plover"]["tp"] == 2
    for record in records:
        record.pop("plover_version")
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    assert "root_proxy" not in harness.evaluate_events(path, split="dev", pipeline=stub).to_dict()
