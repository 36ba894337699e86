"""Claims credited to a source: indirect speech ("X said (that) …") and source phrases
("according to X", "as reported by X", "citing X").

Indirect speech needs the dependency parse (the subject and the reported clause of the speech
verb), so only sentences holding a speech verb are parsed. Source phrases need no parse: the
source is the noun phrase after the cue, the claim is the rest of the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..record import Article, Attribution, Quote
from .lexicons import phrase_pattern
from .speakers import cue_kinds, mention_index, resolve, roles, speech_verb_pattern
from .speech_parse import clause_of, clause_span, cue_tokens, outermost, phrase_span, subject_of

MIN_CLAUSE_WORDS = 3
SOURCE_MAX_WORDS = 10
#: a source phrase closed by a comma ("According to early results of exit polls conducted by …,")
#: is delimited well enough to be longer
SOURCE_MAX_WORDS_COMMA = 25
#: headline attribution "Speaker: claim": at most this many words before the colon and in the line
HEADLINE_HEAD_WORDS = 4
HEADLINE_WORDS = 30
HEADLINE_TYPES = ("PERSON", "ORG", "NORP")
SOURCE_END = re.compile(r"[,.;:!?()\n“”\"]|\s(?:that|who|which|on|in|at)\s")
STRIP = " \t\n\xa0,.;:—-"


@lru_cache(maxsize=1)
def _source_pattern() -> re.Pattern[str]:
    return phrase_pattern([c for c, kind in cue_kinds().items() if kind == "source"])


def _inside(quotes: list[Quote], start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps a quotation (marks included)."""
    return any(q.start - 1 <= start < q.end + 1 or start <= q.start < end for q in quotes)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in STRIP:
        start += 1
    while end > start and text[end - 1] in STRIP:
        end -= 1
    return start, end


def speech_sentences(article: Article, sentences: list, quotes: list) -> list:
    """Sentences holding a reporting verb outside quotation marks: the only ones reported speech
    needs parsed (``quotes`` are :class:`QuoteSpan`-like, with ``open_at``/``close_at``)."""
    chosen = []
    for sent in sentences:
        for match in speech_verb_pattern().finditer(article.text, sent.start_char, sent.end_char):
            if not any(q.open_at <= match.start() < q.close_at for q in quotes):
                chosen.append(sent)
                break
    return chosen


def reported_speech(article: Article, parsed_sentences: list, direct: list[Quote]) -> tuple[list[Quote], list[Attribution]]:
    """Indirect quotes and their attributions from "X said (that) CLAUSE" (either order), over
    the parsed sentences :func:`speech_sentences` chose."""
    mentions = mention_index(article)
    quotes, claims = [], []
    for parsed in parsed_sentences:
        for cue in outermost(cue_tokens(parsed, ("verb",))):
            cue_span, clause, subject = parsed.char_span(cue), clause_of(cue), subject_of(cue)
            if clause is None or subject is None or _inside(direct, *cue_span):
                continue
            start, end = clause_span(parsed, clause)
            if start < cue_span[1] and cue_span[0] < end:  # a clause wrapped round its verb
                continue
            if len(article.text[start:end].split()) < MIN_CLAUSE_WORDS:
                continue
            speaker = resolve(article, mentions, phrase_span(parsed, subject))
            entity, said_by = (speaker.entity, speaker.text) if speaker else (None, None)
            claims.append(Attribution(start=start, end=end, text=article.text[start:end],
                                      source=entity, source_text=said_by, cue=cue.text, confidence=0.7))
            if not _inside(direct, start, end):
                quotes.append(Quote(start=start, end=end, text=article.text[start:end], kind="indirect",
                                    speaker=entity, speaker_text=said_by, cue=cue.text, confidence=0.6))
    return quotes, claims


def _line_bounds(text: str, sent, at: int) -> tuple[int, int]:
    """The part of a sentence on the same line as ``at`` (the sentencizer may join paragraphs)."""
    start = max(sent.start_char, text.rfind("\n", 0, at) + 1)
    newline = text.find("\n", at)
    end = sent.end_char if newline < 0 else min(sent.end_char, newline)
    return start, end


def _source_span(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The source noun phrase starting at ``start``: up to punctuation or a clause word."""
    while start < limit and text[start] in " \t\xa0":
        start += 1
    stop = SOURCE_END.search(text, start, limit)
    end = stop.start() if stop else limit
    end = _trim(text, start, end)[1]
    most = SOURCE_MAX_WORDS_COMMA if stop and text[stop.start()] == "," else SOURCE_MAX_WORDS
    if end <= start or len(text[start:end].split()) > most:
        return None
    return start, end


def _claim_span(text: str, line: tuple[int, int], cue: tuple[int, int], *, source: tuple[int, int]) -> tuple[int, int]:
    """The claim credited to the source: the line minus the cue-and-source phrase when that
    phrase opens or closes it, else the whole line."""
    head = text[line[0]:cue[0]].strip(STRIP)
    if not head or len(head.split()) <= 1:  # "According to X, …" / "But according to X, …"
        return _trim(text, source[1], line[1])
    if not text[source[1]:line[1]].strip(STRIP) or text[:cue[0]].rstrip().endswith(","):
        return _trim(text, line[0], cue[0])  # "…, as reported by X." / "…, citing X, Y said.
    return _trim(text, *line)


def extract_attributions(article: Article, analysis) -> list[Attribution]:
    """Attributions from source phrases ("according to X", "as reported by X", "citing X")."""
    text, mentions = article.text, mention_index(article)
    found = []
    for sent in analysis.sentences:
        for match in _source_pattern().finditer(text, sent.start_char, sent.end_char):
            line = _line_bounds(text, sent, match.start())
            source = _source_span(text, match.end(), line[1])
            if source is None:
                continue
            start, end = _claim_span(text, line, match.span(), source=source)
            if len(text[start:end].split()) < MIN_CLAUSE_WORDS:
                continue
            speaker = resolve(article, mentions, source)
            found.append(Attribution(
                start=start, end=end, text=text[start:end], source=speaker.entity if speaker else None,
                source_text=text[source[0]:source[1]], cue=match.group(0).lower(), confidence=0.8,
            ))
    return found


def _headline_source(article: Article, mentions: list, head: tuple[int, int]) -> bool:
    """The words before a headline colon name a speaker: they are an entity mention of a
    speaker type, or end in a role or source noun ("Poll", "Police chief")."""
    start, end = head
    if any(m.start == start and m.end == end and m.type in HEADLINE_TYPES for m in mentions):
        return True
    words = article.text[start:end].lower().split()
    return bool(words) and words[-1] in roles()


def headline_claims(article: Article) -> list[Attribution]:
    """Headline-style attributions, a line of the form "Speaker: claim" ("Lynch: No outside
    influence on FBI probe"), the colon standing in for "says"."""
    text, mentions = article.text, mention_index(article)
    found, at = [], 0
    for line in text.split("\n"):
        colon = line.find(": ")
        words = len(line.split())
        if 0 < colon and words <= HEADLINE_WORDS and len(line[:colon].split()) <= HEADLINE_HEAD_WORDS:
            head = _trim(text, at, at + colon)
            start, end = _trim(text, at + colon + 1, at + len(line))
            if len(text[start:end].split()) >= MIN_CLAUSE_WORDS and _headline_source(article, mentions, head):
                speaker = resolve(article, mentions, head)
                found.append(Attribution(
                    start=start, end=end, text=text[start:end], source=speaker.entity if speaker else None,
                    source_text=text[head[0]:head[1]], cue=":", confidence=0.6))
        at += len(line) + 1
    return found
