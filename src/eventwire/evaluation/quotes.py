"""Quote and attribution evaluation on PolNeAR (source / cue / content gold, brat standoff).

Gold: ``<root>/<folder>/text/<article>.txt`` and ``<root>/<folder>/attributions/<article>_<annotator>.ann``.
PolNeAR ships its own folders, which win over the hash split: ``--split dev`` scores the ``dev``
folder, ``test`` the ``test`` folder, ``all`` both (``train`` is reachable from Python for tuning).
Articles annotated by several annotators are scored against one: the first ``.ann`` in name order.
Each article's raw text runs through the entities and quotes steps (no cleaning, so gold offsets hold).

Predicted attributions: direct and indirect quotes plus attributions (scare quotes are not speech);
items whose content spans overlap are one prediction (the widest span, the first speaker found).

- content (overlap): a prediction is correct when its span overlaps some gold content range;
  a gold attribution is found when some prediction overlaps it (so a quote split in two by its
  tag, which PolNeAR joins into one discontinuous content, costs nothing). P, R, F1 from those.
- content (soft): token-proportional P and R (the share of predicted tokens inside gold content,
  the share of gold tokens covered), which punishes over-long spans that the overlap rule forgives.
- content (exact): boundaries equal after trimming spaces, punctuation, quote marks and "that".
- cue: on found attributions, the predicted cue word(s) agree with the gold cue (one's words
  contain the other's); P over predictions with a cue, R over gold attributions with a cue.
- speaker accuracy: over found gold attributions that have a source, the best-overlapping
  prediction's speaker phrase agrees with the gold source (the content words of one contain the
  other's, case-insensitively), or its linked entity has a mention overlapping the gold source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..record import Article, Source, article_id
from .common import Split

FOLDERS = {"dev": ("dev",), "test": ("test",), "all": ("dev", "test"), "train": ("train",)}
TRIM = " \t\n\xa0,.;:!?\"“”‘’'«»—-()"
WORD = re.compile(r"[\w$%]+(?:['’][\w]+)*")
STOP = frozenset({"the", "a", "an", "that", "of", "'s", "’s", "s", "in", "at", "for", "to"})

Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    content: Ranges
    cue: str
    source: Ranges
    source_text: str


@dataclass(frozen=True)
class GoldDoc:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True)
class Predicted:
    start: int
    end: int
    cue: str | None
    speaker_text: str | None
    speaker: str | None


def _ranges(spec: str) -> Ranges:
    """brat offsets "s e" or "s e;s e" -> ((s, e), ...)."""
    return tuple(tuple(int(x) for x in part.split()) for part in spec.split(";"))  # type: ignore[misc]


def parse_ann(raw: str, text: str) -> tuple[GoldAttribution, ...]:
    """Attributions of one brat ``.ann`` file: ``E#`` lines tie Content, Cue and Source spans."""
    spans: dict[str, Ranges] = {}
    found = []
    for line in raw.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, spec = cols[1].partition(" ")
            spans[cols[0]] = _ranges(spec) if label != "Attribution" else ()
        elif line.startswith("E") and len(cols) >= 2:
            roles = dict(part.split(":", 1) for part in cols[1].split() if ":" in part)
            content = spans.get(roles.get("Content", ""), ())
            if not content:
                continue
            cue = spans.get(roles.get("Cue", ""), ())
            source = spans.get(roles.get("Source", ""), ())
            found.append(GoldAttribution(
                content=content, cue=" ".join(text[s:e] for s, e in cue),
                source=source, source_text=" ".join(text[s:e] for s, e in source)))
    return tuple(found)


