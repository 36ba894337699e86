"""The pipeline refuses impossible step orders and turns a failing step into a rejection."""

from __future__ import annotations

import pytest

from eventwire.errors import E
from eventwire.pipeline import Pipeline, PipelineOrderError, check_order
from eventwire.read.base import RawDocument, Rejection


class FakeStep:
    def __init__(self, name, requires=(), assigns=(), fail=False):
        self.name, self.requires, self.assigns, self.fail = name, requires, assigns, fail

    def __call__(self, article, analysis):
        if self.fail:
            raise RuntimeError("boom")
        return article.model_copy(update={"themes": article.themes + (self.name,)})


def test_pipeline_refuses_a_step_before_what_it_needs():
    with pytest.raises(PipelineOrderError, match="needs-entities"):
        check_order([FakeStep("needs-entities", requires=("entities",)),
                     FakeStep("entities", assigns=("entities",))])


def test_pipeline_accepts_fields_cleaning_fills():
    check_order([FakeStep("reads-text", requires=("text", "source"))])


TEXT = ("The foreign ministers of Kenya and Ethiopia met in Nairobi on Tuesday to discuss "
        "the border dispute and a new trade corridor between the two countries.")


def test_pipeline_runs_steps_in_order():
    pipeline = Pipeline([FakeStep("first"), FakeStep("second")])
    [article] = pipeline.run([RawDocument(uri="a.txt", format="txt", content=TEXT)])
    assert article.themes == ("first", "second")


def test_pipeline_records_the_model_and_steps_that_made_the_record():
    """``steps`` traces a record to its spaCy model and each extract step's versioned name."""
    pipeline = Pipeline([FakeStep("eventwire.first.v1"), FakeStep("eventwire.second.v2")])
    [article] = pipeline.run([RawDocument(uri="a.txt", format="txt", content=TEXT)])
    model, *names = article.steps
    assert model.startswith("spacy:en_core_web_sm") and model[-1].isdigit()
    assert names == ["eventwire.first.v1", "eventwire.second.v2"]


def test_pipeline_failing_step_rejects_only_that_article():
    pipeline = Pipeline([FakeStep("bad", fail=True)])
    results = list(pipeline.run([
        RawDocument(uri="a.txt", format="txt", content=TEXT),
        Rejection(uri="b.bin", error=E.E002),
    ]))
    assert [type(r).__name__ for r in results] == ["Rejection", "Rejection"]
    assert results[0].error is E.E013 and "boom" in results[0].reason
    assert results[1].error is E.E002


class PreparingStep(FakeStep):
    """A step with the batch adapter: prepare() sees the whole batch once, before any call."""

    def __init__(self):
        super().__init__("preparing")
        self.prepared: list[int] = []

    def prepare(self, pairs):
        self.prepared.append(len(pairs))


def test_pipeline_prepares_each_step_once_per_batch():
    step = PreparingStep()
    pipeline = Pipeline([step], batch_size=2)
    docs = [RawDocument(uri=f"{i}.txt", format="txt", content=TEXT + f" Day {i}.") for i in range(3)]
    results = list(pipeline.run(docs))
    assert step.prepared == [2, 1]
    assert all(r.themes == ("preparing",) for r in results)


def test_pipeline_batch_parse_gives_the_same_events_as_one_by_one():
    from eventwire.annotate.nlp import analyse_one
    from eventwire.clean import clean

    text = ("Kenyan President Daniel Mwangi met Ethiopian Prime Minister Abebe Tesfaye in Nairobi "
            "on Tuesday. Ethiopian troops will withdraw from the border next month, officials said. "
            "\u201cThis corridor will carry goods,\u201d Mwangi said after the talks with Ethiopia.")
    article = clean(RawDocument(uri="k.txt", format="txt", content=text))
    pipeline = Pipeline.default()
    [batched] = pipeline.run_articles([article])
    single = pipeline.apply(article, analyse_one(article.text))
    assert batched.to_dict() == single.to_dict()
    assert batched.events and batched.quotes
