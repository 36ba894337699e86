"""Span edges of the framing step, measured on the dev two-fold CV (round 7, item 2).

The partial-overlap score gives a predicted span the share of its own characters inside gold
(precision) and the share of gold it covers (recall), so edges matter apart from ranking. This
module prints, per technique, the length distribution (words) of predicted and gold spans and
the CV score of the shipped first stage's spans with general edge rules applied:

* ``trim``: leading determiners/auxiliaries/pronouns and trailing function words (spaCy's
  stop-word list) or punctuation are cut (a phrase is loaded, not its article or auxiliary);
* ``booster``: an intensifier right before the span (VADER's booster list: "very", "utterly",
  "so") joins it ("utterly disgraceful");
* ``so-called``: "so-called" right before a span joins it (the marker is part of the label);
* ``article``: a determiner right before the span joins it (what the step already does for
  Name_Calling, measured for Loaded_Language);
* ``noun_after``: a span ending in an adjective takes the common noun right after it (Brill
  tags: "vile regime").

Run: ``python -m eventwire.evaluation.framing_edges GOLD --cache /tmp/r7`` (the ``held_out``
cache of ``framing_crf_fit``).
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from ..extract.framing import combine, hand_list_spans
from ..extract.framing_learned import stop_words
from .framing import FramingScores, GoldArticle, score_article
from .framing_rerank_fit import first_stage, frontier

LL, NC = "Loaded_Language", "Name_Calling,Labeling"
WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
DETERMINERS = frozenset("a an the this that these those".split())


def _boosters() -> frozenset[str]:
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    return frozenset(BOOSTER_DICT)


def words_of(text: str) -> int:
    return len(WORD.findall(text))


def lengths(spans: list[tuple[int, int]], text_of) -> Counter:
    """Word-count histogram (1, 2, 3, 4, 5-8, 9+)."""
    out = Counter()
    for s, e in spans:
        n = words_of(text_of(s, e))
        out["1" if n <= 1 else str(n) if n <= 4 else "5-8" if n <= 8 else "9+"] += 1
    return out


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Leading and trailing function words and punctuation cut off (one word is never cut)."""
    words = [m.span() for m in WORD.finditer(text, start, end)]
    stops = stop_words()
    while len(words) > 1 and text[slice(*words[0])].lower() in stops:
        words.pop(0)
    while len(words) > 1 and text[slice(*words[-1])].lower() in stops:
        words.pop()
    return (words[0][0], words[-1][1]) if words else (start, end)


def _word_before(text: str, start: int) -> re.Match | None:
    return re.search(r"([A-Za-z][\w'’-]*)[ \t\xa0]+$", text[max(0, start - 30):start])


def extend(text: str, start: int, words: frozenset[str]) -> int:
    """``start`` moved back over a word of ``words`` right before it (same line)."""
    match = _word_before(text, start)
    if match and match.group(1).lower() in words:
        return max(0, start - 30) + match.start(1)
    return start


def noun_after(text: str, end: int) -> int:
    """``end`` moved over the common noun right after a span ending in an adjective ("vile
    regime": the loaded modifier with its head)."""
    from ..extract.framing_features import _tag

    last = re.search(r"([A-Za-z][\w'’-]*)$", text[max(0, end - 30):end])
    after = re.match(r"[ \t\xa0]+([A-Za-z][\w'’-]*)", text[end:end + 40])
    if last and after and _tag(last.group(1)).startswith("JJ") and _tag(after.group(1)) in ("NN", "NNS"):
        return end + after.end(1)
    return end


def edged(text: str, spans, rule: str, techniques: tuple[str, ...]) -> list:
    out = []
    for t, s, e, c in spans:
        if t in techniques:
            if rule == "trim":
                s, e = trim(text, s, e)
            elif rule == "booster":
                s = extend(text, s, _boosters())
            elif rule == "so-called":
                s = extend(text, s, frozenset({"so-called"}))
            elif rule == "article":
                s = extend(text, s, DETERMINERS)
            elif rule == "noun_after":
                e = noun_after(text, e)
        out.append((t, s, e, c))
    return out


RULES = ("none", "trim", "booster", "so-called", "article", "noun_after")
#: the shipped operating point in the grid key of ``edge_frontiers`` (scorer seeds, CRF seed, veto)
V8_POINT = {LL: ((0.25, 0.5), 0.55, 0.02), NC: ((0.25, 0.5), 0.7, 0.0)}


