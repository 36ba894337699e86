"""The events harness: gold reading, label mapping and per-sentence set scoring.

Gold files are tiny JSONL written here in the events_gold format; sentences are our own.
"""

from __future__ import annotations

import json

import pytest

from eventwire import codes
from eventwire.evaluation import events as harness
from eventwire.evaluation.common import split_of
from eventwire.record import Actor, Entity, Event, Mention, Span

SENTENCE = "Kenya accused Uganda of arming rebels."


def _gold_file(tmp_path, records: list[dict]):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def _item(events: list[dict], expect: str = "events") -> harness.GoldItem:
    return harness.GoldItem("x", SENTENCE, None, events, expect)


def _ids_in(split: str, count: int) -> list[str]:
    return [i for i in (f"s{n}" for n in range(200)) if split_of(i) == split][:count]


def _entity(ident: str, name: str, code: str | None) -> Entity:
    start = SENTENCE.index(name)
    actor = Actor(code=code, country=code[:3] if code else None) if code else None
    mention = Mention(start=start, end=start + len(name), text=name)
    return Entity(id=ident, name=name, type="GPE", mentions=(mention,), actor=actor)


def _event(actor: tuple, recipient: tuple, *, cameo: str = "112", modality: str = "asserted") -> Event:
    start = SENTENCE.index("accused")
    return Event(
        id="v1", sentence=Span(start=0, end=len(SENTENCE)),
        trigger=Mention(start=start, end=start + 7, text="accused"),
        actor=actor, recipient=recipient, cameo=cameo, cameo_root=cameo[:2],
        plover=codes.plover_type(cameo), modality=modality,
    )


def test_events_load_gold_keeps_scored_items_of_the_split(tmp_path):
    dev, test = _ids_in("dev", 2), _ids_in("test", 1)
    records = [
        {"id": dev[0], "text": SENTENCE, "events": [], "expect": "no_events"},
        {"id": dev[1], "text": SENTENCE, "events": [], "expect": "no_events_listed"},
        {"id": test[0], "text": SENTENCE, "events": [], "expect": "no_events"},
    ]
    path = _gold_file(tmp_path, records)
    assert [i.id for i in harness.load_gold(path, "dev")] == [dev[0]]
    assert [i.id for i in harness.load_gold(path, "test")] == [test[0]]
    assert len(list(harness.load_gold(path, "all"))) == 2


@pytest.mark.parametrize(
    "plover,expected",
    [("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"),
     ("FIGHT", "ASSAULT"), ("AGREE", "AGREE")],
)
def test_events_gold_labels_map_plover_05_types(plover, expected):
    labels = harness.gold_labels(_item([{"source": "KEN", "target": "UGA", "code": None,
                                         "plover": plover}]))
    assert labels["plover"] == {expected}
    assert labels["root"] == set() and labels["triple"] == set()


@pytest.mark.parametrize(
    "source,target,triple",
    [("KENGOV", "UGA", ("KEN", "UGA", "11")), ("---REB", "IGOUNO", (None, "IGO", "11")),
     ("~CVL", None, (None, None, "11"))],
)
def test_events_gold_labels_cameo_code_gives_type_root_and_triple(source, target, triple):
    labels = harness.gold_labels(_item([{"source": source, "target": target, "code": "112"}]))
    assert labels == {"plover": {"ACCUSE"}, "root": {"11"}, "triple": {triple},
                      "actor_type": {triple[:2] + ("ACCUSE",)}, "dyad": {triple[:2]},
                      "root_proxy": set()}


def test_events_gold_labels_no_events_is_empty():
    labels = harness.gold_labels(_item([{"source": "KEN", "target": "UGA", "code": "112"}],
                                       expect="no_events"))
    assert labels == {"plover": set(), "root": set(), "triple": set(), "actor_type": set(),
                      "dyad": set(), "root_proxy": set()}


def test_events_predicted_labels_expand_compound_actors(make_article):
    entities = (_entity("e1", "Kenya", "KENGOV"), _entity("e2", "Uganda", "UGA"),
                _entity("e3", "rebels", None))
    article = make_article(SENTENCE, entities=entities,
                           events=(_event(("e1", "e3"), ("e2",)),))
    labels = harness.predicted_labels(article)
    assert labels["plover"] == {"ACCUSE"} and labels["root"] == {"11"}
    assert labels["triple"] == {("KEN", "UGA", "11"), (None, "UGA", "11")}


