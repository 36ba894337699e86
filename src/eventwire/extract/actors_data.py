"""The actor vocabulary: countries, role nouns and known groups, loaded from ``eventwire/data``.

Four CSV files hold the facts (``countries.csv``, ``roles.csv``, ``groups.csv``, ``people.csv``; see
``data/README.md``). They are compiled once into a :class:`Vocabulary`: a dictionary from token
tuples to :class:`Entry` objects, so that both the string resolver (``actors.resolve_actor``) and
the entity scan over a spaCy ``Doc`` look phrases up the same way, with the same tokenizer.

A user extension file with the same columns as one of the four files (recognised by its header)
is merged in by :func:`load_vocabulary`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from ..record import Actor
from .actors_periods import Period, actor_on, parse_periods
from .actors_petrarch import looks_like_petrarch, read_dictionary

COUNTRY_COLUMNS = ("iso3", "iso2", "name", "aliases", "demonyms", "capitals")
ROLE_COLUMNS = ("phrase", "kind", "sectors", "description")
GROUP_COLUMNS = ("names", "code", "country", "sectors", "group", "known_group", "description")
PEOPLE_COLUMNS = ("names", "code", "country", "sectors", "description")
#: v2 adds dates of office (``actors_periods``); files with the v1 header still load.
PEOPLE_COLUMNS_DATED = (*PEOPLE_COLUMNS, "periods")
#: Entry kinds that can stand before a role noun ("Chinese troops", "Taliban spokesman").
MODIFIER_KINDS = frozenset({"country", "demonym", "capital", "group"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class Entry:
    """One vocabulary phrase and what it means.

    ``kind`` is country | demonym | capital | group | role | generic | qualifier | verb | cue.
    ``actor`` is set for countries, demonyms, capitals (the bare country) and groups;
    ``sectors`` for roles. ``upper_first`` asks the text to be capitalised too, so that
    "Turkey" the country is not "turkey" the bird.
    """

    kind: str
    phrase: str
    actor: Optional[Actor] = None
    sectors: tuple[str, ...] = ()
    description: Optional[str] = None
    upper_first: bool = False
    periods: tuple[Period, ...] = ()  # people only: the actor by date of office


@dataclass
class Vocabulary:
    """Phrase tables keyed by token tuples: lowercase keys, and exact-case keys for acronyms."""

    lower: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    cased: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    max_len: int = 1
    firsts: set[str] = field(default_factory=set)  # lowercase first tokens, to fail fast
    #: stem entries (PETRARCH dictionaries): lowercase words before the last → (stem, entry)
    stems: dict[tuple[str, ...], list[tuple[str, Entry]]] = field(default_factory=dict)
    stem_firsts: set[str] = field(default_factory=set)  # one-word stems, for the fast fail
    _words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def add(self, entry: Entry, *, first: bool = False, stem: bool = False) -> None:
        """Index ``entry`` under its tokens; all-caps acronyms ("US", "WHO") only match as cased.

        ``first`` puts the entry before earlier ones with the same spelling (user overrides).
        ``stem`` also lets the last word match any longer capitalised word it begins
        ("Argentin" → Argentina, Argentine), as PETRARCH dictionary words do.
        """
        tokens = tuple(tokenize(entry.phrase))
        if not tokens:
            return
        if stem:
            lowered = tuple(t.lower() for t in tokens)
            bucket = self.stems.setdefault(lowered[:-1], [])
            bucket.insert(0, (lowered[-1], entry)) if first else bucket.append((lowered[-1], entry))
            if len(tokens) == 1:
                self.stem_firsts.add(lowered[0])
        letters = [c for c in entry.phrase if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
            table, key = self.cased, tokens
        else:
            table, key = self.lower, tuple(t.lower() for t in tokens)
        self.firsts.add(tokens[0].lower())
        self._words.clear()
        bucket = table.setdefault(key, [])
        bucket.insert(0, entry) if first else bucket.append(entry)
        self.max_len = max(self.max_len, len(tokens))

    def entries(self, tokens: Sequence[str]) -> list[Entry]:
        """Every entry spelled exactly by ``tokens`` (case rules applied)."""
        key = tuple(tokens)
        found = list(self.cased.get(key, ()))
        upper = bool(key) and key[0][:1].isupper()
        for entry in self.lower.get(tuple(t.lower() for t in key), ()):
            if upper or not entry.upper_first:
                found.append(entry)
        if self.stems and key and key[-1][:1].isupper():
            last = key[-1].lower()
            for stem, entry in self.stems.get(tuple(t.lower() for t in key[:-1]), ()):
                if len(last) > len(stem) and last.startswith(stem) and (upper or not entry.upper_first):
                    found.append(entry)
        return found

    def may_start_kind(self, word: str, kind: str) -> bool:
        """Can an entry of ``kind`` start with ``word``? A set test that spares a
        :meth:`longest` call for most tokens of a text (cached per kind, cleared by :meth:`add`)."""
        key = "^" + kind
        if key not in self._words:
            self._words[key] = frozenset(k[0].lower() for table in (self.lower, self.cased)
                                         for k, es in table.items() if any(e.kind == kind for e in es))
        low = word.lower()
        return low in self._words[key] or any(low.startswith(s) for s in self.stem_firsts)

    def _may_start(self, word: str) -> bool:
        low = word.lower()
        return low in self.firsts or any(low.startswith(s) for s in self.stem_firsts)

    def longest(self, tokens: Sequence[str], start: int, kinds: frozenset[str]):
        """The longest entry of one of ``kinds`` that starts at ``tokens[start]``.

        Returns ``(length, entry)`` or ``None``. Group names win over country words of the same
        length, so "Chinese Communist Party" is the party, not "Chinese" + leftovers.
        """
        if start >= len(tokens) or not self._may_start(tokens[start]):
            return None
        top = min(self.max_len, len(tokens) - start)
        for length in range(top, 0, -1):
            hits = [e for e in self.entries(tokens[start : start + length]) if e.kind in kinds]
            if hits:
                hits.sort(key=lambda e: KIND_ORDER.get(e.kind, 9))
                return length, hits[0]
        return None

    def words(self, kind: str) -> frozenset[str]:
        """Lowercase single-token phrases of one kind (verbs, cues) for cheap set tests (cached)."""
        if kind not in self._words:
            found = (k[0] for k, es in self.lower.items() if len(k) == 1 and any(e.kind == kind for e in es))
            self._words[kind] = frozenset(found)
        return self._words[kind]


KIND_ORDER = {"group": 0, "country": 1, "capital": 2, "demonym": 3, "role": 4, "generic": 5}


@lru_cache(maxsize=1)
def _tokenizer():
    """spaCy's rule-based English tokenizer (no model), the same rules the scan pipeline uses."""
    import spacy

    return spacy.blank("en").tokenizer


