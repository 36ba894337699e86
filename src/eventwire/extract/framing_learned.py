"""Spans from the learned framing lexicon (``data/framing_learned.csv``).

The lexicon holds single words (Name_Calling,Labeling) or ``~``-marked Porter stems
(Loaded_Language) with the technique their gold spans carried in the dev articles
of the Propaganda Techniques Corpus, their counts and a smoothed estimate (see
``eventwire.evaluation.framing_learn`` for the selection rule). A loaded word rarely stands alone
in the gold: the span usually takes the content words around it ("disastrous policy", "crooked
career politicians"). So a hit grows over adjacent content words on the same line, with no
punctuation in between: up to ``RIGHT[technique]`` words to the right and ``LEFT[technique]`` to
the left (cross-validated inside the dev split). Spaces only between words: a comma, quote or
line break ends the span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import read_table

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
GAP = re.compile(r"[ \t\xa0]+")
RIGHT = {"Loaded_Language": 1, "Name_Calling,Labeling": 2}
LEFT = {"Name_Calling,Labeling": 1}


@dataclass(frozen=True)
class LearnedSpan:
    start: int
    end: int
    technique: str
    confidence: float


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Porter stem of a lowercased word (NLTK, installed with TextBlob)."""
    return _stemmer().stem(word)


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


def lookup(lexicon: dict[str, tuple[str, float]], word: str) -> tuple[str, float] | None:
    """The entry of ``word``: by word form or by ``~stem``, the higher estimate."""
    lower, stem_key = _keys(word)
    by_word, by_stem = lexicon.get(lower), lexicon.get(stem_key)
    if by_word is None or by_stem is None:
        return by_word or by_stem
    return by_word if by_word[1] >= by_stem[1] else by_stem


def normalise(word: str) -> str:
    """The form the framing word lists and features key a word by: lowercased, a curly
    apostrophe made straight."""
    return word.lower().replace("’", "'")


@lru_cache(maxsize=65536)
def _keys(word: str) -> tuple[str, str]:
    lower = normalise(word)
    return lower, "~" + stem(lower)


@lru_cache(maxsize=1)
def learned_words() -> dict[str, tuple[str, float]]:
    """word or ``~stem`` → (technique, estimate) from ``framing_learned.csv``."""
    return {row["word"]: (row["technique"], float(row["estimate"]))
            for row in read_table("framing_learned.csv")}


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words (the framing modules' function words)."""
    from spacy.lang.en.stop_words import STOP_WORDS  # a plain word list: no model is loaded

    return frozenset(STOP_WORDS)


def _joined(text: str, left: re.Match, right: re.Match) -> bool:
    """True when only spaces separate two word matches."""
    return left.end() == right.start() or GAP.fullmatch(text, left.end(), right.start()) is not None


def _content(match: re.Match) -> bool:
    return match.group().lower() not in stop_words()


def _grow(text: str, words: list[re.Match], index: int, technique: str) -> tuple[int, int]:
    """Start and end of the hit at ``words[index]`` grown over adjacent content words."""
    first = last = index
    while (last + 1 < len(words) and last - index < RIGHT.get(technique, 0)
           and _joined(text, words[last], words[last + 1]) and _content(words[last + 1])):
        last += 1
    while (first > 0 and index - first < LEFT.get(technique, 0)
           and _joined(text, words[first - 1], words[first]) and _content(words[first - 1])):
        first -= 1
    return words[first].start(), words[last].end()


def learned_spans(text: str, lexicon: dict[str, tuple[str, float]] | None = None) -> list[LearnedSpan]:
    """Every learned-lexicon span of ``text``, in text order (``lexicon``: another word list)."""
    lexicon = learned_words() if lexicon is None else lexicon
    words = list(WORD.finditer(text))
    found = []
    for index, match in enumerate(words):
        entry = lookup(lexicon, match.group())
        if entry is not None:
            start, end = _grow(text, words, index, entry[0])
            found.append(LearnedSpan(start, end, entry[0], entry[1]))
    return found
