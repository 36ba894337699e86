"""Silver technique labels (evaluation.framing_silver) and how the fitting code reads them."""

from __future__ import annotations

import math

from eventwire.evaluation.framing import GoldArticle
from eventwire.evaluation.framing_fit import rows_of
from eventwire.evaluation.framing_learn import count_words
from eventwire.evaluation.framing_silver import (DENSE, UNKNOWN, load_positions, positions,
                                                span_features, silver_labels)
from eventwire.extract.framing_model import token_rows

LL, NC = "Loaded_Language", "Name_Calling,Labeling"


def test_span_features_length_quotes_tags_and_neighbours():
    text = 'Critics called them "dangerous fanatics" yesterday.'
    toks, X, keys = token_rows(text)
    start = text.index("dangerous")
    end = text.index("fanatics") + len("fanatics")
    dense, sparse = span_features(text, toks, X, keys, start, end)
    assert len(dense) == len(DENSE)
    values = dict(zip(DENSE, dense))
    assert values["bias"] == 1.0 and values["n2"] == 1.0 and values["n1"] == 0.0
    assert values["quoted"] == 1.0
    assert "inw=fanatics" in sparse and "first=dangerous" in sparse and "last=fanatics" in sparse
    assert "before=\"" in sparse and "after=\"" in sparse
    assert any(k.startswith("lt=NN") for k in sparse)


def test_positions_group_techniques_of_one_span():
    article = GoldArticle("1", "x" * 20, [(LL, 0, 5), (NC, 0, 5), (LL, 7, 9)])
    assert positions(article) == {(0, 5): {LL, NC}, (7, 9): {LL}}


def test_unknown_spans_are_neither_positive_nor_negative_for_the_scorer():
    text = "The corrupt elites lied again about the plan today"
    corrupt = text.index("corrupt")
    plan = text.index("plan")
    article = GoldArticle("1", text, [(LL, corrupt, corrupt + 7), (UNKNOWN, plan, plan + 4)])
    toks, _, labels = rows_of(article, {})
    words = [t.text for t in toks]
    assert labels[LL][words.index("corrupt")] == 1.0
    assert math.isnan(labels[LL][words.index("plan")]) and math.isnan(labels[NC][words.index("plan")])
    assert labels[LL][words.index("today")] == 0.0


def test_learned_counts_skip_words_inside_unknown_spans():
    text = "a shameful plan and a shameful deal"
    second = text.rindex("shameful")
    counts = count_words([GoldArticle("1", text, [(UNKNOWN, second, second + 8), (LL, 2, 10)])])
    assert counts.total["shameful"] == 1 and counts.in_span[LL]["shameful"] == 1


def test_silver_labels_keep_positions_and_use_known_or_unknown_techniques():
    lines = ["They are vile traitors and disgusting liars.", "The minister spoke on Monday."]
    text = "\n".join(lines * 3)
    spans = []
    for word, technique in (("vile", LL), ("disgusting", LL), ("traitors", NC), ("liars", NC)):
        at = -1
        while (at := text.find(word, at + 1)) >= 0:
            spans.append((technique, at, at + len(word)))
    train = [GoldArticle(str(i), text, spans) for i in range(4)]
    keys_of = {a.id: token_rows(a.text)[2] for a in train}
    silver_text = "Such vile traitors and a report."
    at = silver_text.index("vile")
    silver = [GoldArticle("s", silver_text, [(UNKNOWN, at, at + 4), (UNKNOWN, silver_text.index("report"),
                                                                        silver_text.index("report") + 6)])]
    keys_of["s"] = token_rows(silver_text)[2]
    (labelled,) = silver_labels(train, silver, keys_of, {LL: 0.5, NC: 0.5})
    assert {(s, e) for _, s, e in labelled.spans} == {(s, e) for _, s, e in silver[0].spans}
    assert all(t in (LL, NC, UNKNOWN) for t, _, _ in labelled.spans)
    assert (LL, at, at + 4) in labelled.spans  # a word gold marks loaded every time is labelled so


def test_load_positions_reads_only_dev_split_ids(tmp_path):
    from eventwire.evaluation.common import split_of

    ids = [str(n) for n in range(1, 40)]
    dev = [i for i in ids if split_of(i) == "dev"][:2]
    test = [i for i in ids if split_of(i) == "test"][:1]
    (tmp_path / "dev-articles").mkdir()
    for i in dev + test:
        (tmp_path / "dev-articles" / f"article{i}.txt").write_text("Some words here.\n", encoding="utf-8")
    (tmp_path / "dev-task-TC-template.out").write_text(
        "".join(f"{i}\t?\t0\t4\n{i}\t?\t0\t4\n" for i in dev + test), encoding="utf-8")
    loaded = load_positions(tmp_path)
    assert sorted(a.id for a in loaded) == sorted(dev)
    assert all(a.spans == [(UNKNOWN, 0, 4)] for a in loaded)


def test_masked_technique_gives_no_labels_and_no_learned_counts():
    from eventwire.evaluation.framing_learn import count_both

    text = "The corrupt elites lied again"
    corrupt = text.index("corrupt")
    article = GoldArticle("1", text, [(LL, corrupt, corrupt + 7)], frozenset({NC}))
    toks, _, labels = rows_of(article, {})
    assert all(math.isnan(v) for v in labels[NC])
    assert labels[LL][[t.text for t in toks].index("corrupt")] == 1.0
    words, stems = count_both([article])
    assert not words.total and stems.total  # Name_Calling rows (word forms) never see it


def test_levels_above_one_keep_every_position_unknown_without_a_classifier():
    silver = [GoldArticle("s", "A plain line here.", [(UNKNOWN, 2, 7)])]
    (out,) = silver_labels([], silver, {}, {LL: 1.1, NC: 1.1}, frozenset({NC}))
    assert out.spans == [(UNKNOWN, 2, 7)] and out.masked == frozenset({NC})
