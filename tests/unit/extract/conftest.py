"""The invented casts of the event tests and the fixtures that code a sentence with one of them.

A cast states an article's parties exactly (``make_article(text, actors=..., places=...)``), so
an event test does not depend on the entity or place steps. Each cast serves the files named in
its fixture's docstring; a test file with a cast of its own keeps it next to its tests."""

from __future__ import annotations

import pytest

from eventwire.record import offset_errors

#: Who acts on whom (test_event_parties, test_event_constructions, test_event_wire_conventions).
PARTIES = {
    "Kenyan": ("NORP", "KEN"), "Ugandan": ("NORP", "UGA"), "Ruto": ("PERSON", "KENGOV"),
    "Iran": ("GPE", "IRN"), "Canada": ("GPE", "CAN"), "Peru": ("GPE", "PER"),
    "Norwegian": ("NORP", "NOR"), "Chile": ("GPE", "CHL"), "Danish": ("NORP", "DNK"),
    "Austria": ("GPE", "AUT"), "Mexico": ("GPE", "MEX"),
}
PARTY_PLACES = {"Lima": ("city", "PER"), "Vienna": ("city", "AUT"), "Oslo": ("city", "NOR"),
                "Cusco": ("admin1", "PER"), "Nairobi": ("city", "KEN")}
#: place names are also GPE entities without an actor code, as spaCy gives them
PARTY_PLACE_NAMES = {name: ("GPE", None) for name in PARTY_PLACES}

#: Anaphors and the parties they stand for (test_event_anaphora, test_event_clause_parties,
#: test_event_labels_warnings, test_event_complaints_demonyms).
ANAPHORA = {
    "Peru": ("GPE", "PER"), "Chile": ("GPE", "CHL"), "Kenya": ("GPE", "KEN"),
    "Peruvian": ("NORP", "PER"), "Chilean army": ("ORG", "CHLMIL"),
    "Shining Dawn": ("ORG", "PERINS"), "Red Hand": ("ORG", "CHLREB"),
    "Kenyan officials": ("ORG", "KENGOV"), "Ruto": ("PERSON", "KENGOV"),
    "Iraq": ("GPE", "IRQ"), "Syria": ("GPE", "SYR"), "Fiji": ("GPE", "FJI"), "Tonga": ("GPE", "TON"),
    "Rosa Quispe": ("PERSON", "PERGOV"), "Juan Araya": ("PERSON", "CHLGOV"),
    "Pablo Rojas": ("PERSON", None), "Chilean officials": ("ORG", "CHLGOV"),
    "Reuters": ("ORG", "GBRMED"), "Chilean government": ("ORG", "CHLGOV"),
}
ANAPHORA_PLACES = {"Lima": ("city", "PER"), "Cusco": ("city", "PER"), "Arequipa": ("city", "PER"),
                   "Santiago": ("city", "CHL")}

#: Countries and demonyms for the PLOVER-type vocabulary (test_event_vocab_types,
#: test_event_precision_senses).
VOCABULARY = {
    **{name: ("GPE", code) for name, code in (
        ("Japan", "JPN"), ("US", "USA"), ("United States", "USA"), ("Germany", "DEU"),
        ("Yemen", "YEM"), ("Chad", "TCD"), ("Sudan", "SDN"), ("Nepal", "NPL"), ("Peru", "PER"),
        ("Ecuador", "ECU"), ("Cuba", "CUB"), ("Canada", "CAN"), ("Laos", "LAO"),
        ("Vietnam", "VNM"), ("Norway", "NOR"), ("Bolivia", "BOL"), ("Chile", "CHL"),
        ("Kenya", "KEN"), ("Somalia", "SOM"), ("Mali", "MLI"), ("France", "FRA"),
        ("Niger", "NER"), ("Greece", "GRC"), ("Turkey", "TUR"), ("Syria", "SYR"), ("Iraq", "IRQ"),
        ("Haiti", "HTI"), ("Uganda", "UGA"), ("Rwanda", "RWA"), ("Zambia", "ZMB"), ("Fiji", "FJI"))},
    **{name: ("NORP", code) for name, code in (
        ("Sudanese", "SDN"), ("Canadian", "CAN"), ("Norwegian", "NOR"), ("Kenyan", "KEN"),
        ("French", "FRA"), ("Turkish", "TUR"), ("Iraqi", "IRQ"), ("Ugandan", "UGA"))},
}

