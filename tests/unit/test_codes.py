"""The CAMEO/PLOVER tables: codes are strings, values in range, mappings complete."""

from __future__ import annotations

import pytest

from eventwire import codes
from eventwire.codes import (
    PLOVER_SCORES, PLOVER_TYPES, QUAD_SCHEMES, cameo_root, cameo_table, event_codes, goldstein,
    plover_type, quad_class,
)


def test_codes_are_strings_with_known_roots():
    for code, entry in cameo_table().items():
        assert isinstance(code, str) and code.isdigit() and 2 <= len(code) <= 4
        assert 1 <= int(code[:2]) <= 20
        assert entry.root in cameo_table()


def test_codes_goldstein_in_range():
    assert all(-10.0 <= e.goldstein <= 10.0 for e in cameo_table().values())


def test_codes_plover_types_are_known():
    types = {e.plover for e in cameo_table().values() if e.plover}
    assert types <= set(PLOVER_TYPES)
    assert {"CONSULT", "ASSAULT", "RETREAT", "REQUEST"} <= types


def test_codes_cover_every_root():
    roots = {f"{r:02d}" for r in range(1, 21)}
    assert roots <= set(cameo_table())
    three_digit = [c for c in cameo_table() if len(c) == 3]
    assert len(three_digit) >= 100


@pytest.mark.parametrize(
    "code,root,quad,score,plover",
    [
        ("010", "01", 1, 0.0, None),
        ("040", "04", 1, 1.0, "CONSULT"),
        ("043", "04", 1, 2.8, "CONSULT"),
        ("057", "05", 1, 8.0, "SUPPORT"),
        ("073", "07", 2, 7.4, "AID"),
        ("0874", "08", 2, 10.0, "RETREAT"),
        ("112", "11", 3, -2.0, "ACCUSE"),
        ("130", "13", 3, -4.4, "THREATEN"),
        ("141", "14", 4, -6.5, "PROTEST"),
        ("173", "17", 4, -5.0, "COERCE"),
        ("190", "19", 4, -10.0, "ASSAULT"),
    ],
)
def test_codes_lookup_table(code, root, quad, score, plover):
    assert cameo_root(code) == root
    assert quad_class(code) == quad
    assert goldstein(code) == score
    assert plover_type(code) == plover


@pytest.mark.parametrize("code", ["1", 10, "999", "", "0x1", None])
def test_codes_unknown_gives_nothing(code):
    assert not codes.is_cameo(code)
    if isinstance(code, str):
        assert cameo_root(code) is None and goldstein(code) is None


@pytest.mark.parametrize("scheme", sorted(QUAD_SCHEMES))
def test_codes_quad_schemes_cover_all_roots(scheme):
    table = QUAD_SCHEMES[scheme]
    assert set(table) == {f"{r:02d}" for r in range(1, 21)}
    assert set(table.values()) <= {0, 1, 2, 3, 4}


@pytest.mark.parametrize("code,gdelt,phoenix", [("010", 1, 0), ("160", 4, 3), ("043", 1, 1)])
def test_codes_quad_scheme_is_configurable(code, gdelt, phoenix):
    assert quad_class(code, "gdelt") == gdelt
    assert quad_class(code, "phoenix") == phoenix


def test_codes_event_codes_fields():
    fields = event_codes("042")
    assert fields["cameo"] == "042" and fields["cameo_root"] == "04"
    assert fields["plover"] == "CONSULT" and fields["plover_mode"] == "visit"
    assert event_codes("04") == {} and event_codes("999") == {}


def test_codes_plover_scores_cover_sixteen_types():
    assert len(PLOVER_SCORES) == 16
    assert all(-10 <= s <= 10 for s in PLOVER_SCORES.values())


def test_codes_parent_goldstein_is_marked():
    inherited = [e for e in cameo_table().values() if e.goldstein_source != "scale"]
    for entry in inherited:
        parent = entry.goldstein_source.split(":")[1]
        assert cameo_table()[parent].goldstein == entry.goldstein
