"""Per-entry dev measurements of the framing hand list, and cue-pattern families (round 8).

For every entry of ``data/loaded_words.csv`` (``extract.framing.hand_matches``), over the PTC
dev-split articles: hits, hits overlapping gold of the entry's technique, hits overlapping gold
of any technique, the gold techniques it overlaps, the partial-overlap precision of its spans
(share of their characters inside gold of its technique, what the metric credits) and a
calibrated confidence: the share of hits overlapping gold of its technique, with a small-count
prior of ``PRIOR`` pseudo-hits at the entry's hand-set confidence (``calibrated``), so an entry
seen twice moves little and one seen twelve times moves to its measured rate.

``families`` are cue patterns for Doubt, Exaggeration,Minimisation and Appeal_to_fear-prejudice
after the techniques' definitions (Da San Martino et al. 2019): each is measured as its cue only,
as the cue to the end of its sentence, and as its whole sentence (PTC gold for these techniques
is mostly clause-long). Nothing is fitted, so the dev figure is the honest one for a fixed rule;
choosing which families to keep is a selection on dev and is reported as such.

Run: ``python -m eventwire.evaluation.framing_handlist GOLD [--techniques Doubt,...]``
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field

from ..extract.framing_patterns import sentence_of
from .framing import FramingScores, GoldArticle, score_article

#: pseudo-hits at the hand-set confidence (the small-count prior)
PRIOR = 2.0
DOUBT, EXAGGERATION, FEAR = "Doubt", "Exaggeration,Minimisation", "Appeal_to_fear-prejudice"
LL, NC = "Loaded_Language", "Name_Calling,Labeling"
TECHNIQUES = (DOUBT, EXAGGERATION, FEAR)

SUPERLATIVE = r"(?:\w+est|most \w+|biggest|greatest|worst|best)"
#: family → (technique, pattern); case-insensitive, word-bounded
FAMILIES: dict[str, tuple[str, str]] = {
    # Doubt: questioning credibility
    "allegedly": (DOUBT, r"\b(?:allegedly|supposedly|purportedly|ostensibly)\b"),
    "claims to": (DOUBT, r"\bclaim(?:s|ed|ing)? to (?:be|have)\b"),
    "so-called": (DOUBT, r"\bso[- ]called\b"),
    "scare quotes": (DOUBT, r"(?<![\w,.])[\"“‘'][A-Za-z][\w-]*(?: [\w-]+){0,2}[\"”’'](?![\w])"),
    "honesty question": (DOUBT, r"[^.!?\n]*\b(?:honest|honesty|trust|truth|lie|lies|lying|lied|credib\w*|believe)\b[^.!?\n]*\?"),
    "really?": (DOUBT, r"[^.!?\n]*\b(?:really|actually|even)\b[^.!?\n]*\?"),
    "we are told": (DOUBT, r"\bwe(?:'re| are| were) (?:told|supposed to believe|expected to believe|asked to believe)\b"),
    "no evidence": (DOUBT, r"\b(?:no|without any|without|not a shred of|zero) (?:evidence|proof)\b"),
    # Exaggeration,Minimisation
    "superlative ever": (EXAGGERATION, rf"\b{SUPERLATIVE}(?: [\w-]+){{0,3}} (?:ever|in history|of all time)\b"),
    "never before": (EXAGGERATION, r"\bnever before\b|\blike never before\b|\bunprecedented\b"),
    "nothing but": (EXAGGERATION, r"\bnothing (?:but|more than|less than|short of)\b"),
    "mere / just a": (EXAGGERATION, r"\b(?:mere|merely|just a|only a)\b"),
    "every single": (EXAGGERATION, r"\b(?:every single|all of them|the entire world|the whole world)\b"),
    "absolute quantifier": (EXAGGERATION, r"\b(?:absolutely|totally|completely|utterly) (?:no|nothing|everything|every|all|none)\b"),
    "huge numbers": (EXAGGERATION, r"\b(?:millions|billions|thousands) (?:upon|and) (?:millions|billions|thousands)\b|\bcountless\b"),
    # Appeal_to_fear-prejudice
    "threat to our": (FEAR, r"\b(?:threat|danger|menace) to (?:our|the|your|all|every)\b"),
    "will destroy": (FEAR, r"\b(?:will|would|could|going to) (?:destroy|kill|wipe out|ruin|devastate|annihilate)\b"),
    "existential": (FEAR, r"\bexistential\b|\bbefore it'?s too late\b"),
    "invasion / flood": (FEAR, r"\b(?:invasion|invaders|flood|influx|hordes?) of\b"),
    "dire consequence": (FEAR, r"\b(?:will|would|could) (?:lead to|mean|bring|result in)\b[^.!?\n]{0,40}?\b(?:war|death|deaths|"
                               r"chaos|disaster|collapse|catastrophe|destruction|bloodshed|ruin)\b"),
    "our children": (FEAR, r"\bour (?:children|kids|families|way of life|civilization|daughters)\b"),
}


@dataclass
class Tally:
    hits: int = 0
    same: int = 0
    any: int = 0
    chars: float = 0.0
    techniques: Counter = field(default_factory=Counter)

    def add(self, article: GoldArticle, technique: str, start: int, end: int) -> None:
        overlapping = [(t, s, e) for t, s, e in article.spans if s < end and start < e]
        self.hits += 1
        self.same += any(t == technique for t, _, _ in overlapping)
        self.any += bool(overlapping)
        self.techniques.update({t for t, _, _ in overlapping})
        inside = set()
        for t, s, e in overlapping:
            if t == technique:
                inside.update(range(max(s, start), min(e, end)))
        self.chars += len(inside) / max(end - start, 1)


def calibrated(same: int, hits: int, prior: float, weight: float = PRIOR) -> float:
    """Share of hits on gold of the entry's technique, with ``weight`` pseudo-hits at ``prior``."""
    return (same + weight * prior) / (hits + weight)


