"""A "by" or "from" phrase right after an active verb's object belongs to the object, wherever
the parser hangs it: "rejected the proposal *by Chile*" rejects Chile's proposal. Invented
sentences; entities made by hand with their spaCy types."""

from __future__ import annotations

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Bolivia": ("GPE", "BOL"),
          "Ecuador": ("GPE", "ECU")}


def test_a_by_phrase_after_the_object_names_whose_act_it_was(asserted_events):
    found = asserted_events(ACTORS, "Peru rejected the proposal by Chile.")
    assert [(code[:2], actor, target) for code, actor, target in found] == \
        [("12", ["Peru"], ["Chile"])]


def test_each_agent_of_a_compound_by_phrase_is_a_target(asserted_events):
    found = asserted_events(ACTORS, "Peru condemned the strikes by Chile, Bolivia and Ecuador.")
    assert [(code[:2], actor, sorted(target)) for code, actor, target in found] == \
        [("11", ["Peru"], ["Bolivia", "Chile", "Ecuador"])]


def test_a_from_phrase_after_the_object_names_its_origin(asserted_events):
    found = asserted_events(ACTORS, "Peru welcomed the offer from Chile.")
    assert [(code[:2], actor, target) for code, actor, target in found] == \
        [("05", ["Peru"], ["Chile"])]


def test_a_passive_by_agent_is_still_the_actor(asserted_events):
    # the phrase follows no direct object: an ordinary passive agent
    found = asserted_events(ACTORS, "The proposal was rejected by Chile.")
    assert [(code[:2], actor) for code, actor, _ in found] == [("12", ["Chile"])]
