"""Modifiers inside a noun phrase that name another party than the phrase's referent.

"an *anti*-Syria journalist" (what the phrase is against), "*Rwandan*-backed rebels" (the
sponsor), "*Israel's* militia ally" (the other term of a relation): a country named there says
nothing of whose the phrase is, so ``event_phrase`` and ``event_nested`` leave such words out
when they look for the phrase's entity and code.
"""

from __future__ import annotations

STANCE_PREFIXES = frozenset({"anti", "pro"})


def stance_marked(token) -> bool:
    """"an *anti*-Syria journalist": the name says what the phrase is against or for, not whose
    it is."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in STANCE_PREFIXES


#: Participles naming a party's sponsor, not the party: "*Rwandan*-backed rebels",
#: "an *Iran*-funded militia", "a *UN*-brokered deal", "*US*-allied forces". The hyphenated
#: compound is the reduced form of the agent participle ("rebels backed by Rwanda", Quirk et al.
#: 1985, §17.109 on participial compounds), so, as in :func:`backer_only`, the backer or broker
#: is another party. "US-*led*", "state-*run*", "Kurdish-*controlled*" are left alone: the
#: leader or controller is the party's own (PETRARCH codes "US-led coalition" USA).
BACKER_PARTICIPLES = frozenset({"backed", "sponsored", "funded", "financed", "supported", "armed",
                                "trained", "equipped", "brokered", "mediated", "allied",
                                "aligned", "bankrolled", "inspired"})


def backer_marked(token) -> bool:
    """A word inside a hyphenated sponsor modifier before a participle of
    ``BACKER_PARTICIPLES`` ("*Rwandan*-backed rebels"): it names the sponsor, not the party."""
    node = token
    for _ in range(4):
        head = node.head
        if head is node:
            return False
        if head.lower_ in BACKER_PARTICIPLES and head.dep_ in ("amod", "compound") \
                and token.i < head.i and head.i > 0 and head.doc[head.i - 1].text in ("-", "–"):
            return True
        if node.dep_ not in ("npadvmod", "compound", "amod", "nmod", "punct", "poss"):
            return False
        node = head
    return False


#: Relational nouns whose genitive names the other term of the relation, not the referent:
#: "*Israel's* militia ally" is not Israel, "Iran's proxies" are not Iran (Barker 1995 on
#: relational possessives: the possessor fills the relatum, the noun denotes someone else).
RELATIONAL_NOUNS = frozenset({"ally", "allies", "proxy", "proxies", "partner", "partners",
                              "neighbour", "neighbours", "neighbor", "neighbors", "rival",
                              "rivals", "enemy", "enemies", "foe", "foes", "adversary",
                              "adversaries"})


def relatum(token) -> bool:
    """A word inside the genitive of a relational noun ("*Israel's* militia ally")."""
    node = token
    for _ in range(6):
        if node.dep_ == "poss" and node.head.lower_ in RELATIONAL_NOUNS:
            return True
        if node.head is node or node.dep_ not in ("poss", "compound", "amod", "case", "det"):
            return False
        node = node.head
    return False


def other_party(token) -> bool:
    """A word that names another party than the phrase's (any of the kinds above and below)."""
    return stance_marked(token) or backer_marked(token) or relatum(token) or matter_label(token)


#: Round 18. Nouns of a matter named after whom it concerns ("the *Iran* arms scandal", "the
#: X affair"): the name labels the matter, it is not the party an act on the matter targets.
MATTER_NOUNS = frozenset({"scandal", "scandals", "affair", "controversy", "saga"})


def matter_label(token) -> bool:
    """A modifier inside the name of a matter ("investigating the *Iran* arms scandal")."""
    head = token
    while head.dep_ in ("compound", "amod", "nmod") and head.head is not head:
        head = head.head
    return head is not token and head.lower_ in MATTER_NOUNS


#: Round 18. Modifiers that make a role noun the other side of the sentence's country: a state's
#: *creditor* banks, *foreign* lenders are not its own (nor are its rivals or enemies).
COUNTERPART_WORDS = frozenset({"creditor", "creditors", "foreign", "overseas", "rival", "enemy"})


def counterpart_marked(head) -> bool:
    """Whether a role noun is marked as another party than the sentence's one country ("its
    *creditor* banks"), so that country is not inferred for it."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in COUNTERPART_WORDS for c in head.children)