#: Foreign news with people, capitals, armed groups and IGOs (test_events, test_event_dates).
NEWS = {
    **{name: ("PERSON", code) for name, code in (
        ("Lavrov", "RUSGOV"), ("Erdogan", "TURGOV"), ("Kishida", "JPNGOV"), ("Sisi", "EGYGOV"),
        ("Macron", "FRAGOV"), ("Scholz", "DEUGOV"), ("Blinken", "USAGOV"), ("Modi", "INDGOV"),
        ("Sharif", "PAKGOV"), ("Lula", "BRAGOV"), ("Maduro", "VENGOV"), ("Bolsonaro", "BRAOPP"),
        ("Retno Marsudi", "IDNGOV"))},
    **{name: ("ORG", code) for name, code in (
        ("Hamas", "PSEREB"), ("al-Shabaab", "SOMINS"), ("Boko Haram", "NGAREB"),
        ("Houthis", "YEMREB"), ("United Nations", "IGOUNO"), ("European Union", "IGOEUREEC"),
        ("NATO", "IGOWSTNAT"))},
    **{name: ("GPE", code) for name, code in (
        ("Beijing", "CHNGOV"), ("Moscow", "RUSGOV"), ("United States", "USA"), ("Russia", "RUS"),
        ("Ukraine", "UKR"), ("Kenya", "KEN"), ("Ethiopia", "ETH"), ("Somalia", "SOM"),
        ("Israel", "ISR"), ("Iran", "IRN"), ("Japan", "JPN"), ("India", "IND"), ("China", "CHN"),
        ("Egypt", "EGY"), ("Venezuela", "VEN"), ("Colombia", "COL"), ("Belarus", "BLR"),
        ("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Serbia", "SRB"), ("Kosovo", "XKX"),
        ("Gaza", "PSE"), ("Philippines", "PHL"), ("Germany", "DEU"), ("Myanmar", "MMR"),
        ("Taiwan", "TWN"), ("Pakistan", "PAK"), ("Qatar", "QAT"), ("North Korea", "PRK"),
        ("Mali", "MLI"), ("Norway", "NOR"), ("Turkey", "TUR"), ("Sudan", "SDN"), ("Sweden", "SWE"))},
    **{name: ("NORP", code) for name, code in (
        ("Russian", "RUS"), ("Ukrainian", "UKR"), ("Kenyan", "KEN"), ("Israeli", "ISR"),
        ("Indian", "IND"), ("Chinese", "CHN"), ("Nigerian", "NGA"), ("Armenian", "ARM"),
        ("Saudi", "SAU"), ("Brazilian", "BRA"), ("Afghan", "AFG"), ("Estonian", "EST"),
        ("French", "FRA"), ("Swedish", "SWE"), ("Palestinian", "PSE"))},
}
NEWS_PLACES = {
    "Ankara": ("city", "TUR"), "Cairo": ("city", "EGY"), "Berlin": ("city", "DEU"),
    "Brussels": ("city", "BEL"), "Yogyakarta": ("city", "IDN"), "Jakarta": ("city", "IDN"),
    "Geneva": ("city", "CHE"), "Maiduguri": ("city", "NGA"),
}


@pytest.fixture
def with_events(analyse):
    """``with_events(article)``: the article with the events coded from it, offsets checked."""
    from eventwire.extract.events import extract_events

    def run(article):
        article = article.model_copy(update={"events": extract_events(article, analyse(article.text))})
        assert offset_errors(article) == []
        return article

    return run


@pytest.fixture
def triples():
    """``triples(article)``: (code, actor country, recipient country) of the non-negated events."""

    def country(code):
        return code[:3] if code else None

    def run(article):
        return sorted((e.cameo, country(e.actor_code), country(e.recipient_code))
                      for e in article.events if e.modality != "negated")

    return run


@pytest.fixture
def party_article(make_article, with_events):
    """``party_article(text)``: coded with the PARTIES cast and its places."""
    return lambda text: with_events(make_article(text, actors={**PARTIES, **PARTY_PLACE_NAMES},
                                                 places=PARTY_PLACES))


@pytest.fixture
def anaphora_article(make_article):
    """``anaphora_article(text)``: built with the ANAPHORA cast and its places, not yet coded."""
    return lambda text: make_article(text, actors=ANAPHORA, places=ANAPHORA_PLACES)


@pytest.fixture
def anaphora_events(anaphora_article, analyse):
    """``anaphora_events(text)``: the events coded with the ANAPHORA cast."""
    from eventwire.extract.events import extract_events

    return lambda text: extract_events(anaphora_article(text), analyse(text))


@pytest.fixture
def vocab_article(make_article, with_events):
    """``vocab_article(text)``: coded with the VOCABULARY cast."""
    return lambda text: with_events(make_article(text, actors=VOCABULARY))


