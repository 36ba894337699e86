"""A step's ``learn`` sees a whole window before any article is resolved; places learn outlet
profiles there, so an article's places do not depend on the order of the window."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline, PipelineOrderError, check_order
from eventwire.read.base import RawDocument

TEXT = "The foreign ministers of Kenya and Ethiopia met in Nairobi on Tuesday."


class LearningStep:
    name, assigns = "learning", ()

    def __init__(self, requires=()):
        self.requires = requires
        self.windows: list[int] = []
        self.calls = 0

    def learn(self, pairs):
        assert self.calls == sum(self.windows)  # earlier windows done, none of this one
        self.windows.append(len(pairs))

    def __call__(self, article, analysis):
        self.calls += 1
        return article.model_copy(update={"themes": (f"w{len(self.windows)}",)})


def test_learn_sees_each_window_whole_before_its_articles_run():
    step = LearningStep()
    pipeline = Pipeline([step], batch_size=2, window=4)
    docs = [RawDocument(uri=f"{i}.txt", format="txt", content=TEXT + f" Day {i}.")
            for i in range(5)]
    results = list(pipeline.run(docs))
    assert step.windows == [4, 1]
    assert [r.themes for r in results] == [("w1",)] * 4 + [("w2",)]


def test_a_learning_step_may_read_only_what_cleaning_fills():
    check_order([LearningStep(requires=("text", "source"))])
    with pytest.raises(PipelineOrderError, match="learns"):
        check_order([type("E", (), {"name": "entities", "requires": (),
                                    "assigns": ("entities",)})(),
                     LearningStep(requires=("entities",))])


STORIES = (
    "Ohio lawmakers passed a two-year budget late on Thursday in Columbus.",
    "Farmers across Ohio expect a late harvest this year, growers in Toledo said.",
    "Voters in Marietta approved a school levy on Tuesday, the city said.",
)


def _marietta(order, learn):
    from eventwire.annotate.nlp import analyse
    from eventwire.extract.places import PlacesStep
    from eventwire.record import Article, Source, article_id

    records = [Article(id=article_id(t), text=t,
                       source=Source(uri=f"{i}.txt", format="txt", outlet="Valley Times"))
               for i, t in enumerate(STORIES)]
    records = [records[i] for i in order]
    analyses = list(analyse(r.text for r in records))
    step = PlacesStep(learn_outlets=learn)
    step.learn(list(zip(records, analyses)))
    out = [step(r, a) for r, a in zip(records, analyses)]
    [place] = [p for a in out for p in a.places if p.name == "Marietta"]
    return place.admin1


def test_places_learn_the_outlet_whatever_the_order():
    assert _marietta((0, 1, 2), learn=False) == "Georgia"
    assert _marietta((0, 1, 2), learn=True) == "Ohio"
    assert _marietta((2, 1, 0), learn=True) == "Ohio"
    assert _marietta((1, 2, 0), learn=True) == "Ohio"


def test_the_default_pipeline_learns_outlets_unless_told_not_to():
    from eventwire.extract.places import PlacesStep
    from eventwire.pipeline import PipelineConfig

    on = Pipeline.default()
    [places] = [s for s in on.steps if isinstance(s, PlacesStep)]
    assert places.learn_outlets and places.requires == ("source", "text") and on.window == 512
    off = Pipeline.default(PipelineConfig(learn_outlets=False))
    [places] = [s for s in off.steps if isinstance(s, PlacesStep)]
    assert not places.learn_outlets and off.window == off.batch_size
