"""The split rule and the counting behind every reported figure."""

from __future__ import annotations

import hashlib

import pytest

from eventwire.evaluation.common import PRF, PerLabel, in_split, split_of


@pytest.mark.parametrize("item_id", ["GWN:0", "LGL:17", "petr2-gsr:AFP0808020625_4", "x"])
def test_common_split_follows_first_sha1_digit(item_id):
    digit = hashlib.sha1(item_id.encode()).hexdigest()[0]
    assert split_of(item_id) == ("dev" if digit in "01234567" else "test")
    assert in_split(item_id, "all")
    assert in_split(item_id, split_of(item_id))


def test_common_prf_counts_multiset_matches():
    m = PRF()
    m.add(["A", "A", "B"], ["A", "C"])
    assert (m.tp, m.fp, m.fn) == (1, 2, 1)
    assert m.precision == pytest.approx(1 / 3) and m.recall == pytest.approx(0.5)
    assert m.f1 == pytest.approx(0.4)


def test_common_prf_empty_is_zero_not_an_error():
    assert PRF().f1 == 0.0


def test_common_per_label_keeps_each_label_apart():
    per = PerLabel()
    per.add(["ASSAULT", "PROTEST"], ["ASSAULT"])
    d = per.to_dict()
    assert d["ASSAULT"]["tp"] == 1 and d["PROTEST"]["fp"] == 1
