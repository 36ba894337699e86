"""Dependency-parse helpers for reported speech: cue verbs, their subjects and their clauses.

Works on :class:`eventwire.annotate.nlp.ParsedSentence` (spaCy tokens with ``dep_``/``pos_``); the
results are article character spans, so no spaCy type leaves ``extract``.
"""

from __future__ import annotations

from functools import lru_cache

from .speakers import cue_kinds

#: relations through which a participle or clause inherits its speaker from its head
#: ("X commented, saying: …" -> the subject of "commented")
INHERIT = frozenset({"advcl", "xcomp", "conj", "pcomp"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: dependents that end a subject phrase on its right (appositions, relative clauses, commas)
STOP_RIGHT = frozenset({"appos", "relcl", "acl", "punct", "cc", "conj"})
CLAUSES = frozenset({"ccomp"})


def cue_tokens(parsed, kinds: tuple[str, ...] = ("verb", "tag")) -> list:
    """Tokens of ``parsed.doc`` that are speech verbs used as verbs (the words are picked off
    the doc's lowercase-form array, so no Token object is made for the other words)."""
    from spacy.attrs import LOWER

    doc = parsed.doc
    table = _cue_hashes(doc.vocab)
    picked = (doc[i] for i, lower in enumerate(doc.to_array(LOWER).tolist()) if table.get(lower) in kinds)
    return [token for token in picked if token.pos_ in ("VERB", "AUX")]


@lru_cache(maxsize=4)
def _cue_hashes(vocab) -> dict[int, str]:
    """:func:`cue_kinds` keyed by the vocabulary's hash of each cue (a token's ``lower``)."""
    return {vocab.strings.add(cue): kind for cue, kind in cue_kinds().items()}


def outermost(tokens: list) -> list:
    """Cue tokens not governed by another cue ("said" in "said it hoped")."""
    chosen = set(tokens)
    return [t for t in tokens if not any(a in chosen for a in t.ancestors)]


def subject_of(token):
    """The subject token of a speech verb, climbing through participles and conjuncts."""
    for _ in range(3):
        for child in token.children:
            if child.dep_ in SUBJECTS:
                return child
        if token.dep_ not in INHERIT or token.head is token:
            return None
        token = token.head
    return None


def phrase_span(parsed, head) -> tuple[int, int]:
    """Article span of the noun phrase headed by ``head``, cut before appositions, relative
    clauses and commas, so "Naeem, who …" gives "Naeem"."""
    doc = head.doc
    left = head.left_edge.i
    for i in range(head.left_edge.i, head.i):
        if doc[i].is_punct or doc[i].is_space:
            left = i + 1
    right = head
    for child in head.rights:
        if child.dep_ in STOP_RIGHT:
            break
        right = child.right_edge
    left = doc[left]
    start, _ = parsed.char_span(left)
    _, end = parsed.char_span(right)
    return start, end


def clause_of(cue):
    """The reported clause (``ccomp``) of a speech verb, or None."""
    for child in cue.children:
        if child.dep_ in CLAUSES:
            return child
    return None


def clause_span(parsed, clause) -> tuple[int, int]:
    """Article span of a reported clause without its leading "that" and trailing punctuation."""
    tokens = list(clause.subtree)
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return parsed.char_span(clause)
    return parsed.char_span(tokens[0])[0], parsed.char_span(tokens[-1])[1]
