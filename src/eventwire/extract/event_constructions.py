"""Constructions whose grammar does not map onto actor/recipient or onto a code directly.

* *Converse verbs*: the grammatical subject is the recipient and the giver sits in a "from"
  phrase: "X received weapons *from Y*", "X came under attack *from Y*", "X faced sanctions
  *from Y*" (CAMEO codes the giver's act: Y → X). Lexicon rows mark this with a recipient slot
  ``^from``. When the giver is a political actor the violent reading of "under fire" /
  "under attack" is the idiom for criticism (CAMEO 111).
* *Refusals*: CAMEO codes a refusal as an act of its own (12x), not as a negated act. A
  cooperative act (04–08) negated with a volitional modal ("will not / would not meet",
  "won't release") and a permission denied ("did not allow", "would not give permission") are
  refusals; "refused to / declined to" take the refused act's sub-code.
* *Permitted acts*: the infinitive after a permission ("gave permission to X *to help* Y",
  "allowed X *to open*") is permitted, not done.
* *Wishes*: an act in the complement of "hope"/"wish" with someone else as subject ("she hoped
  the officials would be indicted") is wished for, neither done nor announced.
* *Violent protest*: damage or force by protesters, demonstrators or rioters is CAMEO 145
  (protest violently, riot), not 17/18/19.
* *Mutual fights*: "X and Y clashed / exchanged fire", "clashes between Indian and Pakistani
  troops": a fight needs two sides, so the first named side is the actor and the others its
  opponents, as "between X and Y" is read everywhere (actor X, recipient Y).
* *Implicit agent*: a meeting noun in a "during" phrase without parties of its own ("held
  talks with X *during a visit* to Beirut") is the main clause subject's.
* *Speaker's own*: in a reported clause, a role noun owned by a pronoun ("the Indian army said
  *its troops* had killed …") belongs to the speaker, as a pronoun subject is the speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from .event_args import Party, _code, children, party, prep_objects, subject_heads

if TYPE_CHECKING:
    from .event_lexicon import Lexicon, Pattern
    from .event_triggers import Draft

CONVERSE_MARK = "^"
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
NON_COUNTRY_BLOCKS = frozenset({"IGO", "NGO", "IMG", "MNC", "---"})
#: Actor sectors of political, not armed, actors (CAMEO actor codebook sector codes).
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "OPP", "PTY", "MED", "ELI", "JUD", "BUS", "EDU",
                               "NGO", "HRI", "LAB", "CVL", "REF", "AGR", "DEV", "HLH", "ENV"})
CRITICIZE = "111"
VOLITIONAL_AUX = frozenset({"will", "would", "wo", "'ll", "'d", "shall"})
PERMISSION_VERBS = frozenset({"allow", "permit", "let", "authorize", "authorise", "empower"})
PERMISSION_NOUNS = frozenset({"permission", "consent", "authorization", "authorisation"})
REFUSE_VERBS = frozenset({"refuse", "decline"})
WISH_FORMS = frozenset({"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "wishing"})
PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they", "you"})
PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob", "marcher"})
VIOLENT_PROTEST = "145"
#: Cooperative CAMEO codes (by longest prefix) → the CAMEO reject code for refusing them.
REFUSAL = {
    "04": "125", "045": "126", "057": "127",
    "06": "121", "061": "1211", "062": "1212", "063": "1213", "064": "1214",
    "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "08": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232",
    "0833": "1233", "0834": "1234", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
}


def refused_code(code: str) -> Optional[str]:
    """The reject code for refusing the act ``code``, or None when it is no cooperative act."""
    for size in range(len(code), 1, -1):
        if code[:size] in REFUSAL:
            return REFUSAL[code[:size]]
    return None


# --- converse verbs ------------------------------------------------------------------------

def converse_slots(pattern: Pattern) -> set[str]:
    return {s[1:] for s in pattern.recipient if s.startswith(CONVERSE_MARK)}


def _giver_heads(token, preps: set[str]) -> list:
    """"from" objects on the verb, on its object ("weapons from Y") or on its prepositional
    object ("under attack from Y")."""
    heads = prep_objects(token, preps)
    for obj in children(token, {"dobj"}) + prep_objects(token, {"under"}):
        heads += prep_objects(obj, preps)
    return heads


def converse_draft_parties(token, pattern: Pattern, parsed, index):
    """(actor, recipient, code) for a converse verb, or None without a giver."""
    givers = _giver_heads(token, converse_slots(pattern))
    if not givers:
        return None
    actor = party(givers, parsed, index)
    receivers, _ = subject_heads(token)
    recipient = party(receivers, parsed, index, skip=set(actor.ids))
    code = pattern.code
    sector = (actor.code or "")[3:6]
    if code[:2] == "19" and sector in POLITICAL_SECTORS:
        code = CRITICIZE  # "came under fire from ministers"
    return actor, recipient, code


# --- refusals ------------------------------------------------------------------------------

def _negated_by(token) -> tuple[bool, bool]:
    """(has a negation, has a volitional modal) among the token's own children."""
    neg = any(c.dep_ == "neg" for c in token.children)
    will = any(c.dep_ == "aux" and c.lower_ in VOLITIONAL_AUX for c in token.children)
    return neg, will


