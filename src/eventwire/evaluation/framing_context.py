"""Contextual token features for the framing scorer, from the spaCy analysis (``annotate.nlp``).

An experiment's feature code, used only by ``framing_fit --cv --context`` (round 2 in
eval/framing.md: no gain in dev cross-validation, so the shipped scorer does not read it).

The lexicon features of ``framing_features`` see a word and its two neighbours; these see the
sentence through the small English model that the pipeline already runs for quotes and events:

* ``t2v*``: the 96 numbers of the model's shared ``tok2vec`` layer for the word (``doc.tensor``,
  filled as a by-product of the parse: no extra model, no extra cost over the parse);
* part of speech (universal tags) and dependency relation of the word;
* label syntax, for Name_Calling,Labeling: a label is a noun phrase or adjective said of a person
  or group, so the word is flagged when it is an appositive of, a predicate nominal or adjective
  ("X is a liar") of, or a modifier of a person, a group or a personal pronoun (spaCy's PERSON,
  NORP and ORG entities; "he", "they" ...);
* noun-chunk position (inside a chunk, its head, a chunk with an adjective);
* named-entity type of the word (a name is rarely loaded, a NORP adjective often is part of a label).

A token outside the parsed sentences gets zeros and ``unparsed`` = 1.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy as np

TENSOR = 96
POS = ("ADJ", "NOUN", "PROPN", "VERB", "ADV", "PRON", "DET", "ADP", "AUX", "NUM", "INTJ")
DEPS = ("amod", "compound", "appos", "attr", "acomp", "nsubj", "dobj", "pobj", "conj", "npadvmod",
        "ROOT", "advmod")
ENTS = ("PERSON", "NORP", "ORG", "GPE")
GROUP_ENTS = frozenset({"PERSON", "NORP", "ORG"})
PERSONAL = frozenset("he she they them him her you we us i me who".split())
SYNTAX = ("label_of_party", "party_head", "in_chunk", "chunk_head", "chunk_with_adj", "unparsed")
CONTEXT_NAMES = (tuple(f"t2v{k}" for k in range(TENSOR)) + tuple(f"pos_{p}" for p in POS)
                 + tuple(f"dep_{d}" for d in DEPS) + tuple(f"ent_{e}" for e in ENTS) + SYNTAX)
_AT = {name: k for k, name in enumerate(CONTEXT_NAMES)}


def _party(token, ent_at) -> bool:
    """A person or group: a PERSON/NORP/ORG entity word, or a personal pronoun."""
    return ent_at(token) in GROUP_ENTS or token.lower_ in PERSONAL


def _subject(token):
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def _label_of_party(token, ent_at) -> tuple[bool, bool]:
    """(the word labels a person/group, its head is a person/group)."""
    head = token.head
    party_head = head is not token and _party(head, ent_at)
    if token.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return False, party_head
    dep = token.dep_
    if dep in ("appos", "amod", "compound", "conj") and party_head:
        return True, party_head
    if dep in ("attr", "acomp", "oprd"):  # "X is a liar", "they are corrupt", "called him a traitor"
        subject = _subject(head)
        if subject is not None and _party(subject, ent_at):
            return True, party_head
    if dep == "amod" and head.dep_ in ("attr", "appos"):  # "he is a corrupt politician"
        subject = _subject(head.head)
        if head.dep_ == "appos" and _party(head.head, ent_at) or subject is not None and _party(subject, ent_at):
            return True, party_head
    if dep in ("npadvmod", "intj", "ROOT") and token.pos_ == "NOUN" and token.i == 0:  # vocative "Traitors, ..."
        return True, party_head
    return False, party_head


def context_features(toks, parsed, ents: list[tuple[int, int, str]]) -> np.ndarray:
    """One row of ``CONTEXT_NAMES`` values per token of ``toks`` (``framing_features.Token``).

    ``parsed``: ``annotate.nlp.ParsedSentence`` objects (sentence docs with article offsets);
    ``ents``: (start, end, label) of the article's named entities, in article offsets. A word
    spaCy splits takes the row of its first spaCy token.
    """
    out = np.zeros((len(toks), len(CONTEXT_NAMES)))
    out[:, _AT["unparsed"]] = 1.0
    ent_starts = [s for s, _, _ in ents]
    starts = [tok.start for tok in toks]
    for sentence in parsed:
        doc, offset = sentence.doc, sentence.offset

        def ent_at(token) -> str:
            begin = offset + token.idx
            k = bisect_right(ent_starts, begin) - 1
            return ents[k][2] if k >= 0 and begin < ents[k][1] else ""

        chunk_of = _chunk_positions(doc)
        tensor = doc.tensor if getattr(doc.tensor, "shape", (0,))[0] == len(doc) else None
        for token in doc:
            if token.is_space:
                continue
            begin = offset + token.idx
            end = begin + len(token.text)
            rows = [i for i in range(bisect_right(starts, begin - 1), len(toks)) if toks[i].start < end]
            if not rows:
                continue
            row = _token_row(token, tensor, ent_at, chunk_of)
            for i in rows:
                if out[i, _AT["unparsed"]]:
                    out[i] = row
    return out


def _chunk_positions(doc) -> dict[int, tuple[int, bool]]:
    """spaCy token index → (its noun chunk's root index, whether the chunk holds an adjective)."""
    chunk_of = {}
    for chunk in doc.noun_chunks:
        with_adj = any(t.pos_ == "ADJ" for t in chunk)
        for t in chunk:
            chunk_of[t.i] = (chunk.root.i, with_adj)
    return chunk_of


def _token_row(token, tensor, ent_at, chunk_of: dict[int, tuple[int, bool]]) -> np.ndarray:
    """The ``CONTEXT_NAMES`` values of one spaCy token."""
    row = np.zeros(len(CONTEXT_NAMES))
    if tensor is not None:
        row[:TENSOR] = tensor[token.i]
    if token.pos_ in POS:
        row[_AT[f"pos_{token.pos_}"]] = 1.0
    if token.dep_ in DEPS:
        row[_AT[f"dep_{token.dep_}"]] = 1.0
    ent = ent_at(token)
    if ent in ENTS:
        row[_AT[f"ent_{ent}"]] = 1.0
    label, party_head = _label_of_party(token, ent_at)
    row[_AT["label_of_party"]], row[_AT["party_head"]] = float(label), float(party_head)
    if token.i in chunk_of:
        root, with_adj = chunk_of[token.i]
        row[_AT["in_chunk"]], row[_AT["chunk_head"]] = 1.0, float(root == token.i)
        row[_AT["chunk_with_adj"]] = float(with_adj)
    return row


def article_context(toks, analysis, sentences=None) -> np.ndarray:
    """``context_features`` for an ``annotate.nlp.Analysis``: parses ``sentences`` (default:
    all of them; cached by the analysis) and reads its entities."""
    parsed = analysis.parse(analysis.sentences if sentences is None else sentences)
    ents = [(e.start_char, e.end_char, e.label_) for e in analysis.doc.ents]
    return context_features(toks, parsed, ents)