def test_events_predicted_labels_skip_negated_events(make_article):
    entities = (_entity("e1", "Kenya", "KEN"), _entity("e2", "Uganda", "UGA"))
    article = make_article(SENTENCE, entities=entities,
                           events=(_event(("e1",), ("e2",), modality="negated"),))
    assert harness.predicted_labels(article) == {"plover": set(), "root": set(), "triple": set(),
                                                 "actor_type": set(), "dyad": set()}


def test_events_predicted_labels_reciprocal_gives_both_directions(make_article):
    entities = (_entity("e1", "Kenya", "KEN"), _entity("e2", "Uganda", "UGA"))
    article = make_article(SENTENCE, entities=entities,
                           events=(_event(("e1", "e2"), (), cameo="040"),))
    assert harness.predicted_labels(article)["triple"] == {("KEN", "UGA", "04"),
                                                           ("UGA", "KEN", "04")}


class _StubPipeline:
    """Codes every sentence with one fixed event: the scoring is what is under test."""

    def __init__(self, make_article, events_for: dict[str, tuple]) -> None:
        self.make_article, self.events_for = make_article, events_for

    def apply(self, article, analysis):
        entities = (_entity("e1", "Kenya", "KEN"), _entity("e2", "Uganda", "UGA"))
        return article.model_copy(update={"entities": entities,
                                          "events": self.events_for[article.source.uri]})


def test_events_evaluate_counts_hits_misses_and_extra_events(tmp_path, make_article):
    a, b = _ids_in("dev", 2)
    records = [
        {"id": a, "text": SENTENCE, "expect": "events",
         "events": [{"source": "KEN", "target": "UGA", "code": "112"}]},
        {"id": b, "text": SENTENCE, "expect": "no_events", "events": []},
    ]
    stub = _StubPipeline(make_article, {a: (_event(("e1",), ("e2",)),),
                                        b: (_event(("e1",), ("e2",), cameo="190"),)})
    scores = harness.evaluate_events(_gold_file(tmp_path, records), split="dev", pipeline=stub)
    figures = scores.to_dict()
    assert figures["sentences"] == 2 and figures["extra_events"] == 1
    assert (figures["triple"]["tp"], figures["triple"]["fp"], figures["triple"]["fn"]) == (1, 1, 0)
    assert figures["detected"]["tp"] == 1 and figures["detected"]["fp"] == 1
    assert figures["per_type"]["ACCUSE"]["f1"] == 1.0


def test_events_events_pipeline_keeps_only_needed_steps():
    names = [step.name for step in harness.events_pipeline().steps]
    assert names[-1].startswith("eventwire.events")
    assert not any("quotes" in n or "framing" in n or "tone" in n for n in names)


@pytest.mark.parametrize(
    ("cameo", "triples"),
    [
        ("040", {("KEN", "UGA", "04"), ("UGA", "KEN", "04")}),  # met each other
        ("141", {("KEN", None, "14"), ("UGA", None, "14")}),  # protested side by side
    ],
)
def test_events_predicted_labels_reciprocal_only_for_cooperative_roots(make_article, cameo, triples):
    entities = (_entity("e1", "Kenya", "KEN"), _entity("e2", "Uganda", "UGA"))
    article = make_article(SENTENCE, entities=entities, events=(_event(("e1", "e2"), (), cameo=cameo),))
    assert harness.predicted_labels(article)["triple"] == triples


@pytest.mark.parametrize(
    ("actor", "actor_code", "source"),
    [
        (("e3",), "UGAREB", "UGA"),  # a lone uncoded entity: the event's inferred code counts
        (("e1", "e3"), "KENGOV", None),  # in a list the uncoded member stays countryless
    ],
)
def test_events_predicted_labels_lone_entity_takes_event_code(make_article, actor, actor_code, source):
    entities = (_entity("e1", "Kenya", "KEN"), _entity("e2", "Uganda", "UGA"),
                _entity("e3", "rebels", None))
    event = _event(actor, ("e2",)).model_copy(update={"actor_code": actor_code})
    article = make_article(SENTENCE, entities=entities, events=(event,))
    assert (source, "UGA", "11") in harness.predicted_labels(article)["triple"]


