"""Events round 19: a specificational copula names who did a restrictive relative clause's act
("the nations that confirmed their attendance were X, Y and Z"), and confirming one's
presence at a meeting is taking part (040). Invented sentences."""

from __future__ import annotations

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Bolivia": ("GPE", "BOL"),
          "Ecuador": ("GPE", "ECU")}


def test_a_specifying_copula_names_the_doers(asserted_events):
    found = asserted_events(ACTORS, "Officials said the nations that confirmed their attendance "
                                    "were Peru, Chile, Bolivia and Ecuador.")
    assert sorted(a[0] for c, a, r in found if c == "040") == ["Bolivia", "Chile", "Ecuador", "Peru"]
    assert asserted_events(ACTORS, "The group that attacked Peru was small.") == []
