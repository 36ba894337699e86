"""A bare demonym after "ethnic" names an ethnic group, not the kin state's people
(``actors.ethnic_group``): no country from the demonym. Invented phrases."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import MentionContext, resolve_actor


@pytest.mark.parametrize("before", [("the", "ethnic"), ("Ethnic",)])
def test_an_ethnic_demonym_has_no_kin_state(before):
    assert resolve_actor("Albanians", "NORP", context=MentionContext(before=before)) is None


@pytest.mark.parametrize("before", [(), ("the",), ("angry",)])
def test_a_plain_demonym_keeps_its_state(before):
    actor = resolve_actor("Albanians", "NORP", context=MentionContext(before=before))
    assert actor is not None and actor.code == "ALB"

