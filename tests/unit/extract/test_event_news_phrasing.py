"""Event coding of common foreign-news phrasing: announced acts (intent or threat), a role with
no country of its own, demanded content, conditions and purposes as no event of their own,
requests coded as the act asked for, yields and force postures, one record per act, argument
heads (a pronoun under a speech verb, a quantity noun, a measured object), coordinated
modifiers as compound actors and a meeting's host country.

Entities, places and dates are built by hand (the NEWS cast, ``news_article``), so these tests
do not depend on the entity, place or date steps.
"""

from __future__ import annotations

import pytest

from eventwire.extract.events import candidate_sentences, extract_events
from eventwire.record import Actor


def titled_person(make_article, text: str, name: str):
    """A PERSON whose title gives a government sector but no country (id ``t1``)."""
    (person,) = make_article(text, actors={name: ("PERSON", None)}).entities
    return person.model_copy(update={"id": "t1", "actor": Actor(sectors=("GOV",))})


# Announced acts are CAMEO 03 (intent) or 13 (threat); forecasts and meetings keep their code.
@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        ("Israel said it would release 50 Palestinian prisoners.", "release", "0353"),
        ("Japan will provide humanitarian aid to the Philippines.", "aid", "0333"),
        ("Japan offered to help the Philippines after the typhoon.", "offered", "033"),
        ("Iran threatened to attack Israeli ships.", "threatened", "1384"),
        ("Turkey plans to impose sanctions on Sweden.", "sanctions", "1312"),
        ("Lula will visit China next week.", "visit", "042"),
        ("Egypt is expected to sign a gas deal with Israel.", "deal", "057"),
        ("Iran could attack Israeli ships in the Red Sea.", "attack", "190"),
    ],
)
def test_events_announced_acts(news_coded, by_trigger, text, trigger, cameo):
    assert by_trigger(news_coded(text), trigger).cameo == cameo


# A role with no country of its own: its locative phrase, else the sentence's only country.
@pytest.mark.parametrize(
    ("text", "trigger", "actor", "confidence_below"),
    [
        ("Rebels in Mali attacked an army base on Sunday.", "attacked", "MLIREB", 1.0),
        ("Police arrested forty protesters in Cairo on Friday, Egypt said.", "arrested", "EGYCOP", 0.8),
        ("The president lifted the curfew imposed on Sudan last year.", "lifted", "SDNGOV", 0.8),
    ],
)
def test_events_role_without_country(news_coded, by_trigger, text, trigger, actor,
                                     confidence_below):
    event = by_trigger(news_coded(text), trigger)
    assert event.actor_code == actor
    assert event.confidence < confidence_below


# What is demanded, or a protest's purpose, or an act a threat announces is no event of its own.
@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Turkey demanded that Sweden expel the militants.", "demanded", "expel"),
        ("Armenian protesters rallied in Yerevan to demand the release of prisoners.", "rallied",
         "demand"),
        ("Kenyan workers threatened to hold a general strike against Ethiopia.", "threatened",
         "strike"),
    ],
)
def test_events_content_is_not_an_event(news_coded, text, kept, dropped):
    triggers = [e.trigger.text for e in news_coded(text).events]
    assert kept in triggers and dropped not in triggers


# Appeals and demands take the kind of the act asked for; wishes for another party are appeals.
@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient", "cameo"),
    [
        ("Kenya asked Japan to help the flood victims.", "asked", "KEN", "JPN", "023"),
        ("Turkey wants Sweden to extradite the suspects.", "wants", "TUR", "SWE", "0213"),
        ("Japan demanded that China release the detained journalists.", "demanded", "JPN", "CHN",
         "1053"),
        ("Egypt pressured Israel to open the Rafah crossing.", "pressured", "EGY", "ISR", "170"),
    ],
)
def test_events_requests_take_the_act_asked_for(news_coded, by_trigger, text, trigger, actor,
                                                recipient, cameo):
    event = by_trigger(news_coded(text), trigger)
    assert (event.actor_code, event.recipient_code, event.cameo) == (actor, recipient, cameo)


# Yielding, restrictions and force postures voiced in common news phrasing.
@pytest.mark.parametrize(
    ("text", "trigger", "plover"),
    [
        ("Sudan lifted the state of emergency in Darfur on Sunday.", "lifted", "CONCEDE"),
        ("Egypt shortened the nightly curfew by two hours.", "shortened", "CONCEDE"),
        ("Japan declared a state of emergency in Tokyo.", "state", "COERCE"),
        ("Pakistan opened its border to Afghan refugees.", "opened", "RETREAT"),
        ("Qatar ended its mediation between Israel and Egypt.", "ended", "SANCTION"),
        ("Israeli troops remained on alert near Gaza.", "remained", "MOBILIZE"),
        ("The Armenian prime minister resigned after the defeat.", "resigned", "RETREAT"),
    ],
)
def test_events_yield_restrict_posture(news_coded, by_trigger, text, trigger, plover):
    assert by_trigger(news_coded(text), trigger).plover == plover


