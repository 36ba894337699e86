"""Event coding on short hand-written foreign-news sentences.

Entities, places and dates are built by hand (the NEWS cast, ``news_article``), so these tests
do not depend on the entity, place or date steps.
"""

from __future__ import annotations

import pytest

from eventwire.extract.event_context import consult_mode
from eventwire.extract.events import EventsStep, candidate_sentences, extract_events
from eventwire.record import Place, offset_errors


def entity_name(article, entity_id):
    return next(e.name for e in article.entities if e.id == entity_id)


# (trigger, sentence, actor code, recipient code, CAMEO root, PLOVER type, modality)
CASES = [
    ("met", "Russian Foreign Minister Lavrov met with Turkish President Erdogan in Ankara on Tuesday.",
     "RUSGOV", "TURGOV", "04", "CONSULT", "asserted"),
    ("visited", "Japanese Prime Minister Kishida visited Ukraine last month.",
     "JPNGOV", "UKR", "04", "CONSULT", "asserted"),
    ("hosted", "Egyptian President Sisi hosted Hamas negotiators in Cairo.",
     "EGYGOV", "PSEREB", "04", "CONSULT", "asserted"),
    ("talks", "Armenia held talks with Azerbaijan in Brussels.",
     "ARM", "AZE", "04", "CONSULT", "asserted"),
    ("spoke", "Modi spoke with Macron by phone on Monday.",
     "INDGOV", "FRAGOV", "04", "CONSULT", "asserted"),
    # "between X and Y" of a symmetric act: both are actors, no recipient (test_event_reciprocal)
    ("meeting", "The meeting between Macron and Scholz in Berlin focused on energy prices.",
     "FRAGOV", None, "04", "CONSULT", "asserted"),
    ("visit", "Blinken's visit to Beijing was postponed.",
     "USAGOV", "CHNGOV", "04", "CONSULT", "asserted"),
    ("attacked", "Kenyan soldiers were attacked by al-Shabaab fighters near the border.",
     "SOMINS", "KENMIL", "19", "ASSAULT", "asserted"),
    ("shelled", "Russian forces shelled the Ukrainian city of Kharkiv overnight.",
     "RUSMIL", "UKR", "19", "ASSAULT", "asserted"),
    ("airstrikes", "Israeli airstrikes on Gaza killed dozens of people.",
     "ISR", "PSE", "19", "ASSAULT", "asserted"),
    ("clashed", "Indian and Chinese troops clashed in the Galwan Valley.",  # sides paired
     "INDMIL", "CHNMIL", "19", "ASSAULT", "asserted"),
    ("occupied", "Russian troops occupied the Zaporizhzhia nuclear plant.",
     "RUSMIL", None, "19", "COERCE", "asserted"),
    ("condemned", "The European Union condemned Belarus for the crackdown.",
     "IGOEUREEC", "BLR", "11", "ACCUSE", "asserted"),
    ("accused", "Iran accused Israel of sabotage at its nuclear facility.",
     "IRN", "ISR", "11", "ACCUSE", "asserted"),
    ("criticized", "Kishida criticized North Korea's missile launches.",
     "JPNGOV", "PRK", "11", "ACCUSE", "asserted"),
    ("threatened", "Maduro threatened Colombia with military action.",
     "VENGOV", "COL", "13", "THREATEN", "asserted"),
    ("sanctions", "The United States imposed sanctions on Venezuela on Friday.",
     "USA", "VEN", "16", "SANCTION", "asserted"),
    ("arrested", "Nigerian police arrested 30 Boko Haram suspects in Maiduguri.",
     "NGACOP", "NGAREB", "17", "COERCE", "asserted"),
    ("deported", "Pakistan deported hundreds of Afghan refugees.",
     "PAK", "AFGREF", "17", "COERCE", "asserted"),
    ("expelled", "Moscow expelled two Estonian diplomats.",
     "RUSGOV", "ESTGOV", "16", "SANCTION", "asserted"),
    ("rallied", "Armenian protesters rallied against Azerbaijan in Yerevan.",
     "ARMCVL", "AZE", "14", "PROTEST", "asserted"),
    ("agreement", "Kenya and Ethiopia signed a security agreement with Somalia.",
     "KEN", "SOM", "05", "SUPPORT", "asserted"),
    ("lent", "China lent Pakistan two billion dollars last year.",
     "CHN", "PAK", "07", "AID", "asserted"),
    ("praised", "Erdogan praised Qatar for its role.",
     "TURGOV", "QAT", "05", "SUPPORT", "asserted"),
    ("donated", "Japan donated medical supplies to the Philippines.",
     "JPN", "PHL", "07", "AID", "asserted"),
    ("aid", "Germany announced new military aid to Ukraine.",
     "DEU", "UKR", "07", "AID", "asserted"),
    ("withdrawal", "The withdrawal of French troops from Mali was completed in August.",
     "FRAMIL", "MLI", "08", "RETREAT", "asserted"),
    ("lifted", "The European Union lifted sanctions on Venezuela.",
     "IGOEUREEC", "VEN", "08", "RETREAT", "asserted"),
    ("investigating", "Brazilian prosecutors are investigating Bolsonaro over the riots.",
     "BRAJUD", "BRAOPP", "09", "ACCUSE", "asserted"),
    # CAMEO codes "urge"/"call on" as appeals (02; codebook examples of 021, 0233, 0234):
    # PLOVER has no type for appeals
    ("urged", "The United Nations urged Myanmar to release political prisoners.",
     "IGOUNO", "MMR", "02", None, "asserted"),
    ("demanded", "The United Nations demanded that Myanmar release political prisoners.",
     "IGOUNO", "MMR", "10", "REQUEST", "asserted"),
    ("rejected", "Taiwan rejected the Chinese proposal.",
     "TWN", "CHN", "12", "REJECT", "asserted"),
    ("threatened", "Beijing threatened Taiwan with punishment over the referendum.",
     "CHNGOV", "TWN", "13", "THREATEN", "asserted"),
    ("meet", "Modi did not meet Sharif during the summit.",
     "INDGOV", "PAKGOV", "04", "CONSULT", "negated"),
    ("refused", "Azerbaijan refused to negotiate with Armenia.",
     "AZE", "ARM", "12", "REJECT", "asserted"),
    ("offered", "Qatar offered to mediate between Kenya and Somalia.",
     "QAT", "KEN", "03", "AGREE", "asserted"),
    ("willing", "Norway is willing to send troops to Mali.",
     "NOR", "MLI", "03", "AGREE", "asserted"),
    ("said", "Germany said Iran must release the detained journalists.",
     "DEU", "IRN", "10", "REQUEST", "asserted"),
    ("demanded", "Japan demanded that China stop the drills.",
     "JPN", "CHN", "10", "REQUEST", "asserted"),
    ("withdraw", "Kenya will withdraw its troops from Somalia unless the talks resume.",
     "KEN", "SOM", "13", "THREATEN", "future"),
    ("threatened", "Japan threatened further action against China.",
     "JPN", "CHN", "13", "THREATEN", "asserted"),
    ("claimed", "Ukraine claimed that Russia had shelled the plant.",
     "UKR", "RUS", "11", "ACCUSE", "asserted"),
    ("opposed", "Turkey said it opposed the Swedish bid.",
     "TUR", "SWE", "12", "REJECT", "asserted"),
    ("visit", "Lula will visit China next week.",
     "BRAGOV", "CHN", "04", "CONSULT", "future"),
    ("travel", "Scholz plans to travel to Kenya in March.",
     "DEUGOV", "KEN", "04", "CONSULT", "future"),
    ("host", "Macron is set to host Modi at the Elysee Palace.",
     "FRAGOV", "INDGOV", "04", "CONSULT", "future"),
    ("deal", "Egypt is expected to sign a gas deal with Israel.",
     "EGY", "ISR", "05", "SUPPORT", "future"),
    ("attack", "Iran could attack Israeli ships in the Red Sea.",
     "IRN", "ISR", "19", "ASSAULT", "hypothetical"),
    ("target", "The Houthis may target Saudi oil facilities.",
     "YEMREB", "SAU", "19", "ASSAULT", "hypothetical"),
    ("attacks", "If Serbia attacks Kosovo, NATO will respond.",
     "SRB", "XKX", "19", "ASSAULT", "hypothetical"),
    # a state saying another attacked is its accusation (PETRARCH-2's convention, test_event_accusation)
    ("said", "Ukraine said Russia attacked its power grid.",
     "UKR", "RUS", "11", "ACCUSE", "asserted"),
    ("attacked", "Russia attacked the power grid, Ukraine said.",
     "RUS", None, "19", "ASSAULT", "asserted"),
]


