"""Direct quotations with their speakers, plus indirect speech: ``QuotesStep``.

A quotation is any paired quote-mark stretch (:mod:`.quote_marks`). Its speaker comes from, in
order: a speech tag right after it ("…,” said X" / "…,” X said"), a speech verb before a colon that
opens it ("X said: “…”"), or the outermost speech verb earlier in its sentence ("X said it hoped
the “…”"). Short quoted phrases without any speech cue are scare quotes (labels held at arm's
length: international “legitimacy”), not speech. Indirect speech and "according to" claims come
from :mod:`.attributions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..record import Article, Quote
from .attributions import extract_attributions, headline_claims, reported_speech, speech_sentences
from .quote_marks import QuoteSpan, find_quotes
from .speakers import MentionRef, Speaker, cue_kinds, mention_index, resolve, speech_verb_pattern, verb_cue_pattern
from .speech_parse import cue_tokens, outermost, phrase_span, subject_of

SCARE_MAX_WORDS = 3
#: at most this many characters of speech tag between a quote and the one that goes on after it
CONTINUE_GAP = 80
QUOTE_MARKS = re.compile("[“”\"«»„]")
TITLE_MAX_WORDS = 8
#: where the step keeps its parse plan in ``Analysis.memo`` between ``prepare`` and the run
PLAN_KEY = "eventwire.quotes.plan"
#: a speaker phrase ends before these words ("said the minister on Tuesday")
PHRASE_CUT = re.compile(r"\s+(?:on|in|at|to|during|after|before|late|early|last|this|yesterday|today|tonight)\b.*$", re.S)


@dataclass(frozen=True)
class Found:
    """A cue and speaker found for one quotation, with how sure the rule that found it is."""

    cue: str
    speaker: Speaker | None
    confidence: float


@lru_cache(maxsize=1)
def pos_words() -> frozenset[str]:
    """The words whose POS the quote rules read: the one-word speech cues
    (:func:`.speech_parse.cue_tokens`); the rest of a parse they use is the tree, so a light parse
    serves them (see :mod:`eventwire.annotate.light_parse`)."""
    return frozenset(cue for cue in cue_kinds() if len(cue.split()) == 1)


@lru_cache(maxsize=1)
def _tail_pattern() -> re.Pattern[str]:
    """A speech tag right after a closing mark: ", said X" or ", X said"."""
    cue = verb_cue_pattern().pattern
    phrase = r"[^,.;:!?\n“”\"«»‘’]"
    return re.compile(
        rf"\s*,?\s*(?:(?P<cue1>{cue})\s+(?P<sp1>{phrase}{{1,80}}?)\s*(?=[,.;:!?\n]|$)"
        rf"|(?P<sp2>{phrase}{{1,60}}?)\s+(?P<cue2>{cue}))",
        re.IGNORECASE,
    )


def _after(article: Article, mentions: list[MentionRef], span: QuoteSpan) -> Found | None:
    """Speaker from a speech tag after the quote; only when the quote ends open (, ? ! —)."""
    text = article.text
    inner_end = text[span.start:span.close_at].rstrip("”\"»’ \n")
    follows = text[span.close_at:span.close_at + 1]
    if not (inner_end.endswith((",", "?", "!", "—", "-")) or follows == ","):
        return None
    match = _tail_pattern().match(text, span.close_at)
    if match is None:
        return None
    group = "1" if match.group("cue1") else "2"
    start, end = match.span("sp" + group)
    phrase = PHRASE_CUT.sub("", text[start:end]).rstrip()
    if len(phrase.split()) > 8 or not phrase:
        return None
    speaker = resolve(article, mentions, (start, start + len(phrase)))
    return Found(match.group("cue" + group), speaker, 0.9)


def _sentence_at(sentences: list, at: int):
    for sent in sentences:
        if sent.start_char <= at < sent.end_char:
            return sent
    return None


def _limit(article: Article, span: QuoteSpan) -> tuple[int, bool]:
    """Where a speech verb for the quote must end (before its colon or its opening mark)."""
    before = article.text[:span.open_at].rstrip()
    colon = before.endswith(":")
    return (len(before) - 1 if colon else span.open_at), colon


def cue_sentence(article: Article, sentences: list, span: QuoteSpan):
    """The sentence worth parsing for the quote's speaker: the one holding a speech verb before
    the quote (or its colon). None when no verb precedes it there, so nothing needs parsing."""
    limit, _ = _limit(article, span)
    sent = _sentence_at(sentences, limit if limit >= 0 else span.open_at)
    if sent is None or not speech_verb_pattern().search(article.text, sent.start_char, max(limit, sent.start_char)):
        return None
    return sent


def _from_parse(article: Article, mentions: list[MentionRef], parsed, *, span: QuoteSpan) -> Found | None:
    """Speaker as the subject of the outermost speech verb before the quote (or its colon)."""
    limit, colon = _limit(article, span)
    cues = [t for t in cue_tokens(parsed, ("verb",)) if parsed.char_span(t)[1] <= limit]
    cues = cues if colon else outermost(cues)  # "X, saying:" -> the verb nearest the colon
    if not cues:
        return None
    cue = cues[-1]
    subject = subject_of(cue)
    speaker = None
    if subject is not None:
        speaker = resolve(article, mentions, phrase_span(parsed, subject))
    return Found(cue.text, speaker, 0.8 if colon else 0.7)


def _kind(article: Article, span: QuoteSpan, found: Found | None) -> str:
    """``scare`` for a short (or title-cased) quoted phrase with no speech cue, else ``direct``."""
    content = article.text[span.start:span.end]
    words = content.split()
    if found is not None:
        return "direct"
    if len(words) <= SCARE_MAX_WORDS:
        return "scare"
    titled = all(w[:1].isupper() or len(w) < 4 for w in words)
    return "scare" if titled and len(words) <= TITLE_MAX_WORDS else "direct"


def _short_needs_tag(article: Article, span: QuoteSpan, found: Found | None) -> Found | None:
    """A short quoted phrase counts as speech only with a tag beside it, not a verb far before."""
    words = article.text[span.start:span.end].split()
    if found is not None and len(words) <= SCARE_MAX_WORDS and found.confidence < 0.8:
        return None
    return found


def _continues(article: Article, prev: tuple[QuoteSpan, Found | None], span: QuoteSpan) -> bool:
    """True when ``span`` goes on with the previous quote's speaker: "“A,” X said. “B.”" (same
    paragraph, only a short tag between) or a paragraph that opens with a quote right after a
    paragraph whose quote was attributed (the news convention for a speaker who keeps talking)."""
    before, found = prev
    if found is None or found.speaker is None:
        return False
    gap = article.text[before.close_at:span.open_at]
    if "\n" not in gap:
        return len(gap) <= CONTINUE_GAP and found.confidence >= 0.9
    tail, _, lead = gap.partition("\n")
    return len(tail) <= CONTINUE_GAP and not lead.strip() and not QUOTE_MARKS.search(tail)


def _quote(article: Article, span: QuoteSpan, found: Found | None) -> Quote:
    kind = _kind(article, span, found)
    said = found if found is not None and kind == "direct" else None
    speaker = said.speaker if said else None
    return Quote(
        start=span.start, end=span.end, text=article.text[span.start:span.end], kind=kind,
        speaker=speaker.entity if speaker else None, speaker_text=speaker.text if speaker else None,
        cue=said.cue if said else None, confidence=said.confidence if said else 0.5,
    )


def direct_quotes(article: Article, spans: list[QuoteSpan], parsed: dict) -> list[Quote]:
    """Each quoted stretch as a direct or scare :class:`Quote`; ``parsed`` maps a quote's
    ``open_at`` to the parsed sentence holding its speech verb (see :func:`cue_sentence`)."""
    mentions = mention_index(article)
    quotes, prev = [], None
    for span in spans:
        found = _after(article, mentions, span)
        if found is None and span.open_at in parsed:
            found = _from_parse(article, mentions, parsed[span.open_at], span=span)
        found = _short_needs_tag(article, span, found)
        if found is None and prev is not None and len(article.text[span.start:span.end].split()) > SCARE_MAX_WORDS \
                and _continues(article, prev, span):
            found = Found(prev[1].cue, prev[1].speaker, 0.6)
        quotes.append(_quote(article, span, found))
        if quotes[-1].kind == "direct":
            prev = (span, found)
    return quotes


def _parse_plan(article: Article, analysis):
    """The quote spans, the sentences to parse for them and for reported speech, and all of
    those sentences in text order; worked out once per article (in ``prepare``) and kept in the
    analysis's memo for the step's own run."""
    memo = getattr(analysis, "memo", None)
    kept = memo.get(PLAN_KEY) if memo is not None else None
    if kept is not None and kept[0] == article.text:
        return kept[1]
    plan = _make_plan(article, analysis)
    if memo is not None:
        memo[PLAN_KEY] = (article.text, plan)
    return plan


def _make_plan(article: Article, analysis):
    """:func:`_parse_plan` worked out afresh."""
    spans, sentences = find_quotes(article.text), analysis.sentences
    for_quotes = {span.open_at: cue_sentence(article, sentences, span) for span in spans}
    for_quotes = {k: v for k, v in for_quotes.items() if v is not None}
    for_speech = speech_sentences(article, sentences, spans)
    todo = {(s.start_char, s.end_char): s for s in list(for_quotes.values()) + for_speech}
    ordered = sorted(todo.values(), key=lambda s: s.start_char)
    return spans, for_quotes, for_speech, ordered


def extract_quotes(article: Article, analysis) -> tuple[tuple[Quote, ...], tuple]:
    """Direct, scare and indirect quotes, and attributions, of one article.

    Only sentences that can hold speech are parsed, all in one batched call: those with a
    reporting verb outside quote marks, and those with a verb before an untagged quote.
    """
    spans, for_quotes, for_speech, ordered = _parse_plan(article, analysis)
    done = {(s.start_char, s.end_char): p for s, p in zip(ordered, analysis.parse(ordered, pos_for=pos_words()))}
    parsed = {at: done[(s.start_char, s.end_char)] for at, s in for_quotes.items()}
    direct = direct_quotes(article, spans, parsed)
    speech = [done[(s.start_char, s.end_char)] for s in for_speech]
    indirect, claims = reported_speech(article, speech, direct)
    quotes = sorted(direct + indirect, key=lambda q: (q.start, q.end))
    claims += extract_attributions(article, analysis) + headline_claims(article)
    attributions = sorted(claims, key=lambda a: (a.start, a.end))
    return tuple(quotes), tuple(attributions)


class QuotesStep:
    """Quotes (direct, indirect, scare) with speakers, and attributions of claims to sources."""

    name = "eventwire.quotes.v1"
    requires = ("entities",)
    assigns = ("quotes", "attributions")

    def __init__(self) -> None:
        pass

    def prepare(self, pairs: list) -> None:
        """Batch adapter: parse every article's speech sentences in one call."""
        from ..annotate.nlp import parse_batch

        parse_batch(((analysis, _parse_plan(article, analysis)[3]) for article, analysis in pairs),
                    pos_for=pos_words())

    def __call__(self, article: Article, analysis) -> Article:
        quotes, attributions = extract_quotes(article, analysis)
        return article.model_copy(update={"quotes": quotes, "attributions": attributions})