def tokenize(text: str) -> list[str]:
    """Split ``text`` into token strings as spaCy would, dropping whitespace tokens."""
    return [t.text for t in _tokenizer()(text) if not t.is_space]


def split(cell: str) -> list[str]:
    """A ``|``-separated cell as a list of stripped, non-empty values."""
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def country_entries(row: dict) -> Iterator[Entry]:
    """Entries for one ``countries.csv`` row: names and aliases, demonyms, capitals."""
    iso3 = row["iso3"]
    actor = Actor(code=iso3, country=iso3)
    for name in [row["name"], *split(row["aliases"])]:
        yield Entry("country", name, actor=actor, upper_first=name[:1].isupper())
    for word in split(row["demonyms"]):
        yield Entry("demonym", word, actor=actor, upper_first=True)
    for city in split(row["capitals"]):
        yield Entry("capital", city, actor=actor, upper_first=True)


def role_entries(row: dict) -> Iterator[Entry]:
    """One entry for a ``roles.csv`` row."""
    sectors = tuple(split(row["sectors"]))
    yield Entry(row["kind"], row["phrase"], sectors=sectors, description=row["description"] or None)


def group_entries(row: dict) -> Iterator[Entry]:
    """Entries for each name of one ``groups.csv`` row, all sharing one actor."""
    actor = Actor(
        code=row["code"],
        country=row["country"] or None,
        sectors=tuple(split(row["sectors"])),
        group=row["group"] or None,
        description=row["description"] or None,
    )
    for name in split(row["names"]):
        yield Entry("group", name, actor=actor, upper_first=name[:1].isupper())


def person_entries(row: dict) -> Iterator[Entry]:
    """Entries for each name of one ``people.csv`` row (well-known office holders)."""
    actor = Actor(code=row["code"], country=row["country"] or None,
                  sectors=tuple(split(row["sectors"])), description=row["description"] or None)
    periods = parse_periods(row.get("periods") or "", actor)
    for name in split(row["names"]):
        yield Entry("person", name, actor=actor, upper_first=True, periods=periods)


