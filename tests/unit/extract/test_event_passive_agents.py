"""A passive's "by" agent that the parser hangs on the "of" gerund after it ("X was accused of
shelling villages *by Y*") is still the passive's agent. Invented sentences; entities made by
hand with their spaCy types."""

from __future__ import annotations


#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL")}


def test_a_passive_agent_hung_on_the_gerund_is_the_passive_s(asserted_events):
    # "accused of shelling villages *by Chile*": the parser attaches "by" to the gerund
    found = asserted_events(ACTORS, "Peru was accused of shelling villages by Chile.")
    assert found == [("112", ["Chile"], ["Peru"])]


def test_an_agentless_passive_accusation_names_no_accuser(asserted_events):
    assert asserted_events(ACTORS, "Peru was accused of shelling villages.") == \
        [("112", [], ["Peru"])]
