"""The agent that names the means of a violent act: "a *suicide bomber* killed", "killed by a
*roadside bomb*", "*gunmen* shot dead".

CAMEO codes the most specific act a sentence states. A generic killing or attack (190: "use
conventional military force, not specified below") done by a bomb or a bomber is a
non-military bombing (183: "conduct suicide, car, or other non-military bombing"; 1831 suicide,
1832 vehicular, 1833 roadside), one done by gunmen or snipers is small-arms fighting (193).
``data/event_means.csv`` lists the agent nouns (``word``), the modifier that narrows them
(``modifier``, ``|``-separated, empty for any) and the code. The subject and the passive "by"
agent of the violent verb are read, with the head's compound and adjective modifiers.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from typing import Callable, Optional

from .event_args import children, prep_objects
from .event_prune import MEANS_PREPS

GENERIC_VIOLENCE = frozenset({"190"})  # "use conventional military force, not specified"
GENERIC_CODES = frozenset({"180", "190", "200"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


@lru_cache(maxsize=1)
def means_table() -> dict[str, list[tuple[frozenset, str]]]:
    """Agent noun → [(modifiers, code)], rows with modifiers first."""
    raw = resources.files("eventwire.data").joinpath("event_means.csv").read_text("utf-8")
    table: dict[str, list[tuple[frozenset, str]]] = {}
    for row in csv.DictReader(io.StringIO(raw)):
        modifiers = frozenset(m for m in row["modifier"].split("|") if m)
        table.setdefault(row["word"], []).append((modifiers, row["code"]))
    for rows in table.values():
        rows.sort(key=lambda r: not r[0])
    return table


def noun_means(noun) -> Optional[str]:
    """The code of an agent noun naming a means ("suicide *bomber*"), or None."""
    rows = means_table().get(noun.lower_)
    if not rows:
        return None
    modifiers = {c.lower_ for c in noun.children if c.dep_ in MODIFIER_DEPS}
    modifiers |= {m.lower_ for c in noun.children if c.dep_ in MODIFIER_DEPS
                  for m in c.children if m.dep_ in MODIFIER_DEPS}  # "a suicide car bomb"
    for needed, code in rows:
        if not needed or needed & modifiers:
            return code
    return None


def noun_means_code(noun, code: str) -> str:
    """A generic violent event noun refined by its own modifier: "a *suicide* attack" → 1831."""
    return (noun_means(noun) or code) if code in GENERIC_VIOLENCE else code


def means_code(verb, code: str, noun_pattern: Callable) -> str:
    """A violent verb that names no means ("killed", "attacked": CAMEO 190) takes the more
    specific code of the weapon or tactic named by its means phrase ("killed … *in air
    strikes*" → 195, "*in a shelling*" → 194, "*in a car bomb explosion*" → 183), its subject
    or its "by" agent ("a *roadside bombing* killed" → 1833, "a *suicide bomber* killed",
    "killed *by a suicide bomber*" → 1831, "*gunmen* shot" → 193). ``noun_pattern`` gives the
    lexicon pattern of an event noun. CAMEO codes the most specific act the sentence states."""
    if code not in GENERIC_VIOLENCE:
        return code
    # a means phrase may hang on the object ("killed 25 militants in air strikes"): a weapon
    # noun cannot be where the victims are, so the reading is the same
    nouns = prep_objects(verb, MEANS_PREPS) + [
        n for o in children(verb, {"dobj"}) for n in prep_objects(o, MEANS_PREPS)]
    nouns += children(verb, {"nsubj"}) + prep_objects(verb, {"by"})
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
        nouns.append(verb.head)  # "a suicide *bomber* who killed …"
    for noun in nouns:
        found = noun_means(noun)
        if found:
            return found
        pattern = noun_pattern(noun)
        if pattern is not None and pattern.code and pattern.code[:2] in VIOLENT_ROOTS \
                and pattern.code not in GENERIC_CODES:
            return pattern.code
    return code
