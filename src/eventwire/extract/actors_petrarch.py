"""PETRARCH / TABARI actor and agent dictionaries as a user actor vocabulary (``--actors FILE``).

People moving from PETRARCH or Phoenix keep their actors in the flat-text dictionaries those
coders read (``*.actors.txt``, ``*.agents.txt``; the format is TABARI's, described in the
openeventdata ``dictionaries`` README and the TABARI 0.8 manual). This module reads what those
files hold and turns it into :class:`~eventwire.extract.actors_data.Entry` objects:

Actors (one entry per phrase; synonyms share its codes)::

    GONDOR  [GON]            # a phrase and its code; words joined by "_" or " "
    +MINAS_TIRITH            # a synonym of the entry above
    ARNOR_  [ARN]            # a final "_" asks for the exact word; otherwise the last word
                             # is a stem ("ARGENTIN" matches Argentina, Argentine)
    SAM_GAMGEE [HOB]         # an undated code, then date-restricted ones on their own lines:
        [HOBCIV <20080120]   #   before a day
        [HOBGOV 20121109-20130119]   # a range, both ends included
        [HOBELI >20130119]   #   after a day (6-digit YYMMDD days are read with Python's %y)

Agents (a code with ``~``: the sector the role adds to whoever it belongs to)::

    !PERSON! = MAN, MEN, WOMAN, WOMEN       # a substitution set used inside phrases
    FOREIGN_MINISTER [~GOVFRM]              # "~GOV": the sector follows the actor's country
    CONGRESS!PERSON! [~LEG]                 # CONGRESSMAN, CONGRESSMEN, ...
    POLICE {} [~COP]                        # "{}": no plural; "{GEESE}": the plural(s) given
    HUMAN_RIGHTS_BODY [NGO~]                # a prefix agent: read as the sector NGO

Comments: ``#`` to the end of a line and ``<!-- ... -->`` blocks. Codes are upper-cased
(``[pse]`` → PSE). A 3-letter code is a country; a longer one is split as CAMEO codes are
(country or IGO/NGO/IMG/MNC block, then 3-letter sectors). Without a stem a word shorter than
four letters is matched exactly: a three-letter stem ("ENT") would match most capitalised
words.

Not supported, and said so: entries with several codes (``[ELR/GAL]``: eventwire actors have
one code) and the "null" codes ``+++``/``###`` are skipped with a warning; anything else that
is not this format (a code block before any phrase, an unclosed bracket, a set used but not
defined) raises :class:`PetrarchFormatError` with the line number.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass, field
from typing import Iterator, Optional

from ..record import Actor
from .actors_periods import BLOCKS, Period

#: A stem matches longer words only from this many letters on.
MIN_STEM = 4
_XML_COMMENT = re.compile(r"<!\s*--.*?-->", re.S)
_CODE_BLOCK = re.compile(r"\[([^\[\]]*)\]")
_SET_DEF = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$", re.I)
_SET_USE = re.compile(r"![A-Z0-9_]+!", re.I)
_CODE = re.compile(r"^[A-Z0-9-]{3,}$")
_NULL_CODES = frozenset({"+++", "###"})


class PetrarchFormatError(ValueError):
    """A line that is not PETRARCH dictionary format."""


@dataclass
class _Code:
    code: str
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None  # exclusive
    ranged: bool = False


@dataclass
class _Item:
    line: int
    phrases: list[str]
    codes: list[_Code] = field(default_factory=list)
    plurals: Optional[list[str]] = None  # agents: None = default plural, [] = none


@dataclass(frozen=True)
class Phrase:
    """One dictionary phrase as words; ``stem`` when the last word is a prefix."""

    words: tuple[str, ...]
    stem: bool


def looks_like_petrarch(raw: str) -> bool:
    """True when ``raw`` reads as a PETRARCH dictionary: a ``[CODE]`` block on some line and
    no CSV header of eventwire's own tables on the first line."""
    first = next((ln for ln in raw.splitlines() if ln.strip()), "")
    if "," in first and "[" not in first and not first.lstrip().startswith(("<!", "#", "!")):
        return False
    return bool(_CODE_BLOCK.search(_XML_COMMENT.sub("", raw)))