@pytest.mark.parametrize("trigger,text,actor,recipient,root,plover,modality", CASES)
def test_events_sentence_table(news_coded, by_trigger, trigger, text, actor, recipient, root,
                               plover, modality):
    event = by_trigger(news_coded(text), trigger)
    assert (event.actor_code, event.recipient_code) == (actor, recipient)
    assert (event.cameo_root, event.plover, event.modality) == (root, plover, modality)
    assert event.cameo.startswith(root) and isinstance(event.cameo, str)
    assert 0.0 < event.confidence <= 1.0


def test_events_consult_with_place_and_date(news_coded, by_trigger):
    text = ("Indonesian Foreign Minister Retno Marsudi met with senior Hamas officials in the "
            "central Indonesian city of Yogyakarta on Friday, March 3.")
    article = news_coded(text, dates={"Friday, March 3": "2023-03-03"})
    event = by_trigger(article, "met")
    place = next(p for p in article.places if p.id == event.place)
    assert (event.actor_code, event.recipient_code, event.plover) == ("IDNGOV", "PSEREB", "CONSULT")
    assert place.name == "Yogyakarta" and event.date == "2023-03-03"
    assert event.plover_mode == "host" and event.quad_class == 1


def test_events_compound_actor_is_a_list(news_coded, by_trigger):
    article = news_coded("Kenya and Ethiopia signed a security agreement with Somalia.")
    event = by_trigger(article, "agreement")
    assert [entity_name(article, i) for i in event.actor] == ["Kenya", "Ethiopia"]
    assert [entity_name(article, i) for i in event.recipient] == ["Somalia"]
    assert len(article.events) == 1  # one event, not a cross product


