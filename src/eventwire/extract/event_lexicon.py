"""The event-trigger lexicon: verb and noun patterns → CAMEO codes, from ``data/event_verbs.csv``.

Row kinds:

* ``verb``  – a verb lemma, optionally constrained by a particle/preposition child and by the
  lemma of its object (direct object, or the object of that preposition);
* ``noun``  – an event noun ("meeting", "withdrawal"), optionally constrained by a modifier
  (compound/amod lemma: "hunger strike") or an object ("withdrawal of troops");
* ``light`` – a light verb ("hold", "pay", "impose") whose object noun carries the event;
* ``modal`` – a verb that sets the modality of the event in its complement ("plans to visit");
* ``speech`` – a verb of saying: an event in its clausal complement is reported speech
  (verbs coded 010 count as speech verbs too).

``recipient`` lists where the recipient sits: ``dobj`` or a preposition ("with", "on" …).
A slot marked ``^`` ("^from") makes the row *converse*: that preposition's object is the actor
and the subject the recipient ("X received weapons from Y", ``event_constructions``).
The candidate scan uses the surface forms of every lemma: regular inflections are generated
here (a cheap over-generating rule is enough for a pre-filter) and irregular forms come from the
``forms`` column, so no lemmatizer runs over unparsed text.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

VOWELS = frozenset("aeiou")
#: Words that make a sentence a candidate without being a lexicon lemma: "X said Y *must* …"
#: is coded as a demand (``event_labels.must_draft``).
EXTRA_CUES = frozenset({"must"})
#: Event nouns with an "of" patient whose prenominal genitive is the agent even when the "of"
#: phrase is absent: "the minister's criticism", "the union's boycott". A genitive reads as the
#: patient only when that patient is affected (Anderson 1979's affectedness constraint: "the
#: suspects' arrest", "the activist's detention"); a speech act or a boycott leaves its object
#: untouched.
POSSESSOR_AGENT_NOUNS = frozenset({"criticism", "condemnation", "boycott", "censorship",
                                   "occupation", "blockade", "shelling", "bombardment",
                                   "bombing"})
#: Acts done to a territory or a people leave a lone genitive open to both readings: the agent
#: ("Israel's occupation", "Russia's shelling") or the affected undergoer (Grimshaw 1990, "the
#: city's destruction"; Anderson 1979's affectedness: "Kuwait's invasion"). Which one is meant is
#: world knowledge, not grammar, so the nouns are sorted by the reading news usage makes
#: dominant, and a genitive stays out of the event where neither is:
#:
#: * agent (``POSSESSOR_AGENT_NOUNS`` above): occupation, blockade, shelling, bombardment,
#:   bombing: "Israel's occupation", "NATO's bombing" name who does it;
#: * undergoer (``UNDERGOER_POSSESSOR_NOUNS``): liberation, annexation: "Kuwait's liberation",
#:   "Crimea's annexation" name the land it is done to;
#: * neither (``AMBIGUOUS_POSSESSOR_NOUNS``): invasion, conquest, siege: "Kuwait's invasion"
#:   (Kuwait invaded) and "Iraq's invasion" (Iraq invading) are both common, so the genitive is
#:   no party at all: no code rather than a guessed one.
#:
#: In all three, the genitive is the agent where the noun is agentive in use
#: (``event_args.agentive_use``): an "of" patient ("Iraq's invasion of Kuwait"), another patient
#: or goal ("Russia's invasion into Ukraine"), or a pronoun genitive, which picks up a party
#: already named as the doer ("Peru said its annexation of the islands would stand").
UNDERGOER_POSSESSOR_NOUNS = frozenset({"liberation", "annexation"})
AMBIGUOUS_POSSESSOR_NOUNS = frozenset({"invasion", "conquest", "siege"})
TERRITORIAL = UNDERGOER_POSSESSOR_NOUNS | AMBIGUOUS_POSSESSOR_NOUNS


@dataclass(frozen=True)
class Pattern:
    """One lexicon row."""

    kind: str
    lemma: str
    particle: Optional[str]
    modifiers: frozenset[str]
    objects: frozenset[str]
    code: Optional[str]
    mode: Optional[str]
    recipient: tuple[str, ...]

    @property
    def specificity(self) -> int:
        """More constraints win over fewer when several rows match."""
        return 2 * bool(self.objects) + 2 * bool(self.modifiers) + bool(self.particle)


@dataclass(frozen=True)
class Lexicon:
    """Patterns by kind and lemma, plus the lowercase surface forms for the cheap scan."""

    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]
    light: dict[str, tuple[Pattern, ...]]
    modal: dict[str, str]
    speech: frozenset[str]
    surface: frozenset[str]
    statement_surface: frozenset[str]  # forms of the 010 speech verbs (say, tell …)
    needs_object: dict[str, frozenset[str]]  # form → object words it needs ("share" → intelligence)


def _split(cell: str) -> frozenset[str]:
    return frozenset(x.strip().lower() for x in cell.split("|") if x.strip())


def inflections(lemma: str) -> set[str]:
    """Regular English inflections of ``lemma`` (over-generating on purpose: a pre-filter)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    is_cvc = (
        len(lemma) > 2 and lemma[-1] not in VOWELS | {"w", "x", "y"}
        and lemma[-2] in VOWELS and lemma[-3] not in VOWELS
    )
    if is_cvc:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _row_needs(pattern: Pattern) -> Optional[set[str]]:
    """Words a row needs in the sentence to possibly match, or None when it needs none we can
    check cheaply: its objects (plurals too), modifiers and particle; a to-infinitive row
    needs "to"; a clausal one ("claimed that") counts as free."""
    if pattern.particle in ("ccomp", "passive"):  # passive: the verb's own voice, no word
        return None
    words = {w for o in pattern.objects for w in (o, o + "s")} | set(pattern.modifiers)
    if pattern.particle:
        words.add("to" if pattern.particle == "xcomp" else pattern.particle)
    return words or None


