"""Token features for the framing scorer (``framing_model``): general lexicons, no parse.

Each word token of an article gets a row of numbers from public, corpus-independent resources:

* VADER's valence lexicon (``vaderSentiment``): |valence| / 4, whether it is negative, and
  VADER's list of intensifiers ("very", "utterly");
* the Pattern subjectivity lexicon that TextBlob bundles (``textblob/en/en-sentiment.xml``, De
  Smedt & Daelemans, PDDL): subjectivity, |polarity| and intensity, averaged over the senses;
* Brill's tagger lexicon, also bundled by TextBlob (``en-lexicon.txt``): the word's most
  frequent Penn tag, a part-of-speech guess with no tagger run (an unknown word is often a name
  or a coinage);
* the learned word list (``framing_learned.csv``, aggregate counts from the PTC dev split);
* shape and position: capitalised inside a line, all capitals, hyphenated, a short quoted
  phrase (scare quotes), a line with "!" or "?";
* density: other loaded words on the same line, and the article's share of them and mean
  valence (an opinionated article uses more loaded language throughout).

Loaded language and labels are phrases, so each row also carries its neighbours' key values
(one and two words left and right) and two products: a noun after an evaluative word (a label,
"corrupt politicians") and an evaluative adjective before a noun. All files ship inside the
installed packages; nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from xml.etree import ElementTree

import numpy as np

from .framing_learned import lookup, normalise, stop_words
from .framing_vectors import VECTOR_NAMES, enabled as vectors_enabled, vector_features

TOKEN = re.compile(r"[A-Za-z0-9](?:[\w'’]|-(?=\w))*|[^\w\s]")
QUOTES = {'"': '"', "“": "”", "‘": "’"}
SCARE_QUOTE_WORDS = 4
LEXICAL = ("vader", "vneg", "subj", "pol", "inten", "booster", "ll", "nc", "adj", "adv", "noun", "propn",
           "verb", "func", "unknown", "superl", "stop", "title", "caps", "hyphen", "long")
NEIGHBOUR = ("vader", "subj", "ll", "nc", "adj", "noun", "stop")
OFFSETS = (-2, -1, 1, 2)
CONTEXT = ("bound_prev", "bound_next", "scare_quote", "exclaim", "question", "noun_after_loaded",
           "adj_before_noun", "booster_before", "line_loaded", "article_loaded", "article_valence")
#: distributional columns (``framing_vectors``), present when the vectors file is
VECTORS = VECTOR_NAMES if vectors_enabled() else ()
NAMES = ("bias",) + LEXICAL + tuple(f"{name}@{o:+d}" for o in OFFSETS for name in NEIGHBOUR) + CONTEXT + VECTORS


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @cached_property
    def word(self) -> bool:
        """Whether the token is a word (not punctuation); computed once per token, since the
        scorer, the CRF and the decoder all ask for every token."""
        return self.text[0].isalnum()


def tokens(text: str) -> list[Token]:
    out = []
    for m in TOKEN.finditer(text):
        tok = Token(m.start(), m.end(), m.group())
        tok.__dict__["word"] = m.group()[0].isalnum()  # the cached ``word``, filled in at once
        out.append(tok)
    return out


def _textblob_file(name: str) -> Path:
    spec = importlib.util.find_spec("textblob")  # located, not imported (no nltk import cost)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("textblob is not installed: pip install textblob")
    return Path(list(spec.submodule_search_locations)[0]) / "en" / name


@lru_cache(maxsize=1)
def pattern_lexicon() -> dict[str, tuple[float, float, float]]:
    """word → (subjectivity, |polarity|, intensity − 1), averaged over the word's senses."""
    sums: dict[str, list[float]] = {}
    for element in ElementTree.parse(_textblob_file("en-sentiment.xml")).getroot().iter("word"):
        form = element.get("form", "").lower()
        row = sums.setdefault(form, [0.0, 0.0, 0.0, 0])
        row[0] += float(element.get("subjectivity") or 0)
        row[1] += abs(float(element.get("polarity") or 0))
        row[2] += max(0.0, float(element.get("intensity") or 1) - 1)
        row[3] += 1
    return {w: (s / n, p / n, i / n) for w, (s, p, i, n) in sums.items()}


@lru_cache(maxsize=1)
def brill_tags() -> dict[str, str]:
    """word → its most frequent Penn Treebank tag (Brill's lexicon, case kept)."""
    tags = {}
    with open(_textblob_file("en-lexicon.txt"), encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith(";;;"):
                parts = line.split()
                if len(parts) >= 2:
                    tags[parts[0]] = parts[1]
    return tags


@lru_cache(maxsize=1)
def _vader() -> tuple[dict[str, float], frozenset[str]]:
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon), frozenset(BOOSTER_DICT)


def _tag(word: str) -> str:
    tags = brill_tags()
    return tags.get(word) or tags.get(word.lower()) or ""


@lru_cache(maxsize=65536)
def word_features(word: str, learned: tuple[str, float] | None) -> tuple[float, ...]:
    """The ``LEXICAL`` values of one word (``learned``: its learned-list technique and estimate)."""
    lower = normalise(word)
    valences, boosters = _vader()
    valence = valences.get(lower, 0.0)
    subj, pol, inten = pattern_lexicon().get(lower, (0.0, 0.0, 0.0))
    tag = _tag(word.replace("’", "'"))
    technique, estimate = learned or ("", 0.0)
    return (
        abs(valence) / 4, float(valence < 0), subj, pol, inten, float(lower in boosters),
        estimate if technique == "Loaded_Language" else 0.0,
        estimate if technique == "Name_Calling,Labeling" else 0.0,
        float(tag.startswith("JJ")), float(tag.startswith("RB")), float(tag in ("NN", "NNS")),
        float(tag.startswith("NNP")), float(tag.startswith("VB")),
        float(bool(tag) and tag[:2] not in ("JJ", "RB", "NN", "VB")), float(not tag),
        float(tag in ("JJS", "RBS")), float(lower in stop_words()),
        0.0, float(len(word) > 1 and word.isupper()), float("-" in word), float(len(word) >= 9),
    )