def entry_table(articles: list[GoldArticle]) -> dict[str, tuple[str, float, Tally]]:
    """Hand-list entry → (technique, hand-set confidence, dev tally)."""
    from ..extract.framing import hand_matches

    out: dict[str, tuple[str, float, Tally]] = {}
    for article in articles:
        for key, span in hand_matches(article.text):
            row = out.setdefault(key, (span.technique, span.confidence, Tally()))
            row[2].add(article, span.technique, span.start, span.end)
    return out


def recalibrated(articles: list[GoldArticle], train_ids, techniques=(LL, NC), weight: float = PRIOR) -> dict[str, float]:
    """Entry → confidence measured on the articles whose id is in ``train_ids`` only (round 9:
    applied to a held-out fold, so the measurement never sees it): :func:`calibrated` with the
    entry's hand-set value as prior, 2 places (as the CSV stores it), for the entries of
    ``techniques`` that match there; entries not seen are absent and keep their CSV value."""
    train_ids = set(train_ids)
    table = entry_table([a for a in articles if a.id in train_ids])
    return {key: round(calibrated(t.same, t.hits, confidence, weight), 2)
            for key, (technique, confidence, t) in table.items() if technique in techniques}


def hand_spans_with(text: str, confidences: dict[str, float], min_confidence: float | None = None) -> list:
    """``extract.framing.hand_list_spans`` with the entries of ``confidences`` at those values
    (the others at the CSV's); spans under ``min_confidence`` (default ``MIN_CONFIDENCE``) left out."""
    from ..extract.framing import MIN_CONFIDENCE, hand_matches

    floor = MIN_CONFIDENCE if min_confidence is None else min_confidence
    out = []
    for key, span in hand_matches(text):
        confidence = confidences.get(key, span.confidence)
        if confidence >= floor:
            out.append((span.technique, span.start, span.end, confidence))
    return out


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``start..end`` (within its line), leading spaces stripped (as
    measured in round 8: quotation marks kept, unlike the shipped patterns)."""
    return sentence_of(text, start, end, strip="")


def family_spans(text: str, pattern: str, extent: str) -> list[tuple[int, int]]:
    """Spans of one family's matches: the cue, the cue to the end of its sentence, or the sentence."""
    out = []
    for m in re.finditer(pattern, text, re.IGNORECASE):
        s, e = m.span()
        if extent == "to_end":
            e = sentence(text, s, e)[1]
        elif extent == "sentence":
            s, e = sentence(text, s, e)
        out.append((s, e))
    return out