@pytest.mark.parametrize(
    ("actor_code", "sources"),
    [
        ("UGAREB", {"KEN", "UGA"}),  # the side code's country is no coded member's: the uncoded one's
        ("KENGOV", {"KEN", None}),  # the side code is the coded member's: the other stays countryless
    ],
)
def test_events_predicted_labels_compound_uncoded_member_takes_side_code(make_article, actor_code, sources):
    entities = (_entity("e1", "Kenya", "KEN"), _entity("e2", "Uganda", "UGA"),
                _entity("e3", "rebels", None))
    event = _event(("e3", "e1"), ("e2",)).model_copy(update={"actor_code": actor_code})
    article = make_article(SENTENCE, entities=entities, events=(event,))
    found = {s for s, t, r in harness.predicted_labels(article)["triple"]}
    assert found == sources


# actor_type: (source country, target country, PLOVER type), for sets without CAMEO codes


def test_events_gold_actor_type_from_plover_label_without_code():
    labels = harness.gold_labels(_item([{"source": "KENGOV", "target": "UGAMIL", "code": None,
                                         "plover": "DISAPPROVE"}]))
    assert labels["actor_type"] == {("KEN", "UGA", "ACCUSE")}
    assert labels["triple"] == set()


def test_events_gold_actor_type_reciprocal_record_gives_both_directions():
    events = [{"source": "KENGOV", "target": None, "plover": "AGREE"},
              {"source": "UGA", "target": None, "plover": "AGREE"}]
    item = harness.GoldItem("x", SENTENCE, None, events, "events", reciprocal=True)
    assert harness.gold_labels(item)["actor_type"] == {("KEN", "UGA", "AGREE"), ("UGA", "KEN", "AGREE")}
    # the same events in a record not marked reciprocal act side by side
    assert harness.gold_labels(_item(events))["actor_type"] == {("KEN", None, "AGREE"),
                                                                 ("UGA", None, "AGREE")}


def test_events_gold_actor_type_reciprocal_needs_two_source_countries():
    events = [{"source": "---GOV", "target": None, "plover": "CONSULT"},
              {"source": "UGA", "target": None, "plover": "CONSULT"}]
    item = harness.GoldItem("x", SENTENCE, None, events, "events", reciprocal=True)
    assert harness.gold_labels(item)["actor_type"] == {(None, None, "CONSULT"), ("UGA", None, "CONSULT")}


def test_events_predicted_actor_type_follows_triple_pairs(make_article):
    entities = (_entity("e1", "Kenya", "KENGOV"), _entity("e2", "Uganda", "UGA"),
                _entity("e3", "rebels", None))
    article = make_article(SENTENCE, entities=entities,
                           events=(_event(("e1", "e3"), ("e2",)), _event(("e1", "e2"), (), cameo="040")))
    assert harness.predicted_labels(article)["actor_type"] == {
        ("KEN", "UGA", "ACCUSE"), (None, "UGA", "ACCUSE"),  # compound actor expanded
        ("KEN", "UGA", "CONSULT"), ("UGA", "KEN", "CONSULT"),  # reciprocal meeting
    }


def test_events_evaluate_scores_actor_type_on_plover_only_gold(tmp_path, make_article):
    a, b = _ids_in("dev", 2)
    records = [
        {"id": a, "text": SENTENCE, "expect": "events",
         "events": [{"source": "KEN", "target": "UGA", "code": None, "plover": "DISAPPROVE"}]},
        {"id": b, "text": SENTENCE, "expect": "events",
         "events": [{"source": "UGA", "target": "KEN", "code": None, "plover": "DISAPPROVE"}]},
    ]
    stub = _StubPipeline(make_article, {a: (_event(("e1",), ("e2",)),), b: (_event(("e1",), ("e2",)),)})
    figures = harness.evaluate_events(_gold_file(tmp_path, records), split="dev", pipeline=stub).to_dict()
    at = figures["actor_type"]
    assert (at["tp"], at["fp"], at["fn"]) == (1, 1, 1)  # the second sentence has the roles swapped
    assert figures["plover"]["tp"] == 2 and figures["triple"]["tp"] == 0
