"""Events round 19: trigger vocabulary from the CAMEO 1.1b3 codebook — granting loans or credit
(071), denying a wrongdoing (016), committing oneself to act (030), voicing support for another's
act (051) — and requests for membership aimed at the body. Invented sentences."""

from __future__ import annotations

import pytest

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"),
          "European Community": ("ORG", "IGOEUREEC")}


@pytest.mark.parametrize("text, code, target", [
    ("Peru granted Chile a 200 mln dlr bridging credit.", "071", ["Chile"]),
    ("Peru denied violating its accord with Chile.", "016", ["Chile"]),
    ("Peru voiced its support for Chile's decision.", "051", ["Chile"]),
    ("Peru requested membership in the European Community.", "020", ["European Community"]),
])
def test_new_rows(asserted_events, text, code, target):
    assert (code, ["Peru"], target) in asserted_events(ACTORS, text)


def test_committing_oneself_is_intent(asserted_events):
    found = asserted_events(ACTORS, "Peru committed itself to stabilize prices.")
    assert [c[:2] for c, _, _ in found] == ["03"]


def test_denying_a_report_is_no_denial_of_wrongdoing(asserted_events):
    assert asserted_events(ACTORS, "Peru denied the report about Chile.") == []
