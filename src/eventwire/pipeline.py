"""The pipeline: raw documents → cleaned articles → spaCy analysis in batches → extract steps.

``Pipeline`` checks at build time that every step's ``requires`` is assigned by cleaning or by
an earlier step (house rule 2), then runs batches: one ``nlp.pipe`` call per batch, then each
step per article. A step that raises turns that one article into a :class:`Rejection` (E013):
a bad article never stops the batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from .errors import E
from .read.base import RawDocument, Rejection
from .record import Article
from .step import CLEANED_FIELDS, Step

Result = Article | Rejection


class PipelineOrderError(Exception):
    """A step reads a field nothing before it writes."""


@dataclass(frozen=True)
class PipelineConfig:
    """Options that shape the default steps."""

    actors_file: Path | None = None
    batch_size: int = 32
    #: outlet profiles (``eventwire outlets`` writes them): opt-in local lexicon for places
    outlet_profiles_file: Path | None = None


def check_order(steps: Sequence[Step]) -> None:
    """Refuse an order in which a step requires a field that is not yet assigned."""
    available = set(CLEANED_FIELDS)
    for step in steps:
        missing = [f for f in step.requires if f not in available]
        if missing:
            raise PipelineOrderError(
                f"step {step.name} requires {missing}, which no earlier step assigns"
            )
        available.update(step.assigns)


def default_steps(config: PipelineConfig | None = None) -> list[Step]:
    """The standard extractors, in an order that satisfies their declared needs."""
    from .extract.amounts import AmountsStep
    from .extract.dates import DatesStep
    from .extract.entities import EntitiesStep
    from .extract.events import EventsStep
    from .extract.framing import FramingStep
    from .extract.places import PlacesStep
    from .extract.quotes import QuotesStep
    from .extract.themes import ThemesStep
    from .extract.tone import ToneStep

    from .extract.actors_data import load_vocabulary

    from .extract.place_outlets import load_profiles

    config = config or PipelineConfig()
    vocabulary = load_vocabulary(config.actors_file) if config.actors_file else None
    profiles = load_profiles(config.outlet_profiles_file) if config.outlet_profiles_file else None
    return [
        EntitiesStep(vocabulary=vocabulary),
        PlacesStep(outlet_profiles=profiles),
        DatesStep(),
        AmountsStep(),
        QuotesStep(),
        EventsStep(),
        ToneStep(),
        FramingStep(),
        ThemesStep(),
    ]


class Pipeline:
    """An ordered, checked list of steps and the loop that runs them over documents."""

    def __init__(self, steps: Sequence[Step], *, batch_size: int = 32) -> None:
        check_order(steps)
        self.steps = list(steps)
        self.batch_size = batch_size

    @classmethod
    def default(cls, config: PipelineConfig | None = None) -> "Pipeline":
        config = config or PipelineConfig()
        return cls(default_steps(config), batch_size=config.batch_size)

    def run(self, inputs: Iterable[RawDocument | Rejection]) -> Iterator[Result]:
        """Clean, annotate and extract, yielding one result per input document, in order."""
        from .clean import clean

        batch: list[Result] = []
        for item in inputs:
            batch.append(item if isinstance(item, Rejection) else _clean_safely(clean, item))
            if len(batch) >= self.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def apply(self, article: Article, analysis) -> Article:
        """Run every step over one cleaned article."""
        for step in self.steps:
            article = step(article, analysis)
        return article

    def run_articles(self, articles: list[Article]) -> list[Result]:
        """Annotate and extract one batch of cleaned articles, step by step across the batch
        (so a step's ``prepare`` can batch its parses); a failing article becomes a Rejection."""
        from .annotate.nlp import analyse

        analyses = list(analyse([a.text for a in articles], batch_size=self.batch_size))
        results: list[Result] = list(articles)
        for step in self.steps:
            alive = [i for i, r in enumerate(results) if isinstance(r, Article)]
            prepare = getattr(step, "prepare", None)
            if prepare is not None and alive:
                try:
                    prepare([(results[i], analyses[i]) for i in alive])
                except Exception:  # preparation is an optimisation: steps parse lazily anyway
                    pass
            for i in alive:
                try:
                    results[i] = step(results[i], analyses[i])
                except Exception as exc:  # one bad article must not stop the batch
                    results[i] = Rejection(articles[i].source.uri, E.E013,
                                           f"{step.name}: {type(exc).__name__}: {exc}")
        return results

    def _run_batch(self, batch: list[Result]) -> Iterator[Result]:
        done = iter(self.run_articles([r for r in batch if isinstance(r, Article)]))
        for result in batch:
            yield result if isinstance(result, Rejection) else next(done)


def _clean_safely(clean, raw: RawDocument) -> Result:
    try:
        return clean(raw)
    except Exception as exc:  # cleaning bugs become a rejection, never a crash
        return Rejection(raw.uri, E.E013, f"cleaning: {type(exc).__name__}: {exc}")