def _is_permission(token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in PERMISSION_VERBS or any(
        o.lemma_.lower() in PERMISSION_NOUNS for o in children(token, {"dobj"}))


def _permitted_party(clause) -> list:
    """Who a permission is for: "allow *X* to …" (object, or the subject of the to-clause)."""
    heads = children(clause, {"dobj", "dative"})
    heads = [h for h in heads if h.lemma_.lower() not in PERMISSION_NOUNS]
    return heads or [s for c in children(clause, {"ccomp", "xcomp"}) if _to_infinitive(c)
                     for s in children(c, {"nsubj"})]


def refusal(draft: Draft, clause, parsed, index) -> Optional[str]:
    """The reject code when a negated draft is a refusal: a cooperative act negated with
    will/would ("would not meet"), or a permission denied in any form ("did not allow").
    A refusal is addressed to someone (CAMEO 12 is dyadic): without a named recipient the act
    stays a negated one ("won't allow new factories to be built" is a domestic rule)."""
    neg, will = _negated_by(clause)
    permission = _is_permission(clause)
    if not neg or not (will or permission):
        return None
    code = refused_code(draft.code)
    if code and not draft.recipient.code and permission:
        draft.recipient = party(_permitted_party(clause), parsed, index, skip=set(draft.actor.ids))
    return code if code and draft.recipient.code else None


def refine_refusals(drafts: list[Draft]) -> None:
    """"refused to release …", "declined to extradite …": the rejection takes the refused
    act's sub-code (CAMEO 12x); the refused act itself is dropped as embedded."""
    by_trigger = {d.trigger: d for d in drafts}
    for draft in drafts:
        if draft.code != "120" or draft.trigger.lemma_.lower() not in REFUSE_VERBS:
            continue
        for xcomp in children(draft.trigger, {"xcomp"}):
            act = by_trigger.get(xcomp)
            if act is None:  # a light verb's noun ("refused to hold talks")
                act = next((by_trigger[o] for o in children(xcomp, {"dobj"}) if o in by_trigger), None)
            code = refused_code(act.code) if act is not None else None
            if code:
                draft.code = code
                draft.recipient = draft.recipient or act.recipient


# --- permitted and wished acts -----------------------------------------------------------

def _to_infinitive(token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def permitted(token) -> bool:
    """``token`` is the infinitive of a permission: "allow X *to open*", "permission (to X) *to
    help*"."""
    if not _to_infinitive(token) or token.dep_ not in ("xcomp", "ccomp", "advcl", "acl"):
        return False
    head = token.head
    if head.lemma_.lower() in PERMISSION_NOUNS:
        return True
    return head.pos_ == "VERB" and _is_permission(head)


def wished(token) -> bool:
    """``token`` heads the complement of hope/wish and has a subject of its own that is not a
    pronoun (pronouns there are mostly the one who hopes: "hoped *it* would reach a deal")."""
    for _ in range(4):
        if token.dep_ == "ccomp" and token.head.lower_ in WISH_FORMS:  # by form: spaCy lemmatizes "hoped" as "hop"
            subjects = children(token, {"nsubj", "nsubjpass"})
            return bool(subjects) and all(s.lower_ not in PRONOUNS for s in subjects)
        if token.dep_ not in ("xcomp", "conj") or token.head == token:
            return False
        token = token.head
    return False


# --- violent protest and implicit agents ---------------------------------------------------

def violent_protest(draft: Draft) -> None:
    """Damage or force by protesters is CAMEO 145, "protest violently, riot"."""
    if not (draft.code.startswith("171") or draft.code[:2] in ("18", "19")):
        return
    if any(h.lemma_.lower() in PROTESTERS for h in draft.actor.text_heads):
        draft.code = VIOLENT_PROTEST


#: Prepositions framing a meeting by the act it accompanies or motivates: "said *during* talks
#: with X", "left for Y *for* talks with X" (purpose).
MEETING_FRAME_PREPS = frozenset({"during", "for"})


def during_actor(noun, parsed, index, skip: set):
    """The actor of a meeting noun in a "during" or purpose "for" phrase: the governing verb's
    subject ("flew to Y *for talks* with X": the traveller talks). A verb
    without a subject of its own (an infinitive: "agreed to help X *during* a visit", "the
    efforts … to deal with Y *during* a visit") lends the phrase to the nearest clause above
    that has one, the one whose subject is on the visit."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in MEETING_FRAME_PREPS or prep.head.pos_ != "VERB":
        return None
    token = prep.head
    for _ in range(5):
        heads, _ = subject_heads(token) if token.pos_ in ("VERB", "AUX") else ([], [])
        if not heads and token.dep_ == "acl" and token.head.dep_ == "ROOT" \
                and token.head.pos_ in ("NOUN", "PROPN"):
            heads = [token.head]  # "Youths resorted to …" parsed as a noun root: its verb's subject
        if heads:
            return party(heads, parsed, index, skip=skip)
        if token.head == token or token.dep_ in ("ccomp", "relcl", "advcl"):
            return None
        token = token.head
    return None


#: Triggers naming a fight between sides ("clash", "exchange fire", "gun battle").
MUTUAL = frozenset({"clash", "clashes", "exchange", "trade", "fight", "fighting", "firefight",
                    "gunfight", "gunbattle", "battle", "skirmish", "skirmishes", "shootout", "engage"})


def split_mutual(draft: Draft, index) -> None:
    """Several actors and no recipient on a fight: first side actor, the others recipients."""
    if draft.code[:2] != "19" or draft.recipient or len(draft.actor.ids) < 2:
        return
    if draft.trigger.lemma_.lower() not in MUTUAL and draft.trigger.lower_ not in MUTUAL:
        return
    entities = {e.id: e for _, _, e in index.spans}
    rest = draft.actor.ids[1:]
    code = _code(entities[rest[0]]) if rest[0] in entities else None
    own = draft.actor.code or ""
    if code and len(code) == 3 and len(own) > 3 and own[:3] not in ("IGO", "NGO"):
        code += own[3:6]  # "Indian and *Pakistani* troops": the shared head's sector
    draft.recipient = Party(ids=list(rest), code=code)
    draft.actor = Party(ids=draft.actor.ids[:1], code=draft.actor.code,
                        text_heads=draft.actor.text_heads, inferred=draft.actor.inferred)


def _matrix_subject(head):
    """The subject of the main clause for a subject of an adverbial clause ("Britain pledged aid,
    *as its minister* met X"): a possessive pronoun there is bound by the main clause's subject,
    its most salient antecedent."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.head == verb:
        return None
    subjects = children(verb.head, {"nsubj"})
    return subjects[0] if len(subjects) == 1 and subjects[0].pos_ in ("PROPN", "NOUN") else None


def speakers_own(found: Party, heads: list, trigger, parsed, index, lex: Lexicon) -> Party:
    """An uncoded role noun owned by a pronoun in a reported clause is the speaker's ("X said
    *its* troops killed …" → X's country with the role's sector), read like a pronoun subject
    (``event_triggers``); in an adverbial clause it is the main clause subject's
    (:func:`_matrix_subject`); marked inferred."""
    from .event_modality import speaker_head
    from .event_phrase import uncoded_sectors

    if found.code or len(heads) != 1:
        return found
    head = heads[0]
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in head.children):
        return found
    speaker = speaker_head(trigger, lex) or _matrix_subject(head)
    sectors = uncoded_sectors([head], parsed, index) if speaker is not None else ()
    owner = party([speaker], parsed, index) if sectors else Party()
    if not owner.code:
        return found
    block = owner.code if owner.code[:3] in NON_COUNTRY_BLOCKS else owner.code[:3]
    return Party(ids=found.ids, code=block + "".join(sectors), text_heads=found.text_heads or heads,
                 inferred=True)


#: CAMEO 114, "complain officially": a state's protest is a diplomatic complaint.
OFFICIAL_COMPLAINT = "114"
STATE_ACTOR_TYPES = frozenset({"GPE"})


def diplomatic_protest(draft: "Draft", index) -> None:
    """The verb "protest" with a state as its subject (a country by name or a government body:
    "Peru protested …", "the foreign ministry protested …", "summoned the ambassador *to
    protest*") is an official complaint (114), not a demonstration: CAMEO 14 is collective
    civil action, a state protests through diplomatic channels. Demonyms ("thousands of
    Chileans protested") and non-state sectors keep 14."""
    if draft.nominal or draft.code[:2] != "14" or draft.trigger.lemma_.lower() != "protest":
        return
    code = draft.actor.code or ""
    if code[:3] in NON_COUNTRY_BLOCKS or not (len(code) == 3 or code[3:6] == "GOV"):
        return
    entities = {e.id: e for _, _, e in index.spans}
    found = [entities[i] for i in draft.actor.ids if i in entities]
    if found and all(e.type in STATE_ACTOR_TYPES or (_code(e) or "")[3:6] == "GOV" for e in found):
        draft.code, draft.mode = OFFICIAL_COMPLAINT, None


# --- "met visiting X" ----------------------------------------------------------------------

def visiting_adjective(token) -> bool:
    """"visiting" as the news epithet of a visitor ("talks with *visiting* Prime Minister X"),
    also right after a verb, where the parser reads it as a participle clause taking the object
    ("met *visiting* X": "visiting" → dobj X). It names no visit to the one it describes."""
    if token.lower_ != "visiting" or token.tag_ != "VBG":
        return False
    if token.dep_ == "amod" or (token.dep_ == "pcomp" and token.head.lower_ == "with"):
        return True  # "talks with *visiting* Prime Minister X"
    return token.dep_ in ("advcl", "xcomp", "acl", "ccomp") \
        and token.head.pos_ == "VERB" and token.head.i == token.i - 1


def visiting_objects(verb) -> list:
    """The object of a verb whose object the parser hung on a "visiting" epithet."""
    return [o for c in verb.children if visiting_adjective(c) for o in children(c, {"dobj"})]