@pytest.fixture
def news_article(make_article):
    """``news_article(text, dates={"Friday": "2023-03-03"})``: built with the NEWS cast and its
    places, not yet coded (other keywords as ``make_article`` takes them)."""
    return lambda text, **fields: make_article(text, actors=NEWS, places=NEWS_PLACES, **fields)


@pytest.fixture
def entities_of(analyse, make_article):
    """``entities_of(text, vocabulary=None)``: the EntitiesStep's entities, offsets checked."""
    from eventwire.extract.entities import EntitiesStep

    def run(text: str, **options):
        article = EntitiesStep(**options)(make_article(text), analyse(text))
        assert offset_errors(article) == []
        return article.entities

    return run


@pytest.fixture
def news_coded(news_article, with_events):
    """``news_coded(text, dates=...)``: coded with the NEWS cast and its places."""
    return lambda text, **fields: with_events(news_article(text, **fields))


@pytest.fixture
def cast_events(make_article, analyse):
    """``cast_events(text, actors, **options)``: the events coded from ``text`` with the cast
    ``actors`` (name → (spaCy type, code)); ``options`` go to ``events_and_anaphors``."""
    from eventwire.extract.events import events_and_anaphors

    def run(text: str, actors: dict, **options):
        return events_and_anaphors(make_article(text, actors=actors), analyse(text), **options)[0]

    return run


@pytest.fixture
def named_events(make_article, analyse):
    """``named_events(text, actors)``: (code, sorted actor names, sorted recipient names) of each
    event coded from ``text`` with the cast ``actors``."""
    from eventwire.extract.events import events_and_anaphors

    def run(text: str, actors: dict, *, negated: bool = True):
        article = make_article(text, actors=actors)
        names = {e.id: e.name for e in article.entities}
        return [(e.cameo, sorted(names[i] for i in e.actor), sorted(names[i] for i in e.recipient))
                for e in events_and_anaphors(article, analyse(text))[0]
                if negated or e.modality != "negated"]

    return run


@pytest.fixture
def asserted_events(named_events):
    """``asserted_events(actors, text)``: :func:`named_events` without the negated events, as the
    tests of one construction's code read them (the cast first: each file has one)."""
    return lambda actors, text: named_events(text, actors, negated=False)


@pytest.fixture
def codes():
    """``codes(events)``: sorted (code, actor code, recipient code) of every event."""
    return lambda events: sorted((e.cameo, e.actor_code, e.recipient_code) for e in events)


@pytest.fixture
def pairs():
    """``pairs(events, root)``: the (actor country, recipient country) pairs of the events whose
    CAMEO root is ``root``."""

    def run(events, root: str) -> set:
        return {(e.actor_code[:3] if e.actor_code else None,
                 e.recipient_code[:3] if e.recipient_code else None)
                for e in events if e.cameo_root == root}

    return run


@pytest.fixture
def by_trigger():
    """``by_trigger(article, trigger)``: the first event whose trigger text is ``trigger``."""

    def run(article, trigger: str):
        found = [e for e in article.events if e.trigger.text == trigger]
        assert found, f"no event on {trigger!r}: {[e.trigger.text for e in article.events]}"
        return found[0]

    return run


@pytest.fixture
def domestic_coded(analyse, make_article):
    """``domestic_coded(text)``: mention text → actor code after the entity, place and
    domestic-actor steps (the story's home country decides bare institutions and titles)."""
    from eventwire.extract.actors_domestic import DomesticActorsStep
    from eventwire.extract.entities import EntitiesStep
    from eventwire.extract.places import PlacesStep

    def run(text: str) -> dict:
        analysis = analyse(text)
        article = make_article(text, published="2005-03-01")
        for step in (EntitiesStep(), PlacesStep(), DomesticActorsStep()):
            article = step(article, analysis)
        return {m.text: e.actor.code if e.actor else None
                for e in article.entities for m in e.mentions}

    return run


#: invented story openings that make a country the story's home (the domestic-actor step reads
#: the home from the places and actors a story names), or that name too many to have one
HOME_OPENINGS = {
    "UK": "Tony Blair and Gordon Brown met in Britain. Britain and the UK agreed. ",
    "US": "George Bush spoke. The US and the United States agreed with America. ",
    "INDIA": "Manmohan Singh met Indian leaders. India and India's partners agreed. ",
    "GERMANY": "Gerhard Schroeder met in Germany. Germany and Berlin agreed with German voters. ",
    "NIGERIA": "Olusegun Obasanjo met in Nigeria. Nigeria and Lagos agreed with Nigerian voters. ",
    "MIXED": "France and Germany met. Spain, Italy and Japan agreed. ",
}


@pytest.fixture
def opening():
    """``opening["UK"] + sentence``: a story whose home country is the UK (see HOME_OPENINGS)."""
    return HOME_OPENINGS
