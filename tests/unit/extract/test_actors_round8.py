"""Round 8: a demonym with trailing qualifiers only keeps its country."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import resolve_actor


@pytest.mark.parametrize("phrase, code", [
    ("Somali Islamist", "SOM"),
    ("Iraqi Shiite", "IRQ"),
    ("Somali Islamist insurgents", "SOMINS"),
])
def test_demonym_with_trailing_qualifiers(phrase, code):
    assert resolve_actor(phrase).code == code


def test_qualifier_alone_is_no_actor():
    assert resolve_actor("Islamist") is None
