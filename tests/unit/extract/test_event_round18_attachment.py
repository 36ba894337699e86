"""Events round 18: attaching parties. "signed … with Y" is an agreement whatever was signed;
an appositive role names its person's country ("X, Peru's delegate, made the appeal"); a
non-restrictive relative clause asserts its act and its relative pronoun stands for the noun
it follows; a state's *creditor* banks are not its own. Invented sentences."""

from __future__ import annotations

ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Juan Soto": ("PERSON", None)}


def test_signed_with_is_an_agreement(asserted_events):
    assert asserted_events(ACTORS, "Peru signed two protocols with Chile.") == [("057", ["Peru"], ["Chile"])]


def test_signing_alone_is_no_agreement(asserted_events):
    assert asserted_events(ACTORS, "Peru signed the document on Monday.") == []


def test_appositive_role_names_the_country(codes, cast_events):
    events = cast_events("Juan Soto, Peru's delegate to the talks, made the appeal on Monday.", ACTORS)
    assert [(c, a[:3] if a else None) for c, a, _ in codes(events)] == [("020", "PER")]


def test_nonrestrictive_relative_clause_is_asserted(asserted_events):
    found = asserted_events(ACTORS, "Talks resumed with Peru, which signed a pact with Chile last week.")
    assert ("057", ["Peru"], ["Chile"]) in found


def test_restrictive_relative_clause_stays_background(asserted_events):
    actors = {"Chile": ("GPE", "CHL")}
    assert asserted_events(actors, "The group that attacked Chile is calm.") == []


def test_creditor_banks_are_not_the_debtor_s(codes, cast_events):
    events = cast_events("Peru signed a loan package with its creditor banks.", ACTORS)
    assert codes(events) == [("057", "PER", None)]


def test_announced_plan_is_the_announcer_s(codes, cast_events):
    # the amount shape ("$N in tariffs"); a plain "plans to put tariffs" is pruned as an
    # infinitival relative (event_prune), whoever its subject is
    events = cast_events("Peru announced plans to put 300 million dollars in tariffs on Chile.", ACTORS)
    assert [(c[:2], a) for c, a, _ in codes(events)] == [("17", "PER")]


def test_asking_to_end_something_targets_its_holder(asserted_events):
    assert asserted_events(ACTORS, "Peru called for an end to Chile's ban on fish imports.") == \
        [("020", ["Peru"], ["Chile"])]
    assert asserted_events(ACTORS, "Peru demanded the lifting of Chile's blockade.") == \
        [("100", ["Peru"], ["Chile"])]