def gold_documents(root: str | Path, split: str) -> Iterator[GoldDoc]:
    """Gold articles of the folders ``split`` names, one annotator per article."""
    root = Path(root)
    for folder in FOLDERS[split]:
        anns: dict[str, Path] = {}
        for path in sorted((root / folder / "attributions").glob("*.ann")):
            anns.setdefault(path.stem.rsplit("_", 1)[0], path)
        for name, path in sorted(anns.items()):
            text_path = root / folder / "text" / f"{name}.txt"
            if not text_path.exists():
                continue
            text = text_path.read_text(encoding="utf-8")
            yield GoldDoc(name, text, parse_ann(path.read_text(encoding="utf-8"), text))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def predictions(article: Article) -> list[Predicted]:
    """Direct and indirect quotes and attributions, overlapping items merged into one."""
    items = [Predicted(q.start, q.end, q.cue, q.speaker_text, q.speaker)
             for q in article.quotes if q.kind != "scare"]
    items += [Predicted(a.start, a.end, a.cue, a.source_text, a.source) for a in article.attributions]
    merged: list[Predicted] = []
    for item in sorted(items, key=lambda p: (p.start, -p.end)):
        if merged and item.start < merged[-1].end:
            last = merged[-1]
            keep = last if last.speaker_text else item
            merged[-1] = Predicted(last.start, max(last.end, item.end), last.cue or item.cue,
                                   keep.speaker_text, keep.speaker)
        else:
            merged.append(item)
    return merged


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)} - STOP


def _cue_agrees(predicted: str | None, gold: str) -> bool:
    p, g = _words(predicted or ""), _words(gold)
    return bool(p and g) and (p <= g or g <= p)


def _speaker_agrees(pred: Predicted, gold: GoldAttribution, article: Article) -> bool:
    p, g = _words(pred.speaker_text or ""), _words(gold.source_text)
    if p and g and (p <= g or g <= p):
        return True
    mentions = [m for e in article.entities if e.id == pred.speaker for m in e.mentions]
    return any(_overlap((m.start, m.end), r) for m in mentions for r in gold.source)


def _token_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in WORD.finditer(text)]


def _exact(text: str, span: tuple[int, int], ranges: Ranges) -> bool:
    def norm(s: str) -> str:
        s = s.strip(TRIM)
        s = re.sub(r"^that\s+", "", s, flags=re.I)
        return " ".join(s.strip(TRIM).split())

    return norm(text[span[0]:span[1]]) == norm(" ".join(text[s:e] for s, e in ranges))


@dataclass
class Matched:
    """Counts where precision and recall are judged from each side: predictions that hit some
    gold item, and gold items that some prediction hits (one gold may be hit by two predictions)."""

    pred_hit: int = 0
    pred_all: int = 0
    gold_hit: int = 0
    gold_all: int = 0

    def to_dict(self) -> dict:
        p = self.pred_hit / self.pred_all if self.pred_all else 0.0
        r = self.gold_hit / self.gold_all if self.gold_all else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.gold_hit, "fp": self.pred_all - self.pred_hit,
                "fn": self.gold_all - self.gold_hit}


@dataclass
class QuoteScores:
    """Counts over all scored articles; see the module docstring for what each one compares."""

    content: Matched = field(default_factory=Matched)
    exact: Matched = field(default_factory=Matched)
    cue: Matched = field(default_factory=Matched)
    soft: Matched = field(default_factory=Matched)  # counted in tokens
    speaker_right: int = 0
    speaker_scored: int = 0
    articles: int = 0

    def to_dict(self) -> dict:
        acc = self.speaker_right / self.speaker_scored if self.speaker_scored else 0.0
        return {"articles": self.articles, "content": self.content.to_dict(),
                "content_exact": self.exact.to_dict(), "cue": self.cue.to_dict(),
                "content_soft": self.soft.to_dict(),
                "speaker": {"accuracy": round(acc, 4), "right": self.speaker_right,
                            "scored": self.speaker_scored}}


def _add_soft(soft: Matched, doc: GoldDoc, preds: list[Predicted]) -> None:
    """Token-proportional counts: predicted tokens inside gold content, gold tokens covered."""
    gold = [r for g in doc.attributions for r in g.content]
    spans = [(p.start, p.end) for p in preds]
    for token in _token_spans(doc.text):
        in_pred = any(_overlap(token, s) for s in spans)
        in_gold = any(_overlap(token, r) for r in gold)
        soft.pred_hit += in_pred and in_gold
        soft.pred_all += in_pred
        soft.gold_hit += in_gold and in_pred
        soft.gold_all += in_gold