def family_table(articles: list[GoldArticle], families=FAMILIES, extents=("cue", "to_end", "sentence")) -> dict:
    """(family, extent) → (span tally, metric scores of that family's spans alone)."""
    out = {}
    for (name, (technique, pattern)), extent in ((f, x) for f in families.items() for x in extents):
        tally, scores = Tally(), FramingScores()
        for article in articles:
            spans = family_spans(article.text, pattern, extent)
            for s, e in spans:
                tally.add(article, technique, s, e)
            score_article(scores, [(technique, s, e) for s, e in spans], article.spans)
        out[(name, extent)] = (technique, tally, scores.per_technique.get(technique))
    return out


def main(argv: list[str]) -> None:
    from .framing import load_gold

    articles = list(load_gold(argv[0], "dev"))
    techniques = tuple(argv[argv.index("--techniques") + 1].split("|")) if "--techniques" in argv else TECHNIQUES
    gold = Counter(t for a in articles for t, _, _ in a.spans)
    print("dev gold spans: " + ", ".join(f"{t} {gold[t]}" for t in techniques))
    print("| entry | technique | hits | on its technique | on any | char P | confidence | calibrated | gold techniques overlapped |")
    print("|---|---|---|---|---|---|---|---|---|")
    for key, (technique, confidence, t) in sorted(entry_table(articles).items(), key=lambda x: (x[1][0], x[0])):
        if technique not in techniques and "--all" not in argv:
            continue
        top = ", ".join(f"{name} {n}" for name, n in t.techniques.most_common(3))
        print(f"| {key} | {technique} | {t.hits} | {t.same} | {t.any} | {t.chars / t.hits:.2f} | {confidence} | "
              f"{calibrated(t.same, t.hits, confidence):.2f} | {top} |")
    if "--families" in argv:
        print("| family | technique | extent | hits | on its technique | on any | P | R | F1 |")
        print("|---|---|---|---|---|---|---|---|---|")
        for (name, extent), (technique, t, s) in family_table(articles).items():
            p, r, f = (s.precision, s.recall, s.f1) if s else (0.0, 0.0, 0.0)
            print(f"| {name} | {technique} | {extent} | {t.hits} | {t.same} | {t.any} | {p:.3f} | {r:.3f} | {f:.3f} |")
    if "--patterns" in argv:
        for technique, (t, s) in pattern_table(articles).items():
            print(f"| shipped patterns | {technique} | | {t.hits} | {t.same} | {t.any} | {s.precision:.3f} | "
                  f"{s.recall:.3f} | {s.f1:.3f} |")


def pattern_table(articles: list[GoldArticle]) -> dict[str, tuple[Tally, object]]:
    """The shipped families of ``extract.framing_patterns``: technique → (tally, scores)."""
    from ..extract.framing_patterns import pattern_spans

    tallies, scores = {}, FramingScores()
    for article in articles:
        spans = pattern_spans(article.text)
        for t, s, e, _ in spans:
            tallies.setdefault(t, Tally()).add(article, t, s, e)
        score_article(scores, [(t, s, e) for t, s, e, _ in spans], article.spans)
    return {t: (tally, scores.per_technique.get(t)) for t, tally in tallies.items()}


if __name__ == "__main__":
    main(sys.argv[1:])
