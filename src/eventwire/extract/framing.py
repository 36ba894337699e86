"""Loaded language and labels, as Propaganda Techniques Corpus spans: ``FramingStep``.

``data/loaded_words.csv`` maps words and phrases to a PTC (SemEval-2020 Task 11) technique name.
Three span rules keep spans tight (the phrase, never the sentence):

* ``plain``: the phrase itself ("war-torn", "gigantic");
* ``label``: the labelling noun with up to two modifiers before it, stopping at determiners and
  function words ("the Chinese communist regime" -> "Chinese communist regime"), and skipped after
  words that make it literal ("sanctions regime");
* ``before_noun``: a doubt marker that must modify a following word, which joins the span
  ("a supposed mission" -> "supposed mission"; "supposed to" is no doubt).

A second, learned word list (``data/framing_learned.csv``, see ``framing_learned``) and a
logistic scorer over general lexicon features and sparse lexical features (``framing_model``,
``framing_sparse``) add Loaded_Language and
Name_Calling,Labeling spans where the hand-written list is silent; a hand-written span wins
where they overlap. A learned-list label is kept only where the scorer backs it in context
(``framing_model.SUPPORT``). Since v6 a linear-chain CRF (``framing_crf``) labels each line with
BIO tags over the same token features: its spans are added (union per technique) and a
learned-list or scorer Loaded_Language span is dropped where the CRF gives none of its words a
marginal of at least ``framing_crf.CRF_VETO``. Since v8 the scorer's Loaded_Language side also
reads distributional features (``framing_vectors``: word2vec similarity to the learned list's
words, whether the word is outside the vectors' vocabulary), so a word no list knows can still
score. Since v9 cue patterns (``framing_patterns``) add Doubt spans (questions about
credibility, "no evidence" sentences) and Exaggeration,Minimisation spans (superlative + "ever",
absolute quantifiers); they block no other span. Since v10 the hand list's Loaded_Language and Name_Calling entries
carry their measured dev precision too ("evil" leaves the default output; eval/framing.md round 9).

A word list cannot see irony or context; this step marks candidates with a confidence per entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..record import Article, Framing
from .framing_learned import learned_spans
from .framing_crf import backed, crf_spans, tagger, token_marginals
from .framing_model import scored_spans, supported, token_probabilities, token_rows
from .framing_patterns import pattern_spans
from .lexicons import phrase_pattern, read_table

Span = tuple[str, int, int, float]  # technique, start, end, confidence

MAX_MODIFIERS = 2
#: entries under this confidence are left out by default (dev-split PTC precision under 0.1)
MIN_CONFIDENCE = 0.3
#: closed-class words that end a label's modifiers on the left, or are no noun after a doubt word
FUNCTION_WORDS = frozenset(
    "a an the this that these those its their his her our my your of in on at to by for from with "
    "and or but as is was are were be been being has have had will would can could should may might "
    "than then so not no into onto over under about after before between against during".split()
)
LABEL = "Name_Calling,Labeling"
ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(the|an?)[ \t\xa0]+$", re.IGNORECASE)
WORD_BEFORE = re.compile(r"([\w’'-]+)[ \t\xa0]+$")
WORD_AFTER = re.compile(r"[ \t\xa0]+([A-Za-z][\w’'-]*)")


@dataclass(frozen=True)
class Entry:
    technique: str
    rule: str
    exclude: frozenset[str]
    confidence: float


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], dict[str, Entry]]:
    entries = {
        row["phrase"].lower(): Entry(
            row["technique"], row["rule"], frozenset(filter(None, row["exclude_before"].lower().split("|"))),
            float(row["confidence"] or 0.5),
        )
        for row in read_table("loaded_words.csv")
    }
    return phrase_pattern(list(entries)), entries


def _key(matched: str) -> str:
    lowered = matched.lower().replace("’", "'")
    for dash in "‐‑–":
        lowered = lowered.replace(dash, "-")
    return " ".join(lowered.split())


def _extend_left(text: str, start: int, entry: Entry) -> int | None:
    """Start of a label with its modifiers; None when the word before makes it literal."""
    begin = start
    for n in range(MAX_MODIFIERS):
        match = WORD_BEFORE.search(text, max(0, begin - 40), begin)
        if match is None:
            return begin
        word = match.group(1).lower()
        if n == 0 and word in entry.exclude:
            return None
        if word in FUNCTION_WORDS or any(c.isdigit() for c in word):
            return begin
        begin = match.start(1)
    return begin


def _extend_right(text: str, end: int) -> int | None:
    """End of the word a doubt marker modifies; None when no content word follows."""
    match = WORD_AFTER.match(text, end)
    if match is None:
        return end if text[end:end + 2].lstrip()[:1] in "“\"‘" else None
    if match.group(1).lower() in FUNCTION_WORDS:
        return None
    return match.end(1)


def framing_spans(text: str, *, learned: bool = True, crf: bool = True, patterns: bool = True,
                  min_confidence: float = MIN_CONFIDENCE, encoder: str | None = None) -> list[Framing]:
    """Every loaded-language / labelling span of ``text``, in text order.

    ``learned=False`` keeps to the hand-written list (no learned list, no scorer); entries below
    ``min_confidence`` (words the PTC gold rarely marks, such as "regime") are left out unless
    the caller lowers it. ``crf=False`` leaves the CRF tagger's spans out (framing.v5's output).
    ``patterns=False`` leaves out the Doubt / Exaggeration cue patterns of ``framing_patterns``
    (framing.v8's output when the hand list is v8's). ``encoder="minilm"`` (the optional
    ``neural`` extra) re-decides the learned-list, scorer and CRF spans of Loaded_Language and
    Name_Calling with a frozen MiniLM encoder's word probabilities (``framing_minilm``; needs the
    CRF); off by default: it costs ~200 ms per news article on one CPU thread.
    """
    hand = hand_list_spans(text, min_confidence)
    extra = []
    if learned:
        parts = token_rows(text)
        scored = token_probabilities(text, parts=parts)
        extra = [(s.technique, s.start, s.end, s.confidence) for s in learned_spans(text)
                 if s.confidence >= min_confidence and supported(*scored, s.technique, s.start, s.end)]
        if encoder is not None and crf and tagger() is not None:
            extra = _encoded_spans(text, parts, scored, extra, encoder)
        else:
            extra += [(s.technique, s.start, s.end, s.confidence) for s in scored_spans(text, scored=scored)]
        if encoder is None and crf and tagger() is not None:
            marginal = token_marginals(text, *parts)
            extra = [x for x in extra if backed(parts[0], marginal, x[0], x[1], x[2])]
            extra += crf_spans(text, parts[0], marginal)
    found = combine(text, hand, extra)
    if patterns:
        found = with_patterns(found, [p for p in pattern_spans(text) if p[3] >= min_confidence])
    return [Framing(start=s, end=e, text=text[s:e], technique=t, confidence=c) for t, s, e, c in found]


ENCODERS = ("minilm",)


def encoder_problem(encoder: str) -> str | None:
    """None when ``encoder`` is known and can run here, else why not (a usage error)."""
    if encoder not in ENCODERS:
        return f"unknown framing encoder {encoder!r} (known: {', '.join(ENCODERS)})"
    from .framing_minilm import available

    return available()


def _encoded_spans(text: str, parts, scored, listed: list[Span], encoder: str) -> list[Span]:
    """The learned-list, scorer and CRF spans re-decided with an encoder's word probabilities
    (eval/framing_minilm.md): for Loaded_Language a veto on the list and scorer spans, for
    Name_Calling the CRF marginal averaged with the encoder's probability."""
    if encoder not in ENCODERS:
        raise ValueError(f"unknown framing encoder {encoder!r} (known: {', '.join(ENCODERS)})")
    from .framing_minilm import minilm_extra

    return minilm_extra(text, parts[0], scored[1], token_marginals(text, *parts), listed)


