"""Learn ``data/framing_learned.csv`` from the PTC gold spans of the **dev** train articles.

A word list, not a model: for each lowercased word (stop words and words under 3 letters left
out) we count, over the dev articles only, how often it occurs (``total``), how often it lies
inside a gold span of a technique (``in_span``, a span of more than ``SHORT_SPAN`` words counts
``LONG_WEIGHT``, since a long span does not say which of its words carries the technique) and in
how many articles (``articles``). The estimate is smoothed towards a prior that a general,
corpus-independent resource gives: VADER's valence for the word (strongly valenced words are
likelier loaded), so a word seen once is kept only when the prior backs it::

    estimate = (in_span + M * prior) / (total + M)

Loaded_Language rows are counted by Porter stem ("annihilate", "annihilated", "annihilation"
share one entry and so one count: a derived form carries its root's connotation), stored with a
leading ``~``; Name_Calling,Labeling rows by word form, since a label is a particular noun
("democrat" labels, "democratic" rarely does; stem counting lowered its cross-validated F1).
A word is kept for a technique when ``estimate >= THRESHOLD`` (M and THRESHOLD were chosen by
two-fold cross-validation inside the dev split; the test split was never looked at). Spans
from the list alone need an estimate of 0.3; lower rows only feed the scorer. Only single
words with counts are stored, never text around them.

Run: ``python -m eventwire.evaluation.framing_learn GOLD_FOLDER src/eventwire/data/framing_learned.csv``
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..extract.framing_learned import stem, stop_words
from .framing import GoldArticle, load_gold

TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling")
#: technique of a silver span whose technique is not known (``framing_silver.UNKNOWN``)
UNKNOWN = "?"
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")
SHORT_SPAN = 3
LONG_WEIGHT = 0.5
M = 1.0
#: rows down to this estimate are stored: the scorer (``extract.framing_model``) reads the
#: estimate as one feature among others; a learned word alone makes a span only from
#: ``extract.framing.MIN_CONFIDENCE`` (0.3) up. 0.08 was picked by cross-validation in dev.
THRESHOLD = 0.08
#: in-span count a word without VADER valence needs (one hit inside a short span, not half of a long one)
MIN_NEUTRAL = 1.0
#: prior rate of a word inside a span of the technique, by VADER |valence| (dev base rates)
PRIORS = {"Loaded_Language": (0.12, 0.05, 0.02), "Name_Calling,Labeling": (0.05, 0.02, 0.02)}


@dataclass
class Counts:
    total: Counter = field(default_factory=Counter)
    in_span: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    articles: dict[str, dict[str, set]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    #: key → the most frequent word form it stands for (stem keys only)
    forms: dict[str, str] = field(default_factory=dict)
    form_counts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))


def normalise(word: str) -> str:
    return word.lower().replace("’", "'")


def count_words(articles: Iterable[GoldArticle], techniques=TECHNIQUES, key=normalise) -> Counts:
    """Occurrence and in-span counts of every word of ``articles`` (by ``key`` of the word)."""
    counts = Counts()
    for article in articles:
        spans = [(t, s, e, len(article.text[s:e].split())) for t, s, e in article.spans if t in techniques]
        unknown = [(s, e) for t, s, e in article.spans if t == UNKNOWN]
        for match in WORD.finditer(article.text):
            if unknown and any(s <= match.start() and match.end() <= e for s, e in unknown):
                continue  # a silver span of no confident technique: the word is counted nowhere
            word = key(match.group())
            counts.total[word] += 1
            if key is not normalise:
                form = normalise(match.group())
                counts.form_counts[word][form] += 1
            for technique, start, end, size in spans:
                if start <= match.start() and match.end() <= end:
                    counts.in_span[technique][word] += 1.0 if size <= SHORT_SPAN else LONG_WEIGHT
                    counts.articles[technique][word].add(article.id)
    for word, forms in counts.form_counts.items():
        counts.forms[word] = forms.most_common(1)[0][0]
    return counts


def stem_key(word: str) -> str:
    """``~`` + the Porter stem of a word (the learned list's key for Loaded_Language rows)."""
    return "~" + stem(normalise(word))


def count_both(articles: Iterable[GoldArticle]) -> tuple[Counts, Counts]:
    """Counts by word form and by stem, in one read of ``articles``."""
    articles = list(articles)
    # Name_Calling rows come from the word-form counts, Loaded_Language rows from the stem counts
    words = [a for a in articles if "Name_Calling,Labeling" not in a.masked]
    stems = [a for a in articles if "Loaded_Language" not in a.masked]
    return count_words(words), count_words(stems, key=stem_key)


def select_both(counts: tuple[Counts, Counts], **options) -> list[dict]:
    """Name_Calling rows keyed by word, Loaded_Language rows keyed by ``~stem``."""
    words, stems = counts
    return ([r for r in select(words, **options) if r["technique"] == "Name_Calling,Labeling"]
            + [r for r in select(stems, **options) if r["technique"] == "Loaded_Language"])


def prior(word: str, technique: str) -> float:
    """Corpus-independent prior from VADER's valence lexicon."""
    valence = _vader_valence(word)
    strong, some, none = PRIORS[technique]
    return strong if valence >= 1.5 else some if valence > 0 else none


@lru_cache(maxsize=1)
def _valences() -> dict[str, float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon)


def _vader_valence(word: str) -> float:
    return abs(_valences().get(word, 0.0))


def select(counts: Counts, *, m: float = M, threshold: float = THRESHOLD,
           min_neutral: float = MIN_NEUTRAL) -> list[dict]:
    """Rows (word, technique, counts, estimate) whose smoothed estimate reaches ``threshold``."""
    stop, best = stop_words(), {}
    for technique, hits in counts.in_span.items():
        for word, hit in hits.items():
            plain = counts.forms.get(word, word)
            if plain in stop or len(plain) < 3 or plain.endswith("'s"):
                continue
            if hit < min_neutral and not _vader_valence(plain):
                continue  # no general resource marks it: a long-span share is no evidence
            estimate = (hit + m * prior(plain, technique)) / (counts.total[word] + m)
            if estimate >= threshold and estimate > best.get(word, {}).get("estimate", 0):
                best[word] = {"word": word, "technique": technique, "in_span": round(hit, 1),
                              "total": counts.total[word],
                              "articles": len(counts.articles[technique][word]),
                              "estimate": round(estimate, 3)}
    return sorted(best.values(), key=lambda row: (row["technique"], row["word"]))


def learn(gold: str | Path) -> list[dict]:
    """The learned rows from the dev split of a PTC folder."""
    return select_both(count_both(load_gold(gold, "dev")))


def write(rows: list[dict], out: str | Path) -> None:
    header = ("# learned by eventwire.evaluation.framing_learn from the PTC v2 train articles of the dev "
              f"split only; kept when (in_span + {M}*prior)/(total + {M}) >= {THRESHOLD}; '~' marks a Porter "
              "stem (Loaded_Language rows). Aggregate counts only, no corpus text (PTC is research-only)\n")
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        writer = csv.DictWriter(fh, fieldnames=["word", "technique", "in_span", "total", "articles", "estimate"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    if "--silver" in sys.argv:  # the dev-split dev articles join (``framing_silver.from_argv``)
        from .framing_silver import from_argv

        rows = select_both(count_both(from_argv(sys.argv[1], list(load_gold(sys.argv[1], "dev")), None, sys.argv)))
    else:
        rows = learn(sys.argv[1])
    write(rows, sys.argv[2])
