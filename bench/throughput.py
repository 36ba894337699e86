"""Throughput of the eventwire pipeline against a bare spaCy pass over the same texts, in one run.

    python bench/throughput.py CORPUS [--limit N] [--batch-size B] [--json]

CORPUS is any input eventwire reads (a folder, a .jsonl.gz …). Texts are read and cleaned
once; then, on the same cleaned texts and in this order:
  1. bare NER: spaCy ``nlp.pipe`` with only the ``ner`` component (the baseline);
  2. bare full: spaCy's default English pipeline (tagger, parser, lemmatizer, ner);
  3. eventwire: scan (senter+ner) + every extract step, each step timed on its own.
Prints articles/s, words/s, seconds per stage, the ratios to both baselines and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from itertools import islice

from eventwire.annotate.nlp import analyse, model_name
from eventwire.clean import clean
from eventwire.pipeline import Pipeline
from eventwire.read import read_paths
from eventwire.read.base import Rejection


class Timed:
    """A step wrapper that adds up the time spent in the step."""

    def __init__(self, step) -> None:
        self.step, self.name = step, step.name
        self.requires, self.assigns = step.requires, step.assigns
        self.seconds = 0.0
        if hasattr(step, "prepare"):
            self.prepare = self._prepare
        if getattr(step, "learn", None) is not None:  # places learns outlets per window
            self.learn = self._learn

    def _learn(self, pairs) -> None:
        t = time.perf_counter()
        try:
            self.step.learn(pairs)
        finally:
            self.seconds += time.perf_counter() - t

    def _prepare(self, pairs) -> None:
        t = time.perf_counter()
        try:
            self.step.prepare(pairs)
        finally:
            self.seconds += time.perf_counter() - t

    def __call__(self, article, analysis):
        t = time.perf_counter()
        try:
            return self.step(article, analysis)
        finally:
            self.seconds += time.perf_counter() - t


def _machine() -> str:
    """CPU model, cores, memory and Python: the figures mean nothing without them."""
    import os

    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            model = next((l.split(":", 1)[1].strip() for l in fh if l.startswith("model name")), "")
        with open("/proc/meminfo", encoding="utf-8") as fh:
            mem_gb = int(fh.readline().split()[1]) / 1024 / 1024
    except OSError:
        mem_gb = 0.0
    return (f"{platform.machine()} {model} × {os.cpu_count()} cores, {mem_gb:.0f} GB, "
            f"python {platform.python_version()}, spaCy model {model_name()}")


def load(corpus: str, limit: int | None):
    t = time.perf_counter()
    raws = islice((r for r in read_paths([corpus]) if not isinstance(r, Rejection)), limit)
    articles = [a for a in (clean(r) for r in raws) if not isinstance(a, Rejection)]
    return articles, time.perf_counter() - t


def bare(texts: list[str], keep: tuple[str, ...] | None, batch_size: int) -> float:
    import spacy

    nlp = spacy.load(model_name())
    if keep is not None:
        nlp.select_pipes(enable=list(keep))
    nlp.max_length = 2_000_000
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - t


def _warm_up(pipeline: Pipeline, article) -> None:
    """Load models, gazetteer and vocabularies before timing (spaCy's load is excluded too)."""
    warm = article.model_copy(update={"text": article.text[:2000]})
    for analysis in analyse([warm.text]):
        pipeline.apply(warm, analysis)
        analysis.parse(analysis.sentences[:2])


def ours(articles, batch_size: int) -> tuple[float, float, list[Timed]]:
    default = Pipeline.default()  # the default's window: places learns outlets over it
    steps = [Timed(s) for s in default.steps]
    pipeline = Pipeline(steps, batch_size=batch_size, window=default.window)
    _warm_up(pipeline, articles[0])
    for step in steps:
        step.seconds = 0.0
    t = time.perf_counter()
    for start in range(0, len(articles), pipeline.window):  # the pipeline's own window path
        pipeline.run_articles(articles[start : start + pipeline.window])
    total = time.perf_counter() - t
    analysis_cost = total - sum(s.seconds for s in steps)
    return total, analysis_cost, steps


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    articles, read_s = load(args.corpus, args.limit)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    ner_s = bare(texts, ("ner",), args.batch_size)
    full_s = bare(texts, None, args.batch_size)
    total_s, scan_s, steps = ours(articles, args.batch_size)
    result = {
        "machine": _machine(),
        "corpus": args.corpus, "articles": len(articles), "words": words,
        "read_clean_s": round(read_s, 2), "bare_ner_s": round(ner_s, 2),
        "bare_full_s": round(full_s, 2), "eventwire_s": round(total_s, 2),
        "eventwire_scan_s": round(scan_s, 2),
        "steps_s": {s.name: round(s.seconds, 2) for s in steps},
        "articles_per_s": round(len(articles) / total_s, 1),
        "words_per_s": round(words / total_s),
        "ratio_to_bare_ner": round(total_s / ner_s, 3),
        "ratio_to_bare_full": round(total_s / full_s, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>22}: {value}")
        slowest = max(result["steps_s"].items(), key=lambda kv: kv[1], default=None)
        print(f"{'slowest step':>22}: {slowest}")
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
