"""Round 8: k-fold split, operating-point rule, frontier, hand-list calibration."""

from __future__ import annotations

from eventwire.evaluation.framing import GoldArticle
from eventwire.evaluation.framing_fit import fold_of, half
from eventwire.evaluation.framing_folds import choose, frontier
from eventwire.evaluation.framing_handlist import Tally, calibrated, family_spans, sentence


def test_folds_are_a_function_of_the_id_and_nest_in_the_halves():
    ids = [str(n) for n in range(700000, 700200)]
    assert all(fold_of(i, "cv", 2) == half(i, "cv") for i in ids)
    assert all(fold_of(i, "cv", 4) % 2 == half(i, "cv") for i in ids)
    assert {fold_of(i, "cv", 4) for i in ids} == {0, 1, 2, 3}
    assert [fold_of(i, "cv", 4) for i in ids] == [fold_of(i, "cv", 4) for i in ids]


def test_the_rule_takes_the_best_f1_at_the_floor_else_the_fallback():
    at = {"a": (0.45, 0.20, 0.277), "b": (0.39, 0.30, 0.339), "c": (0.41, 0.25, 0.311), "d": (0.50, 0.22, 0.311)}
    assert choose(at, "v8") == "d"  # c and d tie on F1: the higher precision wins
    assert choose({"b": at["b"]}, "v8") == "v8"
    best = frontier(at, (0.30, 0.42, 0.6))
    assert best[0.30][3] == "b" and best[0.42][3] == "d" and best[0.6] is None


def test_calibration_pulls_small_counts_towards_the_hand_set_confidence():
    assert calibrated(1, 12, 0.8) == (1 + 1.6) / 14
    assert calibrated(0, 0, 0.7) == 0.7
    assert abs(calibrated(50, 100, 0.9) - 0.5) < 0.01


def test_tally_counts_overlaps_by_technique_and_character_share():
    article = GoldArticle("1", "one two three four five", [("Doubt", 0, 7), ("Loaded_Language", 14, 18)])
    t = Tally()
    t.add(article, "Doubt", 4, 13)  # "two three": half inside the Doubt span
    t.add(article, "Doubt", 14, 18)  # on Loaded_Language gold only
    assert (t.hits, t.same, t.any) == (2, 1, 2)
    assert abs(t.chars - 3 / 9) < 1e-9 and t.techniques == {"Doubt": 1, "Loaded_Language": 1}


def test_family_extents_cue_to_end_and_sentence():
    text = "Rain fell. He allegedly took the money. Then he left."
    cue, = family_spans(text, r"\ballegedly\b", "cue")
    to_end, = family_spans(text, r"\ballegedly\b", "to_end")
    whole, = family_spans(text, r"\ballegedly\b", "sentence")
    assert text[slice(*cue)] == "allegedly"
    assert text[slice(*to_end)] == "allegedly took the money."
    assert text[slice(*whole)] == "He allegedly took the money." == text[slice(*sentence(text, *cue))]


def test_recalibration_reads_the_training_articles_only():
    from eventwire.evaluation.framing_handlist import recalibrated

    from eventwire.extract.framing import hand_matches

    # "tyrant" (Name_Calling) is gold in neither training article; the held-out one would raise
    # it, but it is not among the training ids
    prior = hand_matches("a tyrant")[0][1].confidence
    train = [GoldArticle("a", "The tyrant spoke.", []), GoldArticle("b", "A tyrant left.", [])]
    held = GoldArticle("c", "The tyrant won.", [("Name_Calling,Labeling", 4, 10)])
    values = recalibrated(train + [held], {"a", "b"})
    assert values["tyrant"] == round(calibrated(0, 2, prior), 2) == round(prior / 2, 2)
    assert recalibrated(train + [held], {"c"})["tyrant"] == round(calibrated(1, 1, prior), 2) > prior
    assert "thugs" not in values  # not seen: keeps its CSV value


def test_hand_spans_with_recalibrated_confidences_leave_entries_under_the_floor_out():
    from eventwire.extract.framing import hand_list_spans
    from eventwire.evaluation.framing_handlist import hand_spans_with

    text = "The tyrant and his thugs marched."
    assert hand_spans_with(text, {}) == hand_list_spans(text)
    spans = hand_spans_with(text, {"tyrant": 0.2})
    assert [text[s:e] for _, s, e, _ in spans] == [text[s:e] for _, s, e, _ in hand_list_spans(text)][1:]
    assert all(c >= 0.3 for *_, c in spans)