# One event, one record: elaborations and modifiers of the same act are not counted twice.
@pytest.mark.parametrize(
    ("text", "root", "count"),
    [
        ("Russian forces shelled Kharkiv overnight, killing at least eight people.", "19", 1),
        ("A court in Kenya issued arrest warrants for two Somalia officials.", "17", 1),
    ],
)
def test_events_same_act_once(news_coded, text, root, count):
    events = news_coded(text).events
    assert sum(1 for e in events if e.cameo_root == root) == count


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        ("Evidence against Russia was presented by Ukraine.", "presented", "UKR", "RUS"),
        ("Insurgents bombarded a government-held part of Somalia overnight.", "bombarded", None, "SOM"),
        ("Armenian activists staged a protest against Azerbaijan.", "protest", "ARMCVL", "AZE"),
    ],
)
def test_events_parties_passive_mirrored_misparsed(news_coded, by_trigger, text, trigger, actor,
                                                   recipient):
    event = by_trigger(news_coded(text), trigger)
    assert (event.actor_code, event.recipient_code) == (actor, recipient)


# A subject pronoun under a speech verb stands for the speaker; a quantity noun for its "of" object.
@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Ukraine said on Monday it would release forty Russian prisoners.", "release", "UKR"),
        ("Kenya announced that it will deploy troops to Somalia.", "deploy", "KEN"),
        ("Thousands of Kenyan students protested in Nairobi on Friday.", "protested", "KENEDU"),
        ("Hundreds of Nigerian teachers marched in Maiduguri on Monday.", "marched", "NGAEDU"),
    ],
)
def test_events_argument_heads(news_coded, by_trigger, text, trigger, actor):
    assert by_trigger(news_coded(text), trigger).actor_code == actor


def test_events_titled_person_with_place_is_a_candidate(make_article, analyse, news_article):
    text = "Police detained forty people in Cairo overnight. The minister arrived in Geneva."
    article = news_article(text)
    titled = titled_person(make_article, text, "minister")
    article = article.model_copy(update={"entities": article.entities + (titled,)})
    found = [s.text for s in candidate_sentences(article, analyse(text))]
    assert found == ["The minister arrived in Geneva."]


# A light verb's measured object: the event noun sits under "tons of", "a convoy of".
@pytest.mark.parametrize(
    ("text", "trigger", "actor", "root"),
    [
        ("Japan delivered 3,000 tons of aid to the Philippines on Monday.", "aid", "JPN", "07"),
        ("Egypt sent a convoy of humanitarian aid to Gaza.", "aid", "EGY", "07"),
    ],
)
def test_events_measured_event_noun(news_coded, by_trigger, text, trigger, actor, root):
    event = by_trigger(news_coded(text), trigger)
    assert (event.actor_code, event.cameo_root) == (actor, root)


# The condition or purpose of another event ("unless X agrees", "to help Y") is no event of its own.
@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Hamas said it will boycott the talks unless Israel agrees to withdraw.", "boycott", "agrees"),
        ("Kenya will deploy troops to Somalia if al-Shabaab attacks the border.", "deploy", "attacks"),
        ("Norway is willing to send doctors to help Ukraine.", "willing", "help"),
    ],
)
def test_events_condition_is_not_an_event(news_coded, text, kept, dropped):
    article = news_coded(text)
    triggers = [e.trigger.text for e in article.events]
    assert kept in triggers and dropped not in triggers


def test_events_coordinated_modifiers_are_compound_actors(news_coded, by_trigger):
    text = "Kenyan and Ukrainian officials met in Geneva on Monday."
    article = news_coded(text)
    event = by_trigger(article, "met")
    names = {e.name for e in article.entities if e.id in event.actor}
    assert names == {"Kenyan", "Ukrainian"}
    assert event.cameo_root == "04"


def test_events_meeting_recipient_takes_host_country(make_article, analyse, news_article,
                                                     by_trigger):
    text = "Blinken held talks with President Hassan Mohamud in Cairo on Tuesday."
    article = news_article(text)
    host = titled_person(make_article, text, "Hassan Mohamud")
    article = article.model_copy(update={"entities": article.entities + (host,)})
    event = by_trigger(article.model_copy(update={"events": extract_events(article, analyse(text))}),
                       "talks")
    assert (event.actor_code, event.recipient_code) == ("USAGOV", "EGYGOV")
    assert event.confidence < 1.0


def test_events_plain_offer_is_intent_to_cooperate(news_coded, by_trigger):
    event = by_trigger(news_coded("Qatar offered fuel to Egypt on Sunday."), "offered")
    assert (event.cameo, event.plover, event.recipient_code) == ("030", "AGREE", "EGY")