def _scare_quoted(toks: list[Token]) -> set[int]:
    """Indexes of words inside a quoted stretch of at most ``SCARE_QUOTE_WORDS`` words."""
    inside, open_at = set(), None
    for i, tok in enumerate(toks):
        if open_at is not None and (tok.text in QUOTES.values() or tok.text == '"'):
            words = [j for j in range(open_at + 1, i) if toks[j].word]
            if 0 < len(words) <= SCARE_QUOTE_WORDS:
                inside.update(words)
            open_at = None
        elif tok.text in QUOTES:
            open_at = i
    return inside


def _line_marks(text: str, toks: list[Token]) -> tuple[np.ndarray, ...]:
    """Per token: the line's "!" and "?" flags, whether it begins its line or sentence, its line number."""
    exclaim, question, initial = (np.zeros(len(toks)) for _ in range(3))
    line_of = np.zeros(len(toks), dtype=int)
    line_start, line_end, marks = -1, -1, (0.0, 0.0)
    for i, tok in enumerate(toks):
        if tok.start >= line_end:
            line_start = text.rfind("\n", 0, tok.start) + 1
            found = text.find("\n", tok.start)
            line_end = found if found >= 0 else len(text)
            line = text[line_start:line_end]
            marks = (float("!" in line), float("?" in line))
            line_of[i:] = line_of[i - 1] + 1 if i else 0
        exclaim[i], question[i] = marks
        prev = toks[i - 1] if i else None
        initial[i] = prev is None or prev.start < line_start or prev.text in ".!?:“\"‘"
    return exclaim, question, initial, line_of


def _shift(values: np.ndarray, offset: int) -> np.ndarray:
    """Row i holds ``values[i + offset]`` (zeros past either end)."""
    out = np.zeros_like(values)
    if offset > 0:
        out[:-offset] = values[offset:]
    elif offset < 0:
        out[-offset:] = values[:offset]
    else:
        out[:] = values
    return out


def features(text: str, toks: list[Token], learned: dict[str, tuple[str, float]]) -> np.ndarray:
    """One row of ``NAMES`` values per token of ``toks`` (punctuation rows are all context)."""
    n, idx = len(toks), {name: k for k, name in enumerate(LEXICAL)}
    lex = np.zeros((n, len(LEXICAL)))
    is_word = [t.word for t in toks]
    word = np.array(is_word, dtype=bool)
    at = [i for i, w in enumerate(is_word) if w]
    if at:
        lex[at] = [word_features(toks[i].text, lookup(learned, toks[i].text)) for i in at]
    exclaim, question, initial, line_of = _line_marks(text, toks)
    lex[:, idx["title"]] = word & ~initial.astype(bool) & np.array([t.text[0].isupper() for t in toks])
    # a boundary: no word on the other side, or a line break in between
    joined = np.array([is_word[i] and is_word[i + 1] and "\n" not in text[toks[i].end:toks[i + 1].start]
                       for i in range(n - 1)] + [False], dtype=float)
    bound_next, bound_prev = 1 - joined, 1 - _shift(joined, -1)
    left = _shift(lex, -1) * (1 - bound_prev)[:, None]
    right = _shift(lex, 1) * (1 - bound_next)[:, None]
    near = [idx[name] for name in NEIGHBOUR]
    quoted = np.zeros(n)
    quoted[list(_scare_quoted(toks))] = 1.0
    nounish = np.maximum.reduce([lex[:, idx["noun"]], lex[:, idx["propn"]], lex[:, idx["unknown"]]])
    evaluative_left = np.maximum(left[:, idx["vader"]], left[:, idx["subj"]])
    right_noun = np.maximum(right[:, idx["noun"]], right[:, idx["propn"]])
    own_evaluative = np.maximum(lex[:, idx["vader"]], lex[:, idx["subj"]])
    # loaded words around: other such words on the line (capped at 3), the article's share of them
    loaded = ((lex[:, idx["ll"]] > 0) | (lex[:, idx["nc"]] > 0) | (lex[:, idx["vader"]] >= 0.375)).astype(float)
    line_loaded = np.minimum(np.bincount(line_of, loaded)[line_of] - loaded, 3) / 3
    words = max(1, int(word.sum()))
    article = np.full(n, min(1.0, 10 * loaded.sum() / words))
    valence = np.full(n, min(1.0, 10 * float(lex[:, idx["vader"]].sum()) / words))
    columns = [np.ones((n, 1)), lex] + [_shift(lex, o)[:, near] for o in OFFSETS] + [np.column_stack([
        bound_prev, bound_next, quoted, exclaim, question, nounish * evaluative_left,
        lex[:, idx["adj"]] * right_noun * own_evaluative, left[:, idx["booster"]], line_loaded, article, valence])]
    if VECTORS:
        vec = np.zeros((n, len(VECTORS)))
        if at:
            vec[at] = vector_features([normalise(toks[i].text) for i in at], learned)
        columns.append(vec)
    return np.hstack(columns)