def _day(text: str, line: int) -> dt.date:
    text = text.strip()
    try:
        if len(text) == 8:
            return dt.datetime.strptime(text, "%Y%m%d").date()
        if len(text) == 6:
            return dt.datetime.strptime(text, "%y%m%d").date()
    except ValueError:
        pass
    raise PetrarchFormatError(f"line {line}: not a YYYYMMDD or YYMMDD day: {text!r}")


def parse_code(block: str, line: int) -> Optional[_Code]:
    """One ``[...]`` block: a code and an optional date restriction; ``None`` for a block
    that holds no code (``[]``)."""
    block = block.strip()
    if not block:
        return None
    code, _, rest = block.partition(" ")
    if code[:1] in "<>" or re.match(r"^\d", code):
        raise PetrarchFormatError(f"line {line}: a date restriction without a code: [{block}]")
    code, rest = code.upper(), rest.strip()
    one_day = re.match(r"^([<>])\s*(\d{6}|\d{8})$", rest)
    span = re.match(r"^(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8})$", rest)
    if not rest:
        return _Code(code)
    if one_day:
        day = _day(one_day.group(2), line)
        if one_day.group(1) == "<":
            return _Code(code, end=day, ranged=True)
        return _Code(code, start=day + dt.timedelta(days=1), ranged=True)
    if span:
        first, last = _day(span.group(1), line), _day(span.group(2), line)
        if last < first:
            raise PetrarchFormatError(f"line {line}: date range ends before it starts: [{block}]")
        return _Code(code, start=first, end=last + dt.timedelta(days=1), ranged=True)
    raise PetrarchFormatError(f"line {line}: unreadable date restriction in [{block}]")


def _strip(raw: str) -> Iterator[tuple[int, str]]:
    """(line number, text) with comments removed, blank lines skipped; line numbers stay
    those of the file even across ``<!-- -->`` blocks."""
    text = _XML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), raw)
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            yield number, line


def read_items(raw: str) -> tuple[list[_Item], dict[str, list[str]]]:
    """The entries (phrases with their code blocks) and the substitution sets of one file."""
    items: list[_Item] = []
    sets: dict[str, list[str]] = {}
    current: Optional[_Item] = None
    for number, line in _strip(raw):
        body = line.strip()
        defined = _SET_DEF.match(body)
        if defined:
            sets[defined.group(1).upper()] = [w.strip().upper() for w in defined.group(2).split(",") if w.strip()]
            current = None
            continue
        if body.count("[") != body.count("]") or body.count("{") != body.count("}"):
            raise PetrarchFormatError(f"line {number}: unbalanced brackets: {body!r}")
        if body.startswith("+"):
            if current is None:
                raise PetrarchFormatError(f"line {number}: a synonym before any entry: {body!r}")
            current.phrases.append(body[1:].split("[", 1)[0].strip())
        elif body.startswith("["):
            if current is None:
                raise PetrarchFormatError(f"line {number}: a code block before any entry: {body!r}")
        else:
            head = re.split(r"[\[{]", body, maxsplit=1)[0].strip()
            current = _Item(number, [head])
            items.append(current)
            plural = re.search(r"\{([^{}]*)\}", body)
            if plural:
                current.plurals = [p.strip() for p in plural.group(1).split(",") if p.strip()]
        for block in _CODE_BLOCK.findall(body):
            code = parse_code(block, number)
            if code is not None:
                current.codes.append(code)
    return items, sets


