"""Cue patterns for Doubt and Exaggeration,Minimisation (framing round 8).

Families after the PTC technique definitions (Da San Martino et al. 2019) that kept a dev
precision of at least 0.3 (``evaluation.framing_handlist --families``; the dropped families and
their figures are in eval/framing.md, round 8):

* **Doubt, rhetorical question**: a question sentence that questions credibility, i.e. holds a
  word about honesty or belief ("honest", "trust", "truth", "lie", "credible", "believe") or an
  incredulity adverb ("really", "actually", "even"): "Can anyone really believe that?". The
  span is the question sentence, as PTC marks Doubt (clause-long spans).
* **Doubt, no evidence**: a sentence saying a claim has "no evidence" / "no proof" / "not a
  shred of evidence" (the span is the sentence).
* **Exaggeration, absolute quantifier**: an intensifier before an absolute quantifier
  ("absolutely nothing", "completely no"): the cue.
* **Exaggeration, superlative + ever**: a superlative with "ever", "in history" or "of all
  time" within three words ("the worst deal ever", "the greatest hoax in history"). The span is
  the cue itself.

Nothing here is fitted; the confidence of each family is its measured dev precision (the
partial-overlap precision of its spans on the PTC dev split), rounded down. Pattern spans never
block other spans (a Doubt question may hold a Loaded_Language word), unlike the hand list's.
"""

from __future__ import annotations

import re

Span = tuple[str, int, int, float]

DOUBT, EXAGGERATION = "Doubt", "Exaggeration,Minimisation"
#: a question sentence: from the start of the line or the end of the previous sentence to "?"
QUESTION = re.compile(r"(?:^|(?<=[.!?\n]))[^.!?\n]+\?", re.MULTILINE)
CREDIBILITY = re.compile(
    r"\b(?:honest|honesty|dishonest|trust|trusted|truth|truthful|lie|lies|lying|lied|credible|credibility|"
    r"believe|believes|believed|really|actually|even)\b", re.IGNORECASE)
#: a claim said to lack support: "there is no evidence that ..." (the span is its sentence)
NO_EVIDENCE = re.compile(r"\b(?:no|without any|without|not a shred of|zero) (?:evidence|proof)\b", re.IGNORECASE)
#: an absolute quantifier under an intensifier: "absolutely nothing", "totally every" (the cue)
ABSOLUTE = re.compile(r"\b(?:absolutely|totally|completely|utterly) (?:no|nothing|everything|every|all|none)\b",
                      re.IGNORECASE)
SUPERLATIVE_EVER = re.compile(
    r"\b(?:\w+est|most \w+|biggest|greatest|worst|best)(?: [\w-]+){0,3} (?:ever|in history|of all time)\b",
    re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
#: dev precision of each family (round 8, ``framing_handlist --families``), rounded down
CONFIDENCE = {DOUBT: 0.37, EXAGGERATION: 0.64}


def pattern_spans(text: str) -> list[Span]:
    """Doubt question sentences and superlative-ever cues of ``text``, in text order."""
    found = []
    for match in QUESTION.finditer(text):
        start, end = match.span()
        while start < end and (text[start].isspace() or text[start] in "\"“‘'"):
            start += 1
        if CREDIBILITY.search(text, start, end):
            found.append((DOUBT, start, end, CONFIDENCE[DOUBT]))
    for match in NO_EVIDENCE.finditer(text):
        start, end = sentence_of(text, match.start(), match.end())
        if not any(s <= start and end <= e for _, s, e, _ in found):
            found.append((DOUBT, start, end, CONFIDENCE[DOUBT]))
    for pattern in (SUPERLATIVE_EVER, ABSOLUTE):
        found += [(EXAGGERATION, m.start(), m.end(), CONFIDENCE[EXAGGERATION]) for m in pattern.finditer(text)]
    return sorted(found, key=lambda x: (x[1], x[2]))


def sentence_of(text: str, start: int, end: int, strip: str = "\"“‘'") -> tuple[int, int]:
    """The sentence holding ``start..end``: from the previous sentence end or line break to the
    next one (its final punctuation kept), leading spaces and ``strip`` (quotation marks) left out."""
    begin = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = SENTENCE_END.search(text, end)
    stop = stop.end() if stop and stop.group() != "\n" else (stop.start() if stop else len(text))
    while begin < stop and (text[begin].isspace() or text[begin] in strip):
        begin += 1
    return begin, stop
