"""PolNeAR harness: brat parsing, folder split mapping, overlap / exact / cue / speaker scoring."""

from __future__ import annotations

import pytest

from eventwire.evaluation.quotes import (
    GoldDoc, QuoteScores, gold_documents, parse_ann, predictions, score_document,
)
from eventwire.record import Article, Attribution, Entity, Mention, Quote, Source, article_id, offset_errors

TEXT = "Officials said the border will reopen soon. “We are ready,” Amina Diallo told reporters. “It is safe.”"


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _ann(*attributions: tuple[str, str, str]) -> str:
    """brat lines for (content, cue, source) surface strings of TEXT."""
    lines, n = [], 0
    for e, (content, cue, source) in enumerate(attributions, start=1):
        ids = []
        for label, part in (("Content", content), ("Cue", cue), ("Source", source)):
            n += 1
            start, end = _span(part)
            lines.append(f"T{n}\t{label} {start} {end}\t{part}")
            ids.append(f"{label}:T{n}")
        lines.append(f"E{e}\tAttribution:T{n} " + " ".join(ids))
    return "\n".join(lines) + "\n"


def _article(quotes=(), attributions=(), entities=()) -> Article:
    article = Article(id=article_id(TEXT), text=TEXT, source=Source(uri="t", format="txt"),
                      quotes=tuple(quotes), attributions=tuple(attributions), entities=tuple(entities))
    assert offset_errors(article) == []
    return article


def _quote(part: str, *, kind: str = "direct", speaker_text: str | None = None, cue: str | None = None):
    start, end = _span(part)
    return Quote(start=start, end=end, text=part, kind=kind, speaker_text=speaker_text, cue=cue)


GOLD = _ann(("the border will reopen soon", "said", "Officials"),
            ("“We are ready,”", "told", "Amina Diallo"))


def _score(article: Article, ann: str = GOLD) -> dict:
    scores = QuoteScores()
    score_document(scores, GoldDoc("t", TEXT, parse_ann(ann, TEXT)), article)
    return scores.to_dict()


def test_quotes_parse_ann_reads_discontinuous_content():
    ann = "T1\tContent 0 9;44 59\tOfficials “We are ready,”\nT2\tCue 10 14\tsaid\nE1\tContent:T1 Cue:T2\n"
    (gold,) = parse_ann(ann, TEXT)
    assert gold.content == ((0, 9), (44, 59))
    assert (gold.cue, gold.source, gold.source_text) == ("said", (), "")


def test_quotes_gold_documents_map_split_to_folders_one_annotator(tmp_path):
    for folder in ("dev", "test"):
        (tmp_path / folder / "text").mkdir(parents=True)
        (tmp_path / folder / "attributions").mkdir()
        (tmp_path / folder / "text" / f"{folder}_doc.txt").write_text(TEXT, encoding="utf-8")
        for annotator in ("aaaa", "bbbb"):
            (tmp_path / folder / "attributions" / f"{folder}_doc_{annotator}.ann").write_text(
                GOLD if annotator == "aaaa" else "", encoding="utf-8")
    names = {split: [d.name for d in gold_documents(tmp_path, split)] for split in ("dev", "test", "all")}
    assert names == {"dev": ["dev_doc"], "test": ["test_doc"], "all": ["dev_doc", "test_doc"]}
    assert len(next(gold_documents(tmp_path, "dev")).attributions) == 2


@pytest.mark.parametrize(
    "quotes, expected",
    [
        ([_quote("the border will reopen soon", kind="indirect", cue="said", speaker_text="Officials"),
          _quote("We are ready", cue="told", speaker_text="Amina Diallo")], (1.0, 1.0)),
        ([_quote("We are ready", cue="told", speaker_text="Amina Diallo"), _quote("It is safe")], (0.5, 0.5)),
        ([_quote("It is safe"), _quote("border", kind="scare")], (0.0, 0.0)),
    ],
)
def test_quotes_content_overlap_precision_recall(quotes, expected):
    figures = _score(_article(quotes))
    assert (figures["content"]["precision"], figures["content"]["recall"]) == expected


def test_quotes_exact_needs_same_boundaries_modulo_marks_and_that():
    article = _article([_quote("We are ready", cue="told"), _quote("border will reopen soon", kind="indirect")])
    figures = _score(article)
    assert figures["content"]["recall"] == 1.0
    assert figures["content_exact"]["recall"] == 0.5


@pytest.mark.parametrize(
    "speaker_text, cue, right",
    [("Amina Diallo", "told", 1), ("Diallo", "told", 1), ("Officials", "said", 0), (None, None, 0)],
)
def test_quotes_speaker_and_cue_compared_on_found_attribution(speaker_text, cue, right):
    figures = _score(_article([_quote("We are ready", cue=cue, speaker_text=speaker_text)]),
                     _ann(("“We are ready,”", "told", "Amina Diallo")))
    assert figures["speaker"] == {"accuracy": float(right), "right": right, "scored": 1}
    assert figures["cue"]["recall"] == float(right)


def test_quotes_speaker_right_through_linked_entity_mention():
    start, end = _span("Amina Diallo")
    entity = Entity(id="e1", name="Amina Diallo", type="PERSON",
                    mentions=(Mention(start=start, end=end, text="Amina Diallo"),))
    quote = _quote("We are ready", cue="told", speaker_text="she").model_copy(update={"speaker": "e1"})
    figures = _score(_article([quote], entities=[entity]), _ann(("“We are ready,”", "told", "Amina Diallo")))
    assert figures["speaker"]["right"] == 1


def test_quotes_predictions_merge_overlapping_quote_and_attribution():
    start, end = _span("the border will reopen soon")
    claim = Attribution(start=start, end=end, text=TEXT[start:end], source_text="Officials", cue="said")
    article = _article([_quote("the border will reopen soon", kind="indirect", cue="said")], [claim])
    (merged,) = predictions(article)
    assert (merged.start, merged.end, merged.speaker_text) == (start, end, "Officials")
