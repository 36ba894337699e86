"""Round 16 of the domestic actors: a role takes the home country only where the home state has
the office (``actors_offices``), a role noun in a non-referential phrase names no actor
(``actors_domestic.non_referential``), and "Labour Minister X" beside another country is a
portfolio title (``actors_portfolios``). Stories and names are invented; the first sentences
give each a home country."""

from __future__ import annotations

import pytest

from eventwire.extract.actors_offices import has_office, office_states, role_ok, title_office


# 1. offices checked against the home state's institutions

def test_office_table_facts():
    assert has_office("senate", "USA") and has_office("senate", "FRA")
    assert not has_office("senate", "GBR") and not has_office("senate", "DEU")
    assert has_office("mp", "GBR") and has_office("mp", "DEU") and not has_office("mp", "USA")
    assert has_office("governor", "NGA") and not has_office("governor", "GBR")
    assert has_office("", "GBR") and has_office(None, "DEU")  # courts, police: every state
    assert set(office_states()) >= {"senate", "congress", "mp", "governor"}


def test_roles_and_titles_name_their_office():
    assert not role_ok(("senate",), "GBR") and role_ok(("senate",), "USA")
    assert role_ok(("police",), "GBR")
    assert role_ok(("congress",), "IND", own_sense=True)  # the table's own Indian sense
    assert title_office("Senator") == "senate"
    assert title_office("Republican Senator") == "senate"
    assert title_office("Labour MP") == "mp"
    assert title_office("Judge") is None


@pytest.mark.parametrize(("story", "code"), [("UK", None), ("GERMANY", None), ("US", "USALEG")])
def test_senate_and_senators_only_where_the_home_state_has_one(domestic_coded, story, code, opening):
    found = domestic_coded(opening[story] + "Senator Mark Dalloway criticised the plan. The Senate rejected the bill.")
    assert found.get("Mark Dalloway") == code
    assert found.get("Senate") == code


def test_mps_are_not_congress_members(domestic_coded, opening):
    assert domestic_coded(opening["US"] + "MP Jane Qwenby criticised the plan.").get("Jane Qwenby") is None
    assert domestic_coded(opening["UK"] + "MP Jane Qwenby criticised the plan.").get("Jane Qwenby") == "GBRLEG"


def test_governors_where_regions_have_them(domestic_coded, opening):
    assert domestic_coded(opening["NIGERIA"] + "Governor Sam Tolley criticised the plan.").get("Sam Tolley") == "NGAGOV"
    assert domestic_coded(opening["US"] + "The governor vetoed the bill.").get("governor") == "USAGOV"
    assert domestic_coded(opening["UK"] + "Governor Sam Tolley criticised the plan.").get("Sam Tolley") is None


def test_judges_and_courts_are_everywhere(domestic_coded, opening):
    found = domestic_coded(opening["GERMANY"] + "Judge Anna Pelzer jailed the men. The court agreed.")
    assert found.get("Anna Pelzer") == "DEUJUD"
    assert found.get("court") == "DEUJUD"


# 2. generic and state-of-affairs phrases are no actors

@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("People want a credible political party.", "political party"),
        ("The vote may produce a hung parliament.", "parliament"),
        ("No party wants a hung parliament.", "parliament"),
        ("Any court would reject that.", "court"),
        ("The group is a political party now.", "political party"),
        ("He served as an MP for ten years.", "MP"),
        ("They formed a political party last year.", "political party"),
    ],
)
def test_non_referential_phrases_stay_uncoded(domestic_coded, sentence, word, opening):
    assert domestic_coded(opening["UK"] + sentence).get(word) is None


@pytest.mark.parametrize(
    ("sentence", "word", "code"),
    [
        ("A judge said the law was clear.", "judge", "GBRJUD"),
        ("A court jailed the two men.", "court", "GBRJUD"),
        ("The parliament rejected the bill.", "parliament", "GBRLEG"),
        ("Politicians attacked the plan.", "Politicians", "GBRPTY"),
        ("Some MPs voted against it.", "MPs", "GBRLEG"),
        ("The courts want a quick ruling.", "courts", "GBRJUD"),
        # a bare noun the parser reads as a predicate is most often a misparsed subject
        ("He said he was certain MPs would vote again.", "MPs", "GBRLEG"),
    ],
)
def test_acting_and_definite_phrases_keep_their_code(domestic_coded, sentence, word, code, opening):
    assert domestic_coded(opening["UK"] + sentence).get(word) == code


# 5. "Labour Minister X" beside another country

def test_labour_minister_beside_another_country_is_a_portfolio(domestic_coded):
    found = domestic_coded("Labour Minister Ghazi Hamid said Saudi Arabia would hire more workers.")
    assert found.get("Ghazi Hamid") is None
    assert found.get("Labour") is None  # the title's word is no party mention


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour Minister Alan Jessop said Britain would hire more workers.",
        "Labour MP Alan Jessop said Iraq would hold elections.",
    ],
)
def test_the_party_reading_stays_at_home_or_before_other_roles(domestic_coded, sentence, opening):
    found = domestic_coded(opening["UK"] + sentence)
    assert found.get("Alan Jessop") == "GBRPTY"
    assert found.get("Labour") == "GBRPTY"


def test_labour_minister_of_a_foreign_story_is_its_home_minister(domestic_coded):
    saudi = "King Abdullah met in Saudi Arabia. Saudi Arabia and Riyadh agreed with Saudi women. "
    found = domestic_coded(saudi + "The local paper said Labour Minister Ghazi Hamid had caused uproar.")
    assert found.get("Ghazi Hamid") == "SAUGOV"
    assert found.get("Labour") is None


def test_any_government_acts_for_no_state(analyse, make_article, with_events, opening):
    from eventwire.extract.actors_domestic import DomesticActorsStep
    from eventwire.extract.entities import EntitiesStep
    from eventwire.extract.places import PlacesStep

    def actors(sentence):
        text = opening["UK"] + sentence
        article = make_article(text, published="2005-03-01")
        for step in (EntitiesStep(), PlacesStep(), DomesticActorsStep()):
            article = step(article, analyse(text))
        return {e.actor_code for e in with_events(article).events if e.cameo.startswith("12")}

    assert "GBRGOV" not in actors("Any government would reject the plan.")
    assert "GBRGOV" in actors("The government rejected the plan.")
