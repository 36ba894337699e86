"""A small store of hand-made article records for the API, render and browser tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.record import (
    Actor, Amount, Article, DateRef, Entity, Event, Framing, Place, Quote, Source, Span,
    article_id, offset_errors,
)

TIANJIN = (
    "Chinese Foreign Minister Wang Yi met Taliban leaders in Tianjin on Wednesday. "
    "\u201cWe hope the Taliban will play an important role,\u201d Wang said.\n\n"
    "The ministry later pledged $31 million in emergency aid to Afghanistan."
)
CHAD = (
    "Chadian troops clashed with rebels near N'Djamena on Monday, killing 12 fighters. "
    "The army called the rebels terrorists and vowed to crush the rebellion."
)
NAIROBI = "Officials in Nairobi said fuel prices rose again after the tax increase."


def _sentence(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase))


def _article(text: str, *, published: str | None, outlet: str | None, **fields) -> Article:
    source = Source(uri=f"test/{article_id(text)[2:]}.txt", format="txt", outlet=outlet,
                    published=published)
    return Article(id=article_id(text), source=source, text=text, **fields)


def tianjin(_m) -> Article:
    t = TIANJIN
    wang = Entity(id="e1", name="Wang Yi", type="PERSON", mentions=(_m(t, "Wang Yi"), _m(t, "Wang", 1)),
                  actor=Actor(code="CHNGOV", country="CHN", sectors=("GOV",)))
    taliban = Entity(id="e2", name="Taliban", type="ORG", mentions=(_m(t, "Taliban"), _m(t, "Taliban", 1)),
                     actor=Actor(code="AFGINS", country="AFG", sectors=("INS",)))
    tianjin_e = Entity(id="e3", name="Tianjin", type="GPE", mentions=(_m(t, "Tianjin"),))
    place = Place(id="p1", name="Tianjin", country="CHN", lat=39.142, lon=117.177, feature="city",
                  mentions=(_m(t, "Tianjin"),))
    afg = Place(id="p2", name="Afghanistan", country="AFG", lat=33.0, lon=66.0, feature="country",
                mentions=(_m(t, "Afghanistan"),))
    quote_text = "We hope the Taliban will play an important role,"
    q = _m(t, quote_text)
    return _article(
        t, published="2021-07-29", outlet="example.org", title="Wang Yi meets Taliban in Tianjin",
        steps=("spacy:en_core_web_sm-3.8.0", "eventwire.events.v9"),
        entities=(wang, taliban, tianjin_e), places=(place, afg),
        dates=(DateRef(**_m(t, "Wednesday").model_dump(), value="2021-07-28", granularity="day",
                       anchor="weekday"),),
        amounts=(Amount(**_m(t, "$31 million").model_dump(), value=31e6, unit="USD",
                        object="emergency aid"),),
        quotes=(Quote(start=q.start, end=q.end, text=q.text, speaker="e1", speaker_text="Wang",
                      cue="said"),),
        events=(
            Event(id="v1", sentence=_sentence(t, t.split(". ")[0] + "."), trigger=_m(t, "met"),
                  actor=("e1",), actor_code="CHNGOV", recipient=("e2",), recipient_code="AFGINS",
                  cameo="043", cameo_root="04", quad_class=1, goldstein=2.8, plover="CONSULT",
                  place="p1", date="2021-07-28"),
            Event(id="v2", sentence=_sentence(t, "The ministry later pledged $31 million in "
                                                 "emergency aid to Afghanistan."),
                  trigger=_m(t, "pledged"), actor_code="CHNGOV", recipient_code="AFG",
                  cameo="071", cameo_root="07", quad_class=2, goldstein=7.4, plover="AID",
                  place="p2", modality="future"),
        ),
    )


def chad(_m) -> Article:
    t = CHAD
    troops = Entity(id="e1", name="Chadian troops", type="NORP", mentions=(_m(t, "Chadian"),),
                    actor=Actor(code="TCDMIL", country="TCD", sectors=("MIL",)))
    place = Place(id="p1", name="N'Djamena", country="TCD", lat=12.107, lon=15.044, feature="city",
                  mentions=(_m(t, "N'Djamena"),))
    first = t.split(". ")[0] + "."
    return _article(
        t, published="2021-08-03", outlet="news.example.com", title="Clashes near N'Djamena",
        entities=(troops,), places=(place,),
        dates=(DateRef(**_m(t, "Monday").model_dump(), value="2021-08-02", granularity="day"),),
        amounts=(Amount(**_m(t, "12 fighters").model_dump(), value=12, unit="people", kind="count",
                        action="killed"),),
        framing=(Framing(**_m(t, "terrorists").model_dump(), technique="Name_Calling,Labeling"),
                 Framing(**_m(t, "crush the rebellion").model_dump(), technique="Loaded_Language")),
        events=(Event(id="v1", sentence=_sentence(t, first), trigger=_m(t, "clashed"),
                      actor=("e1",), actor_code="TCDMIL", recipient_code="TCDREB", cameo="190",
                      cameo_root="19", quad_class=4, goldstein=-10.0, plover="FIGHT",
                      place="p1", date="2021-08-02"),),
    )


def nairobi(_m) -> Article:
    t = NAIROBI
    place = Place(id="p1", name="Nairobi", country="KEN", lat=-1.283, lon=36.817, feature="city",
                  mentions=(_m(t, "Nairobi"),))
    return _article(t, published=None, outlet=None, places=(place,))


ARTICLES = (tianjin, chad, nairobi)


@pytest.fixture(scope="session")
def records(nth_mention) -> list[Article]:
    """The hand-made records, each checked to have sound offsets."""
    built = [make(nth_mention) for make in ARTICLES]
    for article in built:
        if offset_errors(article):
            raise ValueError(offset_errors(article))
    return built


@pytest.fixture(scope="session")
def api_db(tmp_path_factory, records) -> Path:
    """A DuckDB file holding the hand-made records (closed, so apps can open it read-only)."""
    from eventwire.store.duckdb import Store

    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    with Store(path) as store:
        store.write(records)
    return path


@pytest.fixture(scope="session")
def client(api_db):
    """An in-process client of the app over ``api_db``."""
    from fastapi.testclient import TestClient

    from eventwire.query.api import create_app

    with TestClient(create_app(api_db)) as test_client:
        yield test_client
