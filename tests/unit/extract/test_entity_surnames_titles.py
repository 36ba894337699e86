"""People and their titles: a person named in full once and then by surname alone keeps one
entity and one code; titles the text gives by apposition ("her Australian counterpart, X", "X,
the country's trade minister"), with a portfolio before the role ("trade minister") or as a
bare title in a body named before; regional groups of states. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import resolve_actor


def holder(entities, start: int):
    """The entity with a mention starting at ``start``."""
    hits = [e for e in entities if any(m.start == start for m in e.mentions)]
    assert len(hits) == 1, [(e.name, [m.start for m in e.mentions]) for e in entities]
    return hits[0]


def test_bare_surname_the_ner_missed_joins_the_titled_person(entities_of):
    text = ("Peruvian Foreign Minister Rosa Quispe met Chilean officials on Monday. "
            "Quispe did not meet the defence minister.")
    entity = holder(entities_of(text), text.index("Quispe did"))
    assert entity.name == "Rosa Quispe" and entity.actor.code == "PERGOV"
    assert [m.text for m in entity.mentions] == ["Rosa Quispe", "Quispe"]


def test_surname_shared_by_two_people_joins_neither(entities_of):
    text = ("Peruvian Foreign Minister Rosa Quispe met Chilean envoy Juan Quispe on Monday. "
            "Quispe did not comment.")
    start = text.index("Quispe did")
    assert not any(m.start == start for e in entities_of(text) for m in e.mentions)


def test_surname_inside_a_longer_capitalised_name_is_not_a_repeat(entities_of):
    text = ("Kenyan Trade Minister Amina Wekesa spoke in Nairobi. "
            "Officials later visited Wekesa Falls near the border.")
    start = text.index("Wekesa Falls")
    person = holder(entities_of(text), text.index("Amina"))
    assert not any(m.start == start for m in person.mentions)


def test_possessive_determiner_opens_an_appositive_title(entities_of):
    text = "Chilean President Luis Araya met his Peruvian counterpart, Carlos Mamani, in Lima."
    entity = holder(entities_of(text), text.index("Carlos"))
    assert entity.actor.code == "PERGOV"


def test_the_countrys_title_takes_the_one_country_named_before(entities_of):
    text = ("Exports from Ghana fell last year. Kofi Mensah, the country's trade minister, "
            "said talks would resume.")
    assert holder(entities_of(text), text.index("Kofi")).actor.code == "GHAGOV"


def test_the_countrys_title_stays_uncoded_when_two_countries_were_named(entities_of):
    text = ("Exports from Ghana to Togo fell last year. Kofi Mensah, the country's trade "
            "minister, said talks would resume.")
    actor = holder(entities_of(text), text.index("Kofi")).actor
    assert actor is None or actor.code is None


@pytest.mark.parametrize(("phrase", "code"), [
    ("Chinese trade minister", "CHNGOV"),
    ("US energy secretary", "USAGOV"),
    ("Indian health ministry", "INDGOV"),
])
def test_portfolio_before_a_role_noun_is_part_of_the_title(phrase, code):
    assert resolve_actor(phrase).code == code


def test_portfolio_alone_is_no_actor():
    assert resolve_actor("Chinese trade") is None


def test_regional_name_before_states_is_a_group_of_countries(entities_of):
    text = "The European Union criticised the Balkan states on Monday."
    group = holder(entities_of(text), text.index("Balkan"))
    assert group.name == "Balkan states" and group.actor is None


def test_a_country_before_states_keeps_its_country(entities_of):
    text = "Several Indian states held elections on Monday."
    entity = holder(entities_of(text), text.index("Indian"))
    assert entity.actor.code == "IND" and entity.name == "Indian"


def test_balkan_states_give_the_event_no_province_country(analyse, make_article):
    from eventwire.pipeline import Pipeline

    text = "The European Union criticised the Balkan states on Monday."
    article = Pipeline.default().run_articles([make_article(text)])[0]
    event = next(e for e in article.events if e.cameo_root == "11")
    assert event.recipient_code != "TKM"


def test_a_bare_title_in_a_body_named_before_takes_its_country(entities_of):
    text = ("Rebels attacked a base, the Malian army said. The fighting ended at dawn, "
            "army spokesman Colonel Oumar Traore told reporters.")
    assert holder(entities_of(text), text.index("Oumar")).actor.code == "MLIMIL"


def test_a_body_named_for_two_countries_gives_no_country(entities_of):
    text = ("The Malian army and the French army held drills. Later, "
            "army spokesman Colonel Oumar Traore told reporters.")
    actor = holder(entities_of(text), text.index("Oumar")).actor
    assert actor is None or actor.code is None


def test_a_state_level_title_does_not_follow_an_earlier_foreign_government(entities_of):
    text = ("The Iraqi government met on Monday. In London, "
            "government spokesman Tom Baker said talks would go on.")
    actor = holder(entities_of(text), text.index("Tom")).actor
    assert actor is None or actor.code is None


def test_a_word_the_ner_also_reads_in_another_kind_of_name_is_no_sure_surname():
    from eventwire.annotate.nlp import analyse_one
    from eventwire.extract.entity_merge import Candidate, name_repeats

    text = "Mr Blair Labour spoke. Later on, Labour won."
    doc = analyse_one(text).doc
    person = Candidate(3, 15, "Blair Labour", "PERSON", None, None, ("Blair", "Labour"))
    assert [c.text for c in name_repeats(doc, [], [person])] == ["Labour"]
    assert name_repeats(doc, [], [person], frozenset({"Labour"})) == []


def test_an_all_capitals_plural_is_no_surname():
    from eventwire.annotate.nlp import analyse_one
    from eventwire.extract.entity_merge import Candidate, name_repeats

    text = "Lib Dem MPs met. Later on, MPs voted."
    doc = analyse_one(text).doc
    person = Candidate(0, 11, "Lib Dem MPs", "PERSON", None, None, ("Lib", "Dem", "MPs"))
    assert name_repeats(doc, [], [person]) == []
