"""Events round 19: who takes part in a noun event — the possessor of a party's standing in
talks, a lone partner of talks whose other side is unnamed, the party retaliated against, and a
vessel hit in the passive (CAMEO 190 with no named attacker). Invented sentences; entities made
by hand with their spaCy types."""

from __future__ import annotations

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Peruvian": ("NORP", "PER"),
          "Chilean": ("NORP", "CHL")}


def test_a_partys_position_in_talks(asserted_events):
    found = asserted_events(ACTORS, "Peru's role in the negotiations with Chile grew.")
    assert ("046", ["Peru"], ["Chile"]) in found


def test_talks_with_one_named_party(asserted_events):
    found = asserted_events(ACTORS, "Talks with Chile on its debt began on Monday.")
    assert ("040", ["Chile"], []) in found


def test_talks_framing_a_clause_keep_their_reading(asserted_events):
    # "after talks with X": the clause's own subject took part; X is no lone party
    found = asserted_events(ACTORS, "She spoke to reporters after talks with Chile.")
    assert ("040", ["Chile"], []) not in found


def test_retaliation_names_its_target(asserted_events):
    found = asserted_events(ACTORS, "Peru imposed duties on wine in retaliation for Chile's ban on fish.")
    assert ("172", ["Peru"], ["Chile"]) in found
    found = asserted_events(ACTORS, "Peru announced tariffs to retaliate for Chile's failure to pay.")
    assert ("172", ["Peru"], ["Chile"]) in found


def test_a_vessel_hit_without_agent(asserted_events):
    assert ("190", [], ["Peruvian"]) in asserted_events(ACTORS, "A Peruvian tanker was hit on Monday.")
    assert asserted_events(ACTORS, "Peruvian exports were hit on Monday.") == []