def with_patterns(found: list[Span], cues: list[Span]) -> list[Span]:
    """``found`` plus the cue-pattern spans that overlap no span of their own technique; a cue
    span blocks nothing (a Doubt question may hold a Loaded_Language word); text order."""
    kept = [c for c in cues if not any(t == c[0] and s < c[2] and c[1] < e for t, s, e, _ in found)]
    return sorted(found + kept, key=lambda x: (x[1], x[2]))


def hand_list_spans(text: str, min_confidence: float = MIN_CONFIDENCE) -> list[Span]:
    """The hand-written list's spans of ``text`` from ``min_confidence`` up, as :data:`Span` tuples."""
    return [(f.technique, f.start, f.end, f.confidence) for f in _hand_spans(text) if f.confidence >= min_confidence]


def combine(text: str, hand: list[Span], extra: list[Span]) -> list[Span]:
    """Hand-list spans, plus the other spans merged per technique where they overlap (the
    union, best confidence) and left out where they overlap a hand-list span; text order.
    A label (Name_Calling,Labeling) takes the article right before it: a label is a noun
    phrase ("the elites"); in the dev-split gold an article just before a label span lies
    inside it 78% of the time (a Loaded_Language span: 36%)."""
    merged: dict[str, list[list]] = {}
    for technique, start, end, confidence in sorted(extra, key=lambda x: (x[1], x[2])):
        runs = merged.setdefault(technique, [])
        if runs and start < runs[-1][1]:
            runs[-1][1], runs[-1][2] = max(end, runs[-1][1]), max(confidence, runs[-1][2])
        else:
            runs.append([start, end, confidence])
    found = list(hand) + [(t, s, e, c) for t, runs in merged.items() for s, e, c in runs
                          if not any(s < he and hs < e for _, hs, he, _ in hand)]
    found = [(t, _with_article(text, s) if t == LABEL else s, e, c) for t, s, e, c in found]
    return sorted(found, key=lambda x: (x[1], x[2]))


