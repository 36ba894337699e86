"""A wire dateline ("NAIROBI — ...") is where a story was filed, never a party to its lead's event,
whether the parser reads it as the subject with the real subject in apposition, or as a second
subject. Real steps (entities, places, dates, events) on leads written for this test."""

from __future__ import annotations

import pytest

from eventwire.extract.dates import DatesStep
from eventwire.extract.entities import EntitiesStep
from eventwire.extract.events import EventsStep
from eventwire.extract.places import PlacesStep
from eventwire.record import Article, Source, article_id


def _events(analyse, text: str):
    article = Article(id=article_id(text), text=text,
                      source=Source(uri="lead.txt", format="txt", published="2024-05-21"))
    analysis = analyse(text)
    for step in (EntitiesStep(), PlacesStep(), DatesStep(), EventsStep()):
        article = step(article, analysis)
    names = {e.id: e.name for e in article.entities}
    return [([names[i] for i in ev.actor], ev.actor_code, ev.cameo) for ev in article.events]


@pytest.mark.parametrize("lead, minister, country", [
    # the small parser: dateline as subject, the minister in apposition to it
    ("JAKARTA — Indonesian Foreign Minister Rina Wulandari met her Malaysian counterpart, Aziz Hamid, "
     "in Jakarta on Monday, May 20, and the two signed a fisheries agreement.", "Rina Wulandari", "IDN"),
    # the small parser: dateline and minister as two subjects
    ("NAIROBI — Kenyan Foreign Minister Amos Wekesa met his Ugandan counterpart, Grace Nankya, "
     "in Nairobi on Monday, and the two discussed border trade.", "Amos Wekesa", "KEN"),
])
def test_the_dateline_is_not_the_actor(analyse, lead, minister, country):
    meetings = [e for e in _events(analyse, lead) if e[2].startswith("04")]
    assert meetings and all(actors == [minister] and code.startswith(country)
                            for actors, code, _ in meetings)