def test_events_reported_speech_is_attributed(news_coded, by_trigger):
    article = news_coded("Russia attacked the power grid, Ukraine said.")
    event = by_trigger(article, "attacked")
    assert entity_name(article, event.attributed_to) == "Ukraine"
    assert [e.trigger.text for e in article.events] == ["attacked"]  # no extra 010 for "said"


@pytest.mark.parametrize(
    "text",
    [
        "The storm destroyed hundreds of homes along the coast.",
        "Officials met in the capital to discuss the budget.",
        "Russia is the largest country by area.",
        "Indian retail sales failed to meet expectations in December.",
        "A former executive sued the Japanese investment bank in London.",
        "Chinese demand for copper has helped push prices higher.",
    ],
)
def test_events_nothing_without_coded_parties(news_coded, text):
    assert news_coded(text).events == ()


def test_events_parse_only_candidate_sentences(analyse, news_article):
    text = ("The weather in the region was mild. Lula will visit China next week. "
            "Markets were calm. Kenya hosted the Somalia delegation.")
    article = news_article(text)
    analysis = analyse(text)
    candidates = candidate_sentences(article, analysis)
    assert [s.text.split()[0] for s in candidates] == ["Lula", "Kenya"]
    extract_events(article, analysis)
    assert set(analysis._parsed) == {(s.start_char, s.end_char) for s in candidates}


def test_events_step_contract(analyse, news_article):
    text = "Erdogan met with Macron in Ankara."
    step = EventsStep()
    article = step(news_article(text), analyse(text))
    assert step.name == "eventwire.events.v10"
    assert step.requires == ("entities", "places", "dates") and step.assigns == ("events", "entities")
    assert [e.id for e in article.events] == ["v1"] and offset_errors(article) == []


def test_events_step_quad_scheme_option(analyse, news_article):
    text = "Beijing said the arms sale was a mistake."
    article = EventsStep(quad_scheme="phoenix", statements=True)(news_article(text), analyse(text))
    assert [(e.cameo, e.plover, e.quad_class) for e in article.events] == [("010", None, 0)]


def test_events_statements_off_by_default(analyse, news_article):
    text = "Beijing said the arms sale was a mistake."
    article = news_article(text)
    assert extract_events(article, analyse(text)) == ()
    assert candidate_sentences(article, analyse(text)) == []


def test_events_step_rejects_unknown_quad_scheme():
    with pytest.raises(ValueError):
        EventsStep(quad_scheme="weis")


@pytest.mark.parametrize(
    "place_country,actor,recipient,parties,mode",
    [
        ("CHN", "CHN", "AFG", 2, "host"),
        ("AFG", "CHN", "AFG", 2, "visit"),
        ("QAT", "USA", "AFG", 2, "third-party"),
        ("QAT", "USA", "AFG", 4, "multilateral"),
        (None, "USA", "AFG", 2, None),
    ],
)
def test_events_consult_mode(place_country, actor, recipient, parties, mode):
    place = Place(id="p1", name="x", country=place_country, mentions=()) if place_country else None
    assert consult_mode(place, actor, recipient, parties=parties) == mode
