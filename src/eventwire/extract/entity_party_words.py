"""A party's one-word name that is also an ordinary English word ("Labour", "Conservative",
"Liberal", "Green", "Reform") opening a sentence: the name, or the word in sentence case?
Used by :func:`.entities.add_missed_group` for names the NER left untagged."""

from __future__ import annotations

from functools import lru_cache

from .actors import is_political
from .entity_names import sentence_first_name
from .entity_scan import Scan, context_of

#: Tokens a title may span between the party word and a PERSON ("election chief").
MAX_TITLE_WORDS = 6


#: Sectors of groups named by ordinary words ("Labour", "Conservative", "Liberal", "Greens").
PARTY_SECTORS = frozenset({"PTY"})


def common_word_party(scan: Scan, start: int, end: int, actor) -> bool:
    """A party's one-word name opening a sentence, with nothing showing it is the name: "Labour costs rose", "Conservative estimates put …". Sentence case capitalises the
    common word anyway, so the party reading needs the proper-noun evidence of the words after
    it, as a capital's metonymy does (:func:`.actors.is_political`: "Labour said", "Labour has
    pledged"), a title it heads, a name it is joined to, or its use as a name elsewhere in the
    story; a role noun after it ("Labour MPs") is a role phrase, found before this."""
    if actor is None or not PARTY_SECTORS & set(actor.sectors):
        return False
    if not ordinary_word(scan.tokens[start]):
        return False  # "Tories", "Likud": no common word to be mistaken for
    if is_political(context_of(scan, start, end), scan.vocab) or heads_a_title(scan, end) \
            or coordinated_name(scan, end):
        return False
    return not name_elsewhere(scan, scan.tokens[start])


def heads_a_title(scan: Scan, end: int) -> bool:
    """Lowercase title words and then a PERSON: "Labour election chief Alan Milburn"."""
    stop = min(scan.sents[end - 1][1], end + MAX_TITLE_WORDS)
    for ent in scan.ents:
        if ent.label_ == "PERSON" and end <= ent.start <= stop:
            return all(w.isalpha() and w.islower() for w in scan.tokens[end:ent.start])
    return False


COORDINATORS = frozenset({"and", "or", "nor"})


def coordinated_name(scan: Scan, end: int) -> bool:
    """Joined by and/or to a name: "Labour and the Conservatives" (conjuncts are alike)."""
    pos = end
    if pos >= len(scan.tokens) or scan.tokens[pos].lower() not in COORDINATORS:
        return False
    pos += 1
    if pos < len(scan.tokens) and scan.tokens[pos].lower() == "the":
        pos += 1
    return pos < scan.sents[end - 1][1] and any(e.start == pos for e in scan.ents)


def name_elsewhere(scan: Scan, word: str) -> bool:
    """The word is capitalised inside a sentence somewhere else in the article: the story
    uses it as a name, so its sentence-first use is the name too (one sense per discourse,
    Gale, Church & Yarowsky 1992)."""
    longer = [(e.start, e.end) for e in scan.ents if e.end - e.start > 1]
    for i, token in enumerate(scan.tokens):
        if token != word or any(s <= i < e for s, e in longer):
            continue  # "the Institute for the Study of Labour" names something else
        if not sentence_first_name(scan.tokens, i, i + 1, scan.sents[i][0], lambda _: False):
            return True
    return False


def tagged_common_word(scan: Scan, ent, actor) -> bool:
    """:func:`common_word_party` for a one-word name the NER did tag at a sentence's start
    ("Labour" as ORG or PERSON in "Labour is too costly"): the tag there is sentence case as
    much as evidence, so the same tests apply."""
    if actor is None or ent.end - ent.start != 1 or not PARTY_SECTORS & set(actor.sectors):
        return False
    if not sentence_first_name(scan.tokens, ent.start, ent.end, scan.sents[ent.start][0], lambda _: False):
        return False
    return common_word_party(scan, ent.start, ent.end, actor)


@lru_cache(maxsize=1)
def _content_words() -> frozenset[str]:
    """English verbs and adjectives (WordNet's lemma index, shipped with spaCy's English
    lemmatizer). A name in it is also an ordinary word ("labour", "conservative", "green",
    "reform"); WordNet's nouns are left out, since they list proper nouns too ("Tory")."""
    from ..annotate.nlp import parse_pipeline

    index = parse_pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(index["verb"]) | frozenset(index["adj"])


def ordinary_word(word: str) -> bool:
    """``word`` (or its singular) is an English verb or adjective as well as a name."""
    low = word.lower()
    words = _content_words()
    return low in words or (low.endswith("s") and low[:-1] in words)
