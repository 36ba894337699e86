"""The ``dyad`` row (who acted on whom, code ignored) and the unit-test include list."""

from __future__ import annotations

import json

from eventwire.evaluation import events as harness
from eventwire.evaluation.common import split_of
from eventwire.record import Actor, Entity, Event, Mention, Span

SENTENCE = "Kenya accused Uganda of arming rebels."


def _entity(ident: str, name: str, code: str) -> Entity:
    start = SENTENCE.index(name)
    return Entity(id=ident, name=name, type="GPE", actor=Actor(code=code, country=code[:3]),
                  mentions=(Mention(start=start, end=start + len(name), text=name),))


def _event(actor: tuple, recipient: tuple, cameo: str) -> Event:
    start = SENTENCE.index("accused")
    return Event(id="v1", sentence=Span(start=0, end=len(SENTENCE)),
                 trigger=Mention(start=start, end=start + 7, text="accused"),
                 actor=actor, recipient=recipient, cameo=cameo, cameo_root=cameo[:2])


def test_dyad_gold_pairs_ignore_the_code():
    item = harness.GoldItem("x", SENTENCE, None, [
        {"source": "KENGOV", "target": "UGA", "code": "112"},
        {"source": "KEN", "target": "UGA", "code": "223"},  # a test code above 20 still has a dyad
    ], "events")
    assert harness.gold_labels(item)["dyad"] == {("KEN", "UGA")}


def test_dyad_right_parties_with_a_wrong_code_is_a_dyad_hit_and_a_triple_miss(make_article):
    entities = (_entity("e1", "Kenya", "KEN"), _entity("e2", "Uganda", "UGA"))
    article = make_article(SENTENCE, entities=entities, events=(_event(("e1",), ("e2",), "042"),))
    gold = harness.gold_labels(harness.GoldItem("x", SENTENCE, None,
                                                [{"source": "KEN", "target": "UGA", "code": "112"}],
                                                "events"))
    pred = harness.predicted_labels(article)
    assert pred["dyad"] == gold["dyad"] == {("KEN", "UGA")}
    assert not pred["triple"] & gold["triple"]


def test_dyad_reversed_roles_is_a_dyad_miss(make_article):
    entities = (_entity("e1", "Kenya", "KEN"), _entity("e2", "Uganda", "UGA"))
    article = make_article(SENTENCE, entities=entities, events=(_event(("e2",), ("e1",), "112"),))
    assert harness.predicted_labels(article)["dyad"] == {("UGA", "KEN")}


def test_records_outside_the_include_list_are_left_out_and_counted(tmp_path):
    dev = [i for i in (f"s{n}" for n in range(200)) if split_of(i) == "dev"][:2]
    records = [
        {"id": dev[0], "text": SENTENCE, "expect": "events", "events": [], "in_include_list": True},
        {"id": dev[1], "text": SENTENCE, "expect": "events", "events": [], "in_include_list": False},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    skipped: list = []
    assert [i.id for i in harness.load_gold(path, "dev", skipped)] == [dev[0]]
    assert skipped == [dev[1]]
