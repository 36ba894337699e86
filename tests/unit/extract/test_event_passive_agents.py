"""A passive's "by" agent that the parser hangs on the "of" gerund after it ("X was accused of
shelling villages *by Y*") is still the passive's agent. Invented sentences; entities made by
hand with their spaCy types."""

from __future__ import annotations

from eventwire.extract.events import events_and_anaphors

#: name → (type, code)
ACTORS = {"Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL")}


def _events(make_article, analyse, text: str) -> list:
    article = make_article(text, actors=ACTORS)
    names = {e.id: e.name for e in article.entities}
    events = events_and_anaphors(article, analyse(text))[0]
    return [(e.cameo, sorted(names[i] for i in e.actor), sorted(names[i] for i in e.recipient))
            for e in events if e.modality != "negated"]


def test_a_passive_agent_hung_on_the_gerund_is_the_passive_s(make_article, analyse):
    # "accused of shelling villages *by Chile*": the parser attaches "by" to the gerund
    found = _events(make_article, analyse, "Peru was accused of shelling villages by Chile.")
    assert found == [("112", ["Chile"], ["Peru"])]


def test_an_agentless_passive_accusation_names_no_accuser(make_article, analyse):
    assert _events(make_article, analyse, "Peru was accused of shelling villages.") == \
        [("112", [], ["Peru"])]