def _hits(preds: list[Predicted], gold: GoldAttribution) -> list[tuple[int, Predicted]]:
    """Predictions overlapping ``gold``'s content, with the overlap size, largest first."""
    scored = [(sum(_overlap((p.start, p.end), r) for r in gold.content), p) for p in preds]
    return sorted([(n, p) for n, p in scored if n > 0], key=lambda x: -x[0])


def _count(m: Matched, preds: list[Predicted], hit: set[int], *, found: list[bool]) -> None:
    m.pred_all += len(preds)
    m.pred_hit += len(hit)
    m.gold_all += len(found)
    m.gold_hit += sum(found)


def score_document(scores: QuoteScores, doc: GoldDoc, article: Article) -> None:
    """Add one article's comparison to ``scores``."""
    preds = predictions(article)
    content_hit, exact_hit, cue_hit = set(), set(), set()
    found, exact, cue_found = [], [], []
    for gold in doc.attributions:
        hits = _hits(preds, gold)
        content_hit |= {id(p) for _, p in hits}
        found.append(bool(hits))
        matches = [p for _, p in hits if _exact(doc.text, (p.start, p.end), gold.content)]
        exact_hit |= {id(p) for p in matches}
        exact.append(bool(matches))
        agreeing = [p for _, p in hits if _cue_agrees(p.cue, gold.cue)] if gold.cue else []
        cue_hit |= {id(p) for p in agreeing}
        if gold.cue:
            cue_found.append(bool(hits) and _cue_agrees(hits[0][1].cue, gold.cue))
        if hits and gold.source:
            scores.speaker_scored += 1
            scores.speaker_right += _speaker_agrees(hits[0][1], gold, article)
    _count(scores.content, preds, content_hit, found=found)
    _count(scores.exact, preds, exact_hit, found=exact)
    _count(scores.cue, [p for p in preds if p.cue], cue_hit, found=cue_found)
    _add_soft(scores.soft, doc, preds)
    scores.articles += 1


def quote_pipeline():
    """The steps quotes need: entities, then quotes (the rest of the default pipeline is skipped)."""
    from ..extract.entities import EntitiesStep
    from ..extract.quotes import QuotesStep
    from ..pipeline import Pipeline

    return Pipeline([EntitiesStep(), QuotesStep()])


def run_document(pipeline, doc: GoldDoc) -> Article:
    from ..annotate.nlp import analyse_one

    article = Article(id=article_id(doc.text), text=doc.text, source=Source(uri=doc.name, format="txt"))
    return pipeline.apply(article, analyse_one(doc.text))


def evaluate_quotes(gold: str | Path, *, split: str = "dev", pipeline=None, limit: int | None = None) -> QuoteScores:
    """Score the quotes step against PolNeAR folders (``limit`` articles at most, for tuning)."""
    pipeline = pipeline or quote_pipeline()
    scores = QuoteScores()
    for n, doc in enumerate(gold_documents(gold, split)):
        if limit is not None and n >= limit:
            break
        score_document(scores, doc, run_document(pipeline, doc))
    return scores


def evaluate(gold: str | Path, *, split: Split = "dev") -> dict:
    """The harness entry point used by ``eventwire eval quotes``."""
    figures = evaluate_quotes(gold, split=split).to_dict()
    figures["folders"] = list(FOLDERS[split])
    return figures


def render(figures: dict, console) -> None:
    from .common import prf_table

    console.print(f"{figures.get('gold')} split={figures.get('split')} "
                  f"(folders {', '.join(figures.get('folders', []))}): {figures['articles']} articles")
    rows = {"content (overlap)": figures["content"], "content (exact)": figures["content_exact"],
            "cue": figures["cue"]}
    console.print(prf_table("attributions", rows))
    soft = figures["content_soft"]
    console.print(f"content (soft, token-proportional): P {soft['precision']:.3f} "
                  f"R {soft['recall']:.3f} F1 {soft['f1']:.3f}")
    sp = figures["speaker"]
    console.print(f"speaker accuracy on found attributions: {sp['accuracy']:.3f} "
                  f"({sp['right']}/{sp['scored']})")