def edge_frontiers(articles, outer, rules=RULES) -> dict:
    """rule → technique → [(P, R, F1 rounded to 3 places, grid key)] over the round-6 grid (scorer
    seeds × CRF seeds × vetoes), the rule applied to the step's final spans of that technique."""
    from .framing_crf_fit import SEEDS, VETOES, predicted

    grid = [(v5, seed, veto) for v5 in ((0.25, 0.5), (0.3, 0.55), (0.35, 0.6))
            for seed in (0.0,) + SEEDS for veto in VETOES]
    out = {rule: {LL: [], NC: []} for rule in rules}
    for v5, seed, veto in grid:
        scores = {rule: FramingScores() for rule in rules}
        for a in articles:
            spans = [(t, s, e, 1.0) for t, s, e in predicted(a, outer[a.id], "v5+crf", seed, 0.15, veto, v5)]
            for rule in rules:
                found = edged(a.text, spans, rule, (LL, NC)) if rule != "none" else spans
                score_article(scores[rule], [(t, s, e) for t, s, e, _ in found], a.spans)
        for rule in rules:
            for t in (LL, NC):
                x = scores[rule].per_technique[t]
                out[rule][t].append((round(x.precision, 3), x.recall, x.f1, (v5, seed, veto)))
    return out


def main(argv: list[str]) -> None:
    from .framing import load_gold
    from .framing_crf_fit import held_out

    cache = argv[argv.index("--cache") + 1]
    articles: list[GoldArticle] = list(load_gold(argv[0], "dev"))
    outer = held_out(articles, {}, cache=cache, c1=0.0, c2=1.0, iterations=150, long=0, stack=0)
    stages = {a.id: first_stage(a.text, outer[a.id]) for a in articles}
    for technique in (LL, NC):
        pred, gold = Counter(), Counter()
        for a in articles:
            spans = combine(a.text, hand_list_spans(a.text), stages[a.id])
            pred += lengths([(s, e) for t, s, e, _ in spans if t == technique], lambda s, e, a=a: a.text[s:e])
            gold += lengths([(s, e) for t, s, e in a.spans if t == technique], lambda s, e, a=a: a.text[s:e])
        keys = ["1", "2", "3", "4", "5-8", "9+"]
        for name, hist in (("predicted", pred), ("gold", gold)):
            total = sum(hist.values()) or 1
            print(f"{technique} {name} ({total}): " + " ".join(f"{k}w {hist[k] / total:.2f}" for k in keys))
    for rule, points in edge_frontiers(articles, outer).items():
        for technique, floors in ((LL, (0.30, 0.32, 0.332, 0.34, 0.35, 0.36, 0.38)), (NC, (0.45, 0.50, 0.521, 0.55))):
            at = {p[3]: p for p in points[technique]}
            best = frontier([p[:3] for p in points[technique]], floors)
            v8 = at.get(V8_POINT[technique])
            print(f"{rule:10s} {technique[:4]} v8 point P {v8[0]:.3f} R {v8[1]:.3f} F {v8[2]:.3f} | frontier "
                  + " ".join(f"{fl}:{b[2]:.3f}" if b else f"{fl}:-" for fl, b in best.items()))
    _before_counts(articles, stages)


def _before_counts(articles, stages) -> None:
    """How often gold / predicted spans start right after a booster, 'so-called' or a determiner,
    and how often such a word lies inside a gold span at its start."""
    boosters, stops = _boosters(), stop_words()
    for technique in (LL, NC):
        counts = Counter()
        for a in articles:
            for t, s, e in a.spans:
                if t != technique:
                    continue
                m = _word_before(a.text, s)
                first = WORD.search(a.text, s, e)
                before = m.group(1).lower() if m else ""
                head = first.group().lower() if first else ""
                counts["gold"] += 1
                counts["gold_after_booster"] += before in boosters
                counts["gold_starts_booster"] += head in boosters
                counts["gold_starts_stop"] += head in stops
                counts["gold_after_det"] += before in DETERMINERS
                counts["gold_starts_det"] += head in DETERMINERS
            for t, s, e, _ in stages[a.id]:
                if t != technique:
                    continue
                m = _word_before(a.text, s)
                counts["pred"] += 1
                counts["pred_after_booster"] += bool(m) and m.group(1).lower() in boosters
        print(technique, dict(counts))


if __name__ == "__main__":
    main(sys.argv[1:])