def expand(phrase: str, sets: dict[str, list[str]], line: int) -> list[str]:
    """A phrase with its ``!SET!`` markers replaced by each member (all combinations)."""
    marker = _SET_USE.search(phrase)
    if not marker:
        return [phrase]
    name = marker.group(0).upper()
    if name not in sets:
        raise PetrarchFormatError(f"line {line}: substitution set {name} is not defined")
    out = []
    for word in sets[name]:
        out.extend(expand(phrase[: marker.start()] + word + phrase[marker.end():], sets, line))
    return out


def phrase_words(text: str) -> Phrase:
    """``"ARNOR_"`` → (Arnor,), exact; ``"ARGENTIN"`` → (Argentin,), stem."""
    exact = text.endswith("_")
    words = tuple(w for w in re.split(r"[_\s]+", text) if w)
    stem = not exact and bool(words) and sum(c.isalpha() for c in words[-1]) >= MIN_STEM
    return Phrase(words, stem)


def plural(word: str) -> str:
    """English regular plural of an upper-case agent word (PETRARCH adds one per agent)."""
    if re.search(r"[^AEIOU]Y$", word):
        return word[:-1] + "IES"
    if re.search(r"(S|SH|CH|X|Z)$", word):
        return word + "ES"
    return word + "S"


def code_actor(code: str) -> Actor:
    """An actor code split as CAMEO codes are: a country (or block) and 3-letter sectors."""
    country = None if code.startswith("---") else code[:3]
    rest = code[3:]
    sectors = () if country in BLOCKS else tuple(rest[i:i + 3] for i in range(0, len(rest), 3))
    return Actor(code=code, country=country, sectors=sectors)


def _usable(item: _Item, kind: str) -> bool:
    bad = [c.code for c in item.codes if "/" in c.code or c.code in _NULL_CODES
           or not _CODE.match(c.code.replace("~", "") or "---")]
    if not item.codes:
        warnings.warn(f"PETRARCH {kind} line {item.line}: {item.phrases[0]!r} has no code; skipped",
                      stacklevel=3)
        return False
    if bad:
        warnings.warn(f"PETRARCH {kind} line {item.line}: {item.phrases[0]!r} code {bad[0]!r} "
                      "is not supported (several codes or a null code); skipped", stacklevel=3)
        return False
    return True


@dataclass(frozen=True)
class ActorRow:
    """One actor phrase: its default actor, date-restricted periods, and the phrase words."""

    phrase: Phrase
    actor: Actor
    periods: tuple[Period, ...]


@dataclass(frozen=True)
class AgentRow:
    """One agent phrase (singular or plural form) and the sectors it adds."""

    phrase: Phrase
    sectors: tuple[str, ...]


def read_dictionary(raw: str) -> tuple[list[ActorRow], list[AgentRow]]:
    """Actor and agent rows of one PETRARCH dictionary text (a file may hold both kinds)."""
    items, sets = read_items(raw)
    actors: list[ActorRow] = []
    agents: list[AgentRow] = []
    for item in items:
        agent = any("~" in c.code for c in item.codes)
        if not _usable(item, "agents" if agent else "actors"):
            continue
        if agent:
            code = item.codes[0].code.replace("~", "").strip()
            sectors = tuple(code[i:i + 3] for i in range(0, len(code), 3))
            for text in item.phrases:
                for form in expand(text, sets, item.line):
                    forms = [form]
                    if item.plurals is None:
                        forms.append(plural(form.rstrip("_")) + ("_" if form.endswith("_") else ""))
                    else:
                        forms += item.plurals
                    for each in forms:
                        agents.append(AgentRow(Phrase(phrase_words(each).words, False), sectors))
            continue
        undated = [c for c in item.codes if not c.ranged]
        default = code_actor((undated or item.codes)[0].code)
        periods = tuple(Period(code_actor(c.code), c.start, c.end) for c in item.codes if c.ranged)
        if periods and undated:
            periods += (Period(default, ranged=False),)
        for text in item.phrases:
            for form in expand(text, sets, item.line):
                actors.append(ActorRow(phrase_words(form), default, periods))
    return actors, agents
