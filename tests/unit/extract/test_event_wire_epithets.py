"""News-wire phrasings: "met *visiting* Prime Minister X" (an epithet of the visitor, which the
parser reads as a participle taking the object), "ordered troops to X" (a force posture, 154),
and a warning whose clause announces the warner's own hostile act ("warned X that it would
cut all ties": one threat coded by its content, 1313). Invented sentences; entities made by hand
with their spaCy types."""

from __future__ import annotations

import pytest


#: name → (type, code)
ACTORS = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Lima": ("GPE", "PER"),
    "Luis Ortega": ("PERSON", "PERGOV"), "Chilean President Ana Soto": ("PERSON", "CHLGOV"),
}


@pytest.mark.parametrize("text, code", [
    ("Luis Ortega met visiting Chilean President Ana Soto in Lima on Monday.", "040"),
    ("Luis Ortega received visiting Chilean President Ana Soto.", "043"),
    ("Luis Ortega held talks with visiting Chilean President Ana Soto.", "040"),
])
def test_visiting_is_an_epithet_of_the_visitor(asserted_events, text, code):
    assert asserted_events(ACTORS, text) == \
        [(code, ["Luis Ortega"], ["Chilean President Ana Soto"])]


def test_ordering_troops_to_a_border_is_a_force_posture(asserted_events):
    found = asserted_events(ACTORS, "Peru ordered ten battalions to the border with Chile.")
    assert found == [("154", ["Peru"], ["Chile"])]


@pytest.mark.parametrize("text, code", [
    ("Peru warned Chile that it would cut all ties.", "1313"),
    ("Peru warned Chile that it would attack.", "1384"),
])
def test_a_warning_is_coded_by_its_own_content(asserted_events, text, code):
    assert asserted_events(ACTORS, text) == [(code, ["Peru"], ["Chile"])]


def test_a_warning_about_another_party_s_act_stays_a_warning(asserted_events):
    found = asserted_events(ACTORS, "Peru warned that Chile would attack Lima.")
    assert ("130", ["Peru"], ["Chile"]) in found
