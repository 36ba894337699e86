"""Light parses: the tree without the attribute ruler and lemmatizer, completed on demand.

In ``en_core_web_sm`` the ``attribute_ruler`` (a Matcher over ~180 patterns, several with
Python-level ``IN``/``REGEX`` predicates) and the ``lemmatizer`` cost about a quarter of a
sentence parse, yet they only map the tagger's fine tag to ``pos_``/``morph``/``lemma_`` (and
relabel whitespace tokens ``dep``). A caller that reads the tree and the POS of a few known words
(quotes read the POS of speech verbs only) asks for a light parse; this module then gives exactly
those words, and every whitespace token, the attributes the model's own attribute ruler would
give them, by running that ruler on a one-token copy (memoised on text, tag and dependency, the
only things its single-token patterns read). When another step later needs the full annotation,
:func:`complete` puts the patched values back and runs the skipped pipes, so the document ends
up exactly as the full pipeline leaves it.

Words that a multi-token pattern of the ruler may set POS or DEP on (the ``there is`` rule) get
no shortcut: a request naming one of them is parsed in full.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

#: attributes patched on a light parse (what a tree-reading caller may look at)
PATCHED = ("POS", "TAG", "DEP")
#: pipes a light parse skips: they only set POS/morphology/lemmas, which the tree does not need
LIGHT_SKIP = ("attribute_ruler", "lemmatizer")


@dataclass
class Light:
    """A light-parsed sentence: the words whose POS it holds, and the patched tokens' original
    ``(index, pos, tag, dep)`` values."""

    words: frozenset[str]
    saved: list[tuple[int, int, int, int]]


def needs_completion(light: Light, pos_for: frozenset[str] | None) -> bool:
    """True when a cached light parse does not serve a request for ``pos_for`` (None = full)."""
    return pos_for is None or not pos_for <= light.words


def _ruler(nlp):
    return nlp.get_pipe("attribute_ruler")


@lru_cache(maxsize=4)
def context_words(nlp) -> frozenset[str] | None:
    """Lowercase words on which a multi-token pattern of the ruler may set POS/TAG/DEP (so a
    one-token copy would miss it); None when such a pattern's target word is unconstrained."""
    words: set[str] = set()
    for entry in _ruler(nlp).patterns:
        if not set(entry["attrs"]) & set(PATCHED):
            continue
        for pattern in entry["patterns"]:
            if len(pattern) < 2:
                continue
            lower = pattern[entry.get("index", 0)].get("LOWER")
            if isinstance(lower, str):
                words.add(lower)
            elif isinstance(lower, dict) and set(lower) == {"IN"}:
                words.update(lower["IN"])
            else:
                return None
    return frozenset(words)


def light_ok(nlp, pos_for: frozenset[str]) -> bool:
    """True when a light parse can give ``pos_for`` exactly what the full pipeline gives."""
    context = context_words(nlp)
    return context is not None and not pos_for & context


@lru_cache(maxsize=8192)
def _ruled(nlp, text: str, tag: str, dep: str) -> tuple[str, str, str]:
    """(pos, tag, dep) the attribute ruler gives a token with this text, tag and dependency."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=[text], spaces=[False])
    token = doc[0]
    token.tag_ = tag
    token.dep_ = dep
    _ruler(nlp)(doc)
    return token.pos_, token.tag_, token.dep_


def _chosen(nlp, doc, pos_for: frozenset[str]) -> list[int]:
    """Indices of the whitespace tokens and of the tokens whose lowercase form is in ``pos_for``
    (read off the doc's attribute array: no Token objects for the rest)."""
    from spacy.attrs import IS_SPACE, LOWER

    if not len(doc):
        return []
    wanted = _hashes(nlp, pos_for)
    return [i for i, (lower, space) in enumerate(doc.to_array([LOWER, IS_SPACE]).tolist())
            if space or lower in wanted]


@lru_cache(maxsize=16)
def _hashes(nlp, pos_for: frozenset[str]) -> frozenset[int]:
    """The vocabulary's hashes of ``pos_for`` (what a token's ``LOWER`` attribute holds)."""
    return frozenset(nlp.vocab.strings.add(w) for w in pos_for)


def mark_light(nlp, doc, pos_for: frozenset[str]) -> Light:
    """Give the ``pos_for`` words and the whitespace tokens of a light-parsed ``doc`` their ruled
    POS/TAG/DEP, remembering the values to restore before completion."""
    saved = []
    for i in _chosen(nlp, doc, pos_for):
        token = doc[i]
        pos, tag, dep = _ruled(nlp, token.text, token.tag_, token.dep_)
        saved.append((token.i, token.pos, token.tag, token.dep))
        token.pos_, token.tag_, token.dep_ = pos, tag, dep
    return Light(pos_for, saved)


def complete(nlp, items: list) -> None:
    """Finish light parses in place: ``items`` are ``(doc, Light)``; the patched tokens get
    their parser values back, then the skipped pipes run in pipeline order."""
    docs = []
    for doc, light in items:
        for i, pos, tag, dep in light.saved:
            token = doc[i]
            token.pos, token.tag, token.dep = pos, tag, dep
        docs.append(doc)
    for name, proc in nlp.pipeline:
        if name in LIGHT_SKIP:
            docs = list(proc.pipe(docs))