def _with_article(text: str, start: int) -> int:
    match = ARTICLE_BEFORE.search(text, max(0, start - 8), start)
    return match.start(1) if match else start


def _hand_spans(text: str) -> list[Framing]:
    """Spans of the hand-written list (``loaded_words.csv``)."""
    return [span for _, span in hand_matches(text)]


def hand_matches(text: str) -> list[tuple[str, Framing]]:
    """(list entry, span) for every hand-list match of ``text``, whatever its confidence (the
    entry is the CSV's ``phrase``, lowercased: per-entry measurements read it)."""
    pattern, entries = _lexicon()
    found = []
    for match in pattern.finditer(text):
        key = _key(match.group(0))
        entry = entries.get(key)
        if entry is None:
            continue
        start, end = match.span()
        if entry.rule == "label":
            start = _extend_left(text, start, entry)
        elif entry.rule == "before_noun":
            end = _extend_right(text, end)
        if start is None or end is None:
            continue
        found.append((key, Framing(start=start, end=end, text=text[start:end],
                                   technique=entry.technique, confidence=entry.confidence)))
    return found


class FramingStep:
    """Loaded-language, labelling, doubt and exaggeration spans (PTC technique names)."""

    name = "eventwire.framing.v10"
    requires: tuple[str, ...] = ()
    assigns = ("framing",)

    def __init__(self, *, learned: bool = True, crf: bool = True, patterns: bool = True,
                 min_confidence: float = MIN_CONFIDENCE, encoder: str | None = None) -> None:
        if encoder is not None and encoder not in ENCODERS:
            raise ValueError(f"unknown framing encoder {encoder!r} (known: {', '.join(ENCODERS)})")
        self.learned = learned
        self.crf = crf
        self.patterns = patterns
        self.min_confidence = min_confidence
        self.encoder = encoder
        # the output differs with the encoder, so the provenance says which one ran
        if encoder:
            self.name = f"{FramingStep.name}+{encoder}"

    def __call__(self, article: Article, analysis) -> Article:
        spans = framing_spans(article.text, learned=self.learned, crf=self.crf, patterns=self.patterns,
                              min_confidence=self.min_confidence, encoder=self.encoder)
        return article.model_copy(update={"framing": tuple(spans)})