def _object_needs(patterns: list[Pattern], kind: str) -> dict[str, frozenset[str]]:
    """Lemmas of ``kind`` whose every row needs some word (see :func:`_row_needs`), with the
    words: "share" needs "intelligence", "state" needs "emergency", "step" needs "down"."""
    needs: dict[str, set[str]] = {}
    free: set[str] = set()
    for pattern in patterns:
        if pattern.kind != kind:
            continue
        words = _row_needs(pattern)
        if words is None:
            free.add(pattern.lemma)
        else:
            needs.setdefault(pattern.lemma, set()).update(words)
    return {lemma: frozenset(words) for lemma, words in needs.items() if lemma not in free}


def _pattern(row: dict) -> Pattern:
    return Pattern(
        kind=row["kind"],
        lemma=row["lemma"].lower(),
        particle=row["particle"].lower() or None,
        modifiers=_split(row["modifier"]),
        objects=_split(row["object"]),
        code=row["code"] or None,
        mode=row["mode"] or None,
        recipient=tuple(sorted(_split(row["recipient"]))),
    )


def _group(patterns: Iterable[Pattern]) -> dict[str, tuple[Pattern, ...]]:
    grouped: dict[str, list[Pattern]] = {}
    for pattern in patterns:
        grouped.setdefault(pattern.lemma, []).append(pattern)
    return {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in grouped.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, read once from the package data."""
    raw = resources.files("eventwire.data").joinpath("event_verbs.csv").read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw)))
    patterns = [_pattern(row) for row in rows]
    surface: set[str] = set()
    statements: set[str] = set()
    needs = {kind: _object_needs(patterns, kind) for kind in ("verb", "noun")}
    gated: dict[str, frozenset[str]] = {}
    for row, pattern in zip(rows, patterns):
        # Light verbs only matter with an event noun, which is itself in the surface set.
        # Nouns take plural forms only ("accords", not "according").
        if pattern.kind == "noun":
            forms = {pattern.lemma, pattern.lemma + "s", pattern.lemma + "es"}
        elif pattern.kind == "verb":
            forms = inflections(pattern.lemma) | _split(row["forms"])
        else:
            continue
        wanted = needs[pattern.kind].get(pattern.lemma)
        if wanted is not None:
            for form in forms:
                gated[form] = gated.get(form, frozenset()) | wanted
        elif pattern.code == "010" and pattern.kind == "verb":
            statements.update(forms)
        else:
            surface.update(forms)
    from .event_labels import ACCUSING_WORDS, AS_VERBS, NAMING_VERBS

    for lemma in NAMING_VERBS | AS_VERBS:  # "branded X terrorists": a label that accuses
        for form in inflections(lemma):
            gated[form] = gated.get(form, frozenset()) | ACCUSING_WORDS
    by_kind = {k: [p for p in patterns if p.kind == k] for k in ("verb", "noun", "light")}
    return Lexicon(
        verbs=_group(by_kind["verb"]),
        nouns=_group(by_kind["noun"]),
        light=_group(by_kind["light"]),
        modal={p.lemma: p.mode for p in patterns if p.kind == "modal" and p.mode},
        speech=frozenset(
            p.lemma for p in patterns
            if p.kind == "speech" or (p.kind == "verb" and p.code == "010")
        ),
        surface=frozenset(surface | EXTRA_CUES),
        statement_surface=frozenset(statements - surface),
        needs_object={form: words for form, words in gated.items() if form not in surface},
    )


def best_match(
    patterns: Iterable[Pattern], *, particles: set[str], objects: set[str] | dict[str, set[str]],
    modifiers: set[str]
) -> Optional[Pattern]:
    """The most specific pattern whose constraints all hold, or None. ``objects`` is one set
    (nouns: the words of their "of"/"on" objects and modifiers) or, for verbs, slot → words
    (:func:`.event_objects.verb_object_slots`): a row's object list is then matched against
    its own particle's slot only."""
    for pattern in patterns:  # already sorted by specificity, most specific first
        if pattern.particle and pattern.particle not in particles:
            continue
        if isinstance(objects, dict):
            filling = objects.get(pattern.particle or "", set())
        else:
            filling = objects
        if pattern.objects and not pattern.objects & filling:
            continue
        if pattern.modifiers and not pattern.modifiers & modifiers:
            continue
        return pattern
    return None


def lemma_keys(token) -> list[str]:
    """The parser's lemma, then plain de-inflections of the word itself: the lemmatizer
    sometimes errs on news verbs ("staged" → "stag"), and a lexicon lookup by a wrong lemma
    loses the event. Over-generating is harmless: only keys in the lexicon are used."""
    word = token.lower_
    keys = [token.lemma_.lower(), word]
    if word.endswith("ed"):
        keys += [word[:-1], word[:-2]]
    elif word.endswith("ing"):
        keys += [word[:-3], word[:-3] + "e"]
    elif word.endswith("s"):
        keys += [word[:-1]]
    return keys


def lookup(table: dict, token) -> tuple:
    """Patterns of the first of :func:`lemma_keys` that ``table`` holds."""
    for key in lemma_keys(token):
        if key in table:
            return table[key]
    return ()


def noun_takes(noun, prep: str, lex: Optional[Lexicon] = None) -> bool:
    """Whether an event noun's lexicon rows take ``prep``'s object as the target ("sanctions
    *on* X", "an attack *on* X"); False for nouns outside the lexicon ("a meeting on …")."""
    nouns = (lex or lexicon()).nouns
    rows = nouns.get(noun.lower_) or nouns.get(noun.lemma_.lower()) or ()
    return any(prep in row.recipient for row in rows)


def target_preps(noun, preps: frozenset, lex: Optional[Lexicon] = None) -> frozenset:
    """``preps`` that mark an act's target on an object noun. "on" does so only after nouns
    whose own rows take an "on" target ("sanctions *on* X"); after a meeting, report, debate or
    advice it names the subject matter ("a meeting *on* Palestinian reform"), not a party."""
    return preps if noun_takes(noun, "on", lex) else preps - {"on"}
