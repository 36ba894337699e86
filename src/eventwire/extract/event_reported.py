"""Alleged violence: an attack inside an accusation's clause is the accusation's content.

"The US *claimed* that ISIL had attacked Iraq": the event is the claim (CAMEO 112, coded on the
accusing verb), and the attack is only alleged, as the demanded act is no event of a demand
(``event_prune``). PETRARCH 2's verb dictionary (CAMEO.2.0.txt, TRANSFORMATIONS) codes the same
sentence as the one accusation "A b 112".

Its transformations for plain speech verbs ("A says B attacked C" → A accuses B) are not
followed: here reported speech keeps the reported act, with the speaker in ``attributed_to``
(SCHEMA), so "Ukraine said Russia attacked its power grid" stays Russia's attack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_lexicon import Lexicon, lookup
from .event_modality import clause_verb

if TYPE_CHECKING:
    from .event_triggers import Draft

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
ACCUSE_ROOT = "11"


def alleged_content(draft: Draft, lex: Lexicon) -> bool:
    """True for an attack in the clausal complement of a verb coded as an accusation."""
    if draft.code[:2] not in VIOLENT_ROOTS:
        return False
    verb = clause_verb(draft.trigger)
    if verb.dep_ != "ccomp" or verb.head is verb:
        return False
    return any(p.code and p.code[:2] == ACCUSE_ROOT for p in lookup(lex.verbs, verb.head))
