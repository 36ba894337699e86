"""Framing harness: PTC folder loading, split rule and SemEval-2020 Task 11 partial-overlap scoring."""

from __future__ import annotations

import pytest

from eventwire.evaluation.common import split_of
from eventwire.evaluation.framing import (
    FramingScores, evaluate_framing, load_gold, merge_overlaps, score_article,
)

LL, NC = "Loaded_Language", "Name_Calling,Labeling"


def _ptc(tmp_path, articles: dict[str, str], labels: list[tuple[str, str, int, int]]):
    """A tiny PTC-format folder: train-articles/article<ID>.txt + train-task2-TC.labels."""
    (tmp_path / "train-articles").mkdir()
    for article_id, text in articles.items():
        (tmp_path / "train-articles" / f"article{article_id}.txt").write_text(text, encoding="utf-8")
    lines = [f"{a}\t{t}\t{s}\t{e}\n" for a, t, s, e in labels]
    (tmp_path / "train-task2-TC.labels").write_text("".join(lines), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "predicted, gold, precision, recall",
    [
        ([(LL, 0, 10)], [(LL, 0, 10)], 1.0, 1.0),            # exact match
        ([(LL, 0, 10)], [(LL, 5, 15)], 0.5, 0.5),            # half overlap on both sides
        ([(LL, 0, 4)], [(LL, 0, 16)], 1.0, 0.25),            # short prediction inside a long gold span
        ([(NC, 0, 10)], [(LL, 0, 10)], 0.0, 0.0),            # the technique must match
        ([(LL, 0, 10), (LL, 20, 30)], [(LL, 0, 10)], 0.5, 1.0),  # a false positive halves precision
    ],
)
def test_framing_score_article_partial_overlap(predicted, gold, precision, recall):
    scores = FramingScores()
    score_article(scores, predicted, gold)
    assert scores.overall.precision == pytest.approx(precision)
    assert scores.overall.recall == pytest.approx(recall)


def test_framing_score_article_merges_overlapping_predictions_of_one_technique():
    scores = FramingScores()
    score_article(scores, [(LL, 0, 6), (LL, 4, 10)], [(LL, 0, 10)])
    assert (scores.overall.predicted, scores.overall.precision, scores.overall.recall) == (1, 1.0, 1.0)


def test_framing_score_article_counts_per_technique_and_any_technique():
    scores = FramingScores()
    score_article(scores, [(NC, 0, 10)], [(LL, 0, 10), (NC, 20, 30)])
    assert scores.per_technique[NC].precision == 0.0 and scores.per_technique[LL].recall == 0.0
    assert scores.spans.precision == 1.0 and scores.spans.recall == pytest.approx(0.5)


@pytest.mark.parametrize(
    "spans, merged",
    [([(5, 9), (0, 3), (2, 6)], [(0, 9)]), ([(0, 2), (2, 4)], [(0, 2), (2, 4)]), ([], [])],
)
def test_framing_merge_overlaps(spans, merged):
    assert merge_overlaps(spans) == merged


def test_framing_load_gold_keeps_the_split_and_unlabelled_articles(tmp_path):
    ids = [str(111111110 + n) for n in range(8)]
    folder = _ptc(tmp_path, {i: "Title\n\nA brutal attack.\n" for i in ids}, [(ids[0], LL, 9, 15)])
    dev = {a.id for a in load_gold(folder, "dev")}
    test = {a.id for a in load_gold(folder, "test")}
    assert dev == {i for i in ids if split_of(i) == "dev"} and not dev & test
    assert dev | test == {a.id for a in load_gold(folder / "train-task2-TC.labels", "all")}


def test_framing_evaluate_scores_an_extractor_on_a_tiny_gold(tmp_path):
    text = "Title\n\nThe brutal regime jailed them.\n"
    start = text.index("brutal")
    folder = _ptc(tmp_path, {"1": text}, [("1", LL, start, start + 6)])
    figures = evaluate_framing(folder, split="all", extractor=lambda t: [(LL, start, start + 6)]).to_dict()
    assert figures["articles"] == 1
    assert figures["per_technique"][LL] == {"precision": 1.0, "recall": 1.0, "f1": 1.0,
                                            "predicted": 1, "gold": 1}


def test_framing_learn_keeps_words_the_gold_marks_and_skips_stop_words():
    from eventwire.evaluation.framing import GoldArticle
    from eventwire.evaluation.framing_learn import count_words, select

    texts = ["The ghastly raid on the village was condemned.", "A ghastly scene met the rescuers."]
    articles = [GoldArticle(str(n), t, [(LL, t.index("ghastly"), t.index("ghastly") + 7),
                                        (LL, 0, 3)]) for n, t in enumerate(texts)]
    rows = {row["word"]: row for row in select(count_words(articles))}
    assert rows["ghastly"]["technique"] == LL and rows["ghastly"]["in_span"] == 2.0
    assert "the" not in rows and "village" not in rows
