"""The pipeline: raw documents → cleaned articles → spaCy analysis in batches → extract steps.

``Pipeline`` checks at build time that every step's ``requires`` is assigned by cleaning or by
an earlier step (house rule 2), then runs batches: one ``nlp.pipe`` call per batch, then each
step per article. A step that raises turns that one article into a :class:`Rejection` (E013):
a bad article never stops the batch.

A step may also define ``learn(pairs)``: it is called once per *window* of ``window`` cleaned
articles (several batches) with every ``(article, analysis)`` pair of the window, before any
step runs on them, and may read only fields cleaning fills (it is checked like ``requires``).
The places step learns each outlet's home region there (two passes over places: the window is
read, then resolved), so an article's result depends on the window as a set, not on the order.
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
    #: outlet profiles (``eventwire outlets`` writes them): fixed local lexicon for places
    outlet_profiles_file: Path | None = None
    #: learn each outlet's home region from the articles themselves (places, two passes per
    #: window); on by default
    learn_outlets: bool = True
    #: votes learned before (article id -> (outlet, regions)), e.g. from the store
    outlet_votes: dict | None = None
    #: articles per learning window (read together before any is resolved)
    window: int = 512
    #: framing's optional word encoder ("minilm": the ``neural`` extra; None: the linear models)
    framing_encoder: str | None = None


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
        if getattr(step, "learn", None) is not None:
            early = [f for f in step.requires if f not in CLEANED_FIELDS]
            if early:
                raise PipelineOrderError(
                    f"step {step.name} learns from a whole window before any step runs, "
                    f"but requires {early}")


def default_steps(config: PipelineConfig | None = None) -> list[Step]:
    """The standard extractors, in an order that satisfies their declared needs."""
    from .extract.actors_domestic import DomesticActorsStep
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
        PlacesStep(outlet_profiles=profiles, learn_outlets=config.learn_outlets,
                   prior_votes=config.outlet_votes),
        DomesticActorsStep(),
        DatesStep(),
        AmountsStep(),
        QuotesStep(),
        EventsStep(),
        ToneStep(),
        FramingStep(encoder=config.framing_encoder),
        ThemesStep(),
    ]


class Pipeline:
    """An ordered, checked list of steps and the loop that runs them over documents."""

    def __init__(self, steps: Sequence[Step], *, batch_size: int = 32, window: int = 0) -> None:
        check_order(steps)
        self.steps = list(steps)
        self.batch_size = batch_size
        #: articles read together (a step's ``learn``), a multiple of nothing: at least a batch
        self.window = max(window, batch_size)
        self._provenance: tuple[str, ...] | None = None

    @classmethod
    def default(cls, config: PipelineConfig | None = None) -> "Pipeline":
        config = config or PipelineConfig()
        return cls(default_steps(config), batch_size=config.batch_size,
                   window=config.window if config.learn_outlets else 0)

    def run(self, inputs: Iterable[RawDocument | Rejection]) -> Iterator[Result]:
        """Clean, annotate and extract, yielding one result per input document, in order."""
        from .clean import clean

        batch: list[Result] = []
        for item in inputs:
            batch.append(item if isinstance(item, Rejection) else _clean_safely(clean, item))
            if len(batch) >= self.window:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def apply(self, article: Article, analysis) -> Article:
        """Run every step over one cleaned article."""
        for step in self.steps:
            article = step(article, analysis)
        return self.stamp(article)

    @property
    def provenance(self) -> tuple[str, ...]:
        """What ``Article.steps`` records: the spaCy model, then each step's versioned name."""
        if self._provenance is None:
            from .annotate.nlp import model_label

            self._provenance = (f"spacy:{model_label()}",) + tuple(s.name for s in self.steps)
        return self._provenance

    def stamp(self, article: Article) -> Article:
        return article.model_copy(update={"steps": self.provenance})

    def run_articles(self, articles: list[Article]) -> list[Result]:
        """Annotate and extract one window of cleaned articles: every step's ``learn`` sees the
        whole window first, then the steps run batch by batch (``batch_size`` articles)."""
        from .annotate.nlp import analyse

        analyses = list(analyse([a.text for a in articles], batch_size=self.batch_size))
        for step in self.steps:
            learn = getattr(step, "learn", None)
            if learn is not None and articles:
                learn(list(zip(articles, analyses)))
        results: list[Result] = []
        for i in range(0, len(articles), self.batch_size):
            results.extend(self._run_steps(articles[i:i + self.batch_size],
                                           analyses[i:i + self.batch_size]))
            analyses[i:i + self.batch_size] = [None] * len(analyses[i:i + self.batch_size])
        return results

    def _run_steps(self, articles: list[Article], analyses: list) -> list[Result]:
        """Every step over one batch, step by step across the batch (so a step's ``prepare``
        can batch its parses); a failing article becomes a Rejection."""
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
        return [self.stamp(r) if isinstance(r, Article) else r for r in results]

    def _run_batch(self, batch: list[Result]) -> Iterator[Result]:
        done = iter(self.run_articles([r for r in batch if isinstance(r, Article)]))
        for result in batch:
            yield result if isinstance(result, Rejection) else next(done)


def _clean_safely(clean, raw: RawDocument) -> Result:
    try:
        return clean(raw)
    except Exception as exc:  # cleaning bugs become a rejection, never a crash
        return Rejection(raw.uri, E.E013, f"cleaning: {type(exc).__name__}: {exc}")
