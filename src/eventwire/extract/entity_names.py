"""Names the actor vocabulary knows that spaCy's NER missed or merged.

Two mechanisms, both exact lookups in the compiled :class:`~.actors_data.Vocabulary` (the
packaged tables plus any ``--actors`` file), so the cost is one dictionary probe per token:

* **Coordinated names in one span.** The small NER often tags "Gondor and Arnor" or "Britain,
  France and Germany" as one GPE/ORG (or even WORK_OF_ART/FAC) span, which then resolves to
  nothing. A span holding a coordinator (*and*, *&*) is split at the coordinator and the commas
  when **every** conjunct, trimmed of "the", is a name the vocabulary knows (a country, capital,
  demonym, group or listed person); each conjunct becomes its own span on its own text. A span
  the vocabulary knows whole ("Trinidad and Tobago", "Bosnia and Herzegovina") is kept, and so is
  one with any unknown conjunct ("Procter & Gamble"). Coordination joins constituents of the
  same category (Huddleston & Pullum 2002, ch. 15), so two names joined by *and* are two names.
* **A sentence's first word.** Capitalisation marks a proper name everywhere but at a
  sentence's start, where every word is capitalised; the NER then leans on context and often
  leaves a name untagged ("Arnor is about to restore ties …"). A capitalised vocabulary name
  there, untagged, and not followed by another capitalised word (which could make it part of a
  longer unknown name: "Jordan Valley") is taken as the name.
* **A title inside a non-person span.** "<country> <role> <Name>" tagged ORG as a whole (the
  small model's slip on unfamiliar names) is cut to the name as a PERSON, so the title before
  it codes the person as any title does.
"""

from __future__ import annotations

from typing import Optional, Sequence

from .actors_data import KIND_ORDER, Vocabulary

#: Vocabulary kinds that are names, with the NER label a conjunct of that kind gets.
NAME_LABELS = {"country": "GPE", "capital": "GPE", "group": "ORG", "demonym": "NORP", "person": "PERSON"}
#: NER labels whose spans may hide coordinated names (the small model's label for a list of
#: unfamiliar names is often WORK_OF_ART or FAC).
SPLIT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
COORDINATORS = frozenset({"and", "&"})
SEPARATORS = COORDINATORS | {","}
LEADING = frozenset({"the", "The"})
POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})


def name_label(vocab: Vocabulary, words: Sequence[str]) -> Optional[str]:
    """The NER label of a capitalised name the vocabulary knows (``None`` when it does not)."""
    if not words or not words[0][:1].isupper():
        return None
    kinds = sorted((e.kind for e in vocab.entries(words) if e.kind in NAME_LABELS),
                   key=lambda k: KIND_ORDER.get(k, 9))
    return NAME_LABELS[kinds[0]] if kinds else None


def conjunct_ranges(words: Sequence[str]) -> list[tuple[int, int]]:
    """Token ranges (relative) of the conjuncts of a coordinated span, "the" trimmed."""
    ranges, start = [], 0
    for i, word in enumerate([*words, ","]):
        if word.lower() in SEPARATORS or i == len(words):
            lo = start + 1 if start < i and words[start] in LEADING else start
            ranges.append((lo, i))
            start = i + 1
    if not ranges or ranges[0][0] >= ranges[0][1] or ranges[-1][0] >= ranges[-1][1]:
        return []  # a span that opens or ends with a coordinator ("Gondor and") is no list
    return [(lo, hi) for lo, hi in ranges if hi > lo]  # ", and": the Oxford comma


def split_conjoined(doc, ents: list, vocab: Vocabulary) -> list:
    """``ents`` with each coordinated span of known names replaced by one span per name, and
    a title run into a name (:func:`titled_person`) cut down to the name."""
    from spacy.tokens import Span

    out = []
    for ent in ents:
        words = [t.text for t in ent]
        while len(words) > 1 and words[-1] in POSSESSIVE_TOKENS:
            words.pop()
        person = titled_person(doc, ent, vocab)
        if person is not None:
            out.append(person)
            continue
        if (ent.label_ not in SPLIT_LABELS or not COORDINATORS & {w.lower() for w in words}
                or name_label(vocab, [w for w in words if w not in LEADING])):
            out.append(ent)
            continue
        parts = conjunct_ranges(words)
        labels = [name_label(vocab, words[lo:hi]) for lo, hi in parts]
        if len(parts) < 2 or not all(labels):
            out.append(ent)
            continue
        out.extend(Span(doc, ent.start + lo, ent.start + hi, label=label)
                   for (lo, hi), label in zip(parts, labels))
    return out


#: NER labels a "title + name" run may wrongly get as a whole ("Kertavian President Osk Varn" as ORG).
TITLED_LABELS = frozenset({"ORG", "FAC", "GPE", "NORP", "LOC", "WORK_OF_ART", "PRODUCT"})


def person_title(word: str) -> bool:
    """A role noun that names one office holder ("president", "envoy"), as the speaker roles
    list them (``data/speaker_roles.csv``, ``singular``); a body ("army", "media", "council")
    before a capitalised word is a name of its own ("Swiss Army Knife")."""
    from .speakers import roles

    return roles().get(word.lower()) == "singular"


def titled_person(doc, ent, vocab: Vocabulary):
    """A PERSON span for the name inside a non-PERSON span read "<country/group> <title> <Name>"
    ("Arnorian President Telemar" tagged ORG): the title is an actor phrase, the rest are
    capitalised words the vocabulary does not know. The title is then read as any title before
    a name is (``entities.find_titles``). ``None`` when the span is not of that shape."""
    from spacy.tokens import Span

    from .actors import parse_phrase

    words = [t.text for t in ent]
    if ent.label_ not in TITLED_LABELS or len(words) < 3:
        return None
    for cut in range(len(words) - 1, 1, -1):
        rest = words[cut:]
        if not all(w[:1].isupper() and w.isalpha() and not vocab.entries((w,)) for w in rest):
            continue
        if not person_title(words[cut - 1]):
            continue
        parsed = parse_phrase(words[:cut], vocab)
        if parsed is not None and parsed.has_role and parsed.modifier is not None:
            return Span(doc, ent.start + cut, ent.end, label="PERSON")
    return None


def sentence_first_name(tokens: Sequence[str], start: int, end: int, sent_start: int,
                        covered, spelling: str = "") -> bool:
    """``tokens[start:end]`` is a capitalised name at a sentence's start (after any opening
    punctuation) that no NER entity covers and no capitalised word follows. Sentence case
    proves nothing there, so a single word must be spelled exactly as the vocabulary spells
    it (``spelling``: "Let" is not "LeT") and be no function word ("May", "Will")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    word = tokens[start]
    if end - start == 1 and spelling and (word[: len(spelling)] != spelling[: len(word)]  # stems: a prefix
                                          or word.lower() in STOP_WORDS):
        return False
    first = sent_start
    while first < start and not tokens[first][:1].isalnum():
        first += 1
    if start != first or not tokens[start][:1].isupper():
        return False
    if any(covered(i) for i in range(start, end)):
        return False
    after = tokens[end] if end < len(tokens) else ""
    return not after[:1].isupper()