def known_person(words: Sequence[str], vocab: Vocabulary) -> Optional[Actor]:
    """The actor of a person named exactly by ``words`` in ``people.csv``, if listed.

    Only whole names match ("Putin", "Vladimir Putin"), never a part of a longer name, so a
    namesake with another first name ("George Clinton") stays uncoded. This is the row's
    ``code`` (no date); :func:`known_person_on` picks the code for a date of office."""
    hits = [e for e in vocab.entries(words) if e.kind == "person"]
    return hits[0].actor if hits else None


def known_person_on(words: Sequence[str], vocab: Vocabulary,
                    when: Optional[dt.date]) -> Optional[tuple[Actor, bool]]:
    """``(actor, dated)`` of a listed person at date ``when``, or ``None`` when not listed.

    ``dated`` is False when the row has periods but ``when`` is unknown or outside them, so
    the row's undated ``code`` was used and the caller should lower its confidence."""
    hits = [e for e in vocab.entries(words) if e.kind == "person"]
    if not hits:
        return None
    return actor_on(hits[0].periods, when, hits[0].actor)


ROW_READERS = {COUNTRY_COLUMNS: country_entries, ROLE_COLUMNS: role_entries, GROUP_COLUMNS: group_entries,
               PEOPLE_COLUMNS: person_entries, PEOPLE_COLUMNS_DATED: person_entries}


def read_entries(raw: str) -> Iterator[Entry]:
    """Entries from one CSV text; its header row says which of the four tables it is."""
    reader = csv.DictReader(io.StringIO(raw))
    columns = tuple(reader.fieldnames or ())
    if columns not in ROW_READERS:
        raise ValueError(f"unknown actor vocabulary columns: {columns}")
    for row in reader:
        yield from ROW_READERS[columns](row)


def build_vocabulary(texts: Iterable[str]) -> Vocabulary:
    """Compile CSV texts into one :class:`Vocabulary` (later texts add to earlier ones)."""
    vocab = Vocabulary()
    for raw in texts:
        for entry in read_entries(raw):
            vocab.add(entry)
    return vocab


def package_texts() -> list[str]:
    """The packaged CSV files' contents, read through importlib.resources."""
    data = resources.files("eventwire").joinpath("data")
    names = ("countries.csv", "roles.csv", "groups.csv", "people.csv")
    return [data.joinpath(name).read_text(encoding="utf-8") for name in names]


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """The packaged vocabulary, compiled once per process."""
    return build_vocabulary(package_texts())


def load_vocabulary(extra: Path | Sequence[Path] | None = None) -> Vocabulary:
    """The packaged vocabulary, plus user files: CSV files with one table's columns, or
    PETRARCH/TABARI actor and agent dictionaries (``actors_petrarch``), told apart by content.

    Without ``extra`` this is the cached default. User rows add phrases and, for a phrase the
    package already knows with the same kind, take precedence over the packaged meaning (and
    a later file's over an earlier one's).
    """
    if not extra:
        return default_vocabulary()
    vocab = build_vocabulary(package_texts())
    for path in [extra] if isinstance(extra, (str, Path)) else list(extra):
        raw = Path(path).read_text(encoding="utf-8", errors="replace")
        if looks_like_petrarch(raw):
            add_petrarch(vocab, raw)
            continue
        for entry in read_entries(raw):
            vocab.add(entry, first=True)
    return vocab


def add_petrarch(vocab: Vocabulary, raw: str) -> None:
    """Add a PETRARCH dictionary's actors (countries, groups, dated people) and agents (role
    nouns with their sectors) to ``vocab``, before packaged entries of the same spelling."""
    actors, agents = read_dictionary(raw)
    for row in actors:
        phrase = " ".join(w[:1].upper() + w[1:].lower() for w in row.phrase.words)
        actor = row.actor
        kind = "country" if actor.code == actor.country and len(actor.code or "") == 3 else "group"
        vocab.add(Entry(kind, phrase, actor=actor, upper_first=True), first=True, stem=row.phrase.stem)
        if row.periods:  # a dated code: people are looked up by date of office
            vocab.add(Entry("person", phrase, actor=actor, upper_first=True, periods=row.periods),
                      first=True)
    for row in agents:
        vocab.add(Entry("role", " ".join(row.phrase.words).lower(), sectors=row.sectors,
                        description="PETRARCH agent"), first=True)
