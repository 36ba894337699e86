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
from .attributions import extract_attributions, reported_speech
from .quote_marks import QuoteSpan, find_quotes
from .speakers import MentionRef, Speaker, mention_index, resolve, verb_cue_pattern
from .speech_parse import cue_tokens, outermost, phrase_span, subject_of

SCARE_MAX_WORDS = 3
TITLE_MAX_WORDS = 8
#: a speaker phrase ends before these words ("said the minister on Tuesday")
PHRASE_CUT = re.compile(r"\s+(?:on|in|at|to|during|after|before|late|early|last|this|yesterday|today|tonight)\b.*$", re.S)


@dataclass(frozen=True)
class Found:
    """A cue and speaker found for one quotation, with how sure the rule that found it is."""

    cue: str
    speaker: Speaker | None
    confidence: float


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


def _from_parse(article: Article, context: tuple, span: QuoteSpan) -> Found | None:
    """Speaker as the subject of the outermost speech verb before the quote (or its colon)."""
    mentions, analysis, sentences = context
    before = article.text[:span.open_at].rstrip()
    limit = len(before) - 1 if before.endswith(":") else span.open_at
    sent = _sentence_at(sentences, limit if limit >= 0 else span.open_at)
    if sent is None:
        return None
    parsed = analysis.parse([sent])[0]
    colon = before.endswith(":")
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


def direct_quotes(article: Article, analysis) -> list[Quote]:
    """Every quoted stretch of ``article.text`` as a direct or scare :class:`Quote`."""
    mentions, sentences = mention_index(article), analysis.sentences
    quotes = []
    for span in find_quotes(article.text):
        context = (mentions, analysis, sentences)
        found = _after(article, mentions, span) or _from_parse(article, context, span)
        found = _short_needs_tag(article, span, found)
        kind = _kind(article, span, found)
        speaker = found.speaker if found and kind == "direct" else None
        quotes.append(Quote(
            start=span.start, end=span.end, text=article.text[span.start:span.end], kind=kind,
            speaker=speaker.entity if speaker else None,
            speaker_text=speaker.text if speaker else None,
            cue=found.cue if found and kind == "direct" else None,
            confidence=found.confidence if found and kind == "direct" else 0.5,
        ))
    return quotes


def extract_quotes(article: Article, analysis) -> tuple[tuple[Quote, ...], tuple]:
    """Direct, scare and indirect quotes, and attributions, of one article."""
    direct = direct_quotes(article, analysis)
    indirect, claims = reported_speech(article, analysis, direct)
    quotes = sorted(direct + indirect, key=lambda q: (q.start, q.end))
    attributions = sorted(claims + extract_attributions(article, analysis), key=lambda a: (a.start, a.end))
    return tuple(quotes), tuple(attributions)


class QuotesStep:
    """Quotes (direct, indirect, scare) with speakers, and attributions of claims to sources."""

    name = "eventwire.quotes.v1"
    requires = ("entities",)
    assigns = ("quotes", "attributions")

    def __init__(self) -> None:
        pass

    def __call__(self, article: Article, analysis) -> Article:
        quotes, attributions = extract_quotes(article, analysis)
        return article.model_copy(update={"quotes": quotes, "attributions": attributions})
