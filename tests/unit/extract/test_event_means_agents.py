"""A generic killing or attack takes the code of the means its subject, "by" agent or means
phrase names (CAMEO codes the most specific act stated): bombers and bombs are non-military
bombings (183, 1831 suicide, 1832 vehicular, 1833 roadside), gunmen and snipers small arms
(193). Also: a broker of a truce mediates between its parties (045), "fired into X" is firing at
X (193), and whom one helps is the subject of the bare infinitive ("help X rebuild").
Invented sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

import pytest

from eventwire.extract.event_means import means_table, noun_means

#: name → (type, code)
ACTORS = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Bolivia": ("GPE", "BOL"),
    "Peruvian soldiers": ("NORP", "PERMIL"), "Chilean police": ("NORP", "CHLCOP"),
}


@pytest.mark.parametrize("text, code", [
    ("A suicide bomber killed ten Peruvian soldiers in Lima.", "1831"),
    ("Ten Peruvian soldiers were killed by a suicide bomber.", "1831"),
    ("A roadside bomb killed ten Peruvian soldiers.", "1833"),
    ("A roadside bombing killed ten Peruvian soldiers.", "1833"),
    ("A bomb blast killed ten Peruvian soldiers.", "183"),
    ("Gunmen shot dead ten Peruvian soldiers.", "193"),
])
def test_the_agent_names_the_means(asserted_events, text, code):
    codes = [c for c, _, recipients in asserted_events(ACTORS, text)
             if recipients == ["Peruvian soldiers"]]
    assert codes == [code]


def test_a_suicide_attack_noun_is_a_suicide_bombing(asserted_events):
    found = asserted_events(ACTORS, "Peru carried out a suicide attack on Chile.")
    assert found == [("1831", ["Peru"], ["Chile"])]


def test_a_named_party_keeps_the_generic_code(asserted_events):
    found = asserted_events(ACTORS, "Peru attacked Chile.")
    assert found == [("190", ["Peru"], ["Chile"])]


def test_a_victim_gunman_is_no_means(asserted_events):
    # the object is who was killed, not what the killing was done with
    codes = [c for c, _, _ in asserted_events(ACTORS, "Peru killed a Chilean gunman.")]
    assert "193" not in codes


def test_modifiers_narrow_the_means_rows():
    rows = means_table()["bomb"]
    assert rows[-1] == (frozenset(), "183")  # the row without a modifier is tried last
    assert all(mods for mods, _ in rows[:-1])


def test_noun_means_reads_nested_modifiers(analyse):
    analysis = analyse("A suicide car bomb exploded.")
    doc = next(iter(analysis.parse(analysis.sentences))).doc
    bomb = next(t for t in doc if t.lower_ == "bomb")
    assert noun_means(bomb) in ("1831", "1832")


def test_a_broker_mediates_between_the_parties(asserted_events):
    found = asserted_events(ACTORS, "Peru brokered a truce between Chile and Bolivia.")
    assert found == [("045", ["Peru"], ["Bolivia", "Chile"])]


def test_fired_into_names_the_target(asserted_events):
    found = asserted_events(ACTORS, "Peru fired rockets into northern Chile.")
    assert found == [("193", ["Peru"], ["Chile"])]


def test_whom_one_helps_is_the_bare_infinitive_s_subject(asserted_events):
    found = asserted_events(ACTORS, "Peru has offered to help Chile restore order.")
    assert found == [("033", ["Peru"], ["Chile"])]


def test_bombers_alone_are_aircraft_not_a_bombing(asserted_events):
    # "bombers" without "suicide"/"car" are mostly aircraft: no non-military bombing (183)
    codes = [c for c, _, _ in asserted_events(ACTORS, "Peru's bombers killed ten Chilean police.")]
    assert codes and not any(c.startswith("183") for c in codes)
