"""People's actor codes by date of office (``people.csv`` ``periods`` column)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.actors import load_vocabulary
from eventwire.extract.actors_data import known_person_on, tokenize
from eventwire.extract.actors_periods import actor_on, parse_periods
from eventwire.extract.entities import UNDATED_PERSON_CONFIDENCE, EntitiesStep
from eventwire.record import Actor

BASE = Actor(code="XYZGOV", country="XYZ", sectors=("GOV",), description="a made-up president")


def test_parse_periods_ranges_and_otherwise():
    periods = parse_periods("XYZGOV 2001-01-20..2009-01-20; XYZLEG ..2001-01-20; XYZELI", BASE)
    assert [p.actor.code for p in periods] == ["XYZGOV", "XYZLEG", "XYZELI"]
    assert periods[0].actor is BASE  # the row's own code keeps the row's parts
    assert periods[1].actor.sectors == ("LEG",) and periods[1].actor.country == "XYZ"
    assert periods[1].start is None and not periods[2].ranged


def test_parse_periods_igo_code_has_no_sectors():
    (period,) = parse_periods("IGOUNO 2007-01-01..", BASE)
    assert period.actor.country == "IGO" and period.actor.sectors == () and period.end is None


@pytest.mark.parametrize("cell", ["XYZGOV 2001", "XYZGOV 2009-01-01..2001-01-01", "XYZGOV 2001-13-01.."])
def test_parse_periods_rejects_malformed(cell):
    with pytest.raises(ValueError):
        parse_periods(cell, BASE)


@pytest.mark.parametrize(
    ("when", "code", "dated"),
    [
        (dt.date(2001, 1, 20), "XYZGOV", True),  # first day included
        (dt.date(2009, 1, 20), "XYZELI", True),  # last day excluded: the successor's
        (dt.date(1995, 6, 1), "XYZELI", True),
        (None, "XYZGOV", False),  # no date: the row's code, less sure
    ],
)
def test_actor_on_picks_the_period(when, code, dated):
    periods = parse_periods("XYZGOV 2001-01-20..2009-01-20; XYZELI", BASE)
    actor, sure = actor_on(periods, when, BASE)
    assert (actor.code, sure) == (code, dated)


def test_actor_on_without_otherwise_falls_back_unsure():
    periods = parse_periods("XYZGOV 2001-01-20..2009-01-20", BASE)
    assert actor_on(periods, dt.date(2015, 1, 1), BASE) == (BASE, False)
    assert actor_on((), dt.date(2015, 1, 1), BASE) == (BASE, True)  # undated row: as before


def test_packaged_people_have_dates_of_office():
    vocab = load_vocabulary()
    words = tokenize("Nouri al-Maliki")
    assert known_person_on(words, vocab, dt.date(2008, 5, 1))[0].code == "IRQGOV"
    assert known_person_on(words, vocab, dt.date(2019, 5, 1))[0].code == "IRQELI"
    assert known_person_on(tokenize("Tsvangirai"), vocab, dt.date(2004, 1, 1))[0].code == "ZWEOPP"
    assert known_person_on(tokenize("Tsvangirai"), vocab, dt.date(2010, 1, 1))[0].code == "ZWEGOV"


@pytest.fixture
def person_actor(analyse, make_article):
    """The actor and confidence of the entity named ``name`` in ``text`` published on ``published``."""

    def run(text: str, name: str, published=None, **options):
        article = EntitiesStep(**options)(make_article(text, published=published), analyse(text))
        (entity,) = [e for e in article.entities if any(m.text == name for m in e.mentions)]
        return entity.actor, entity.confidence

    return run


SENTENCE = "Tony Blair met reporters in London on Tuesday and spoke about schools."


def test_same_sentence_different_year(person_actor):
    in_office, _ = person_actor(SENTENCE, "Tony Blair", published="2003-04-02")
    former, _ = person_actor(SENTENCE, "Tony Blair", published="2012-04-02")
    assert in_office.code == "GBRGOV"
    assert former.code == "GBRELI" and former.country == "GBR" and former.sectors == ("ELI",)


def test_no_date_keeps_code_with_lower_confidence(person_actor):
    actor, confidence = person_actor(SENTENCE, "Tony Blair")
    assert actor.code == "GBRGOV" and confidence == UNDATED_PERSON_CONFIDENCE
    _, dated = person_actor(SENTENCE, "Tony Blair", published="2003-04-02")
    assert dated is None  # dated: no doubt added


def test_title_still_beats_dates(person_actor):
    text = "British Defence Minister Tony Blair spoke in London."
    actor, _ = person_actor(text, "Tony Blair", published="2012-04-02")  # outside his dated office
    assert actor.code == "GBRGOV"  # the title in the text, not the dates' GBRELI


def test_user_file_old_header_still_loads(tmp_path, person_actor):
    old = tmp_path / "old.csv"
    old.write_text("names,code,country,sectors,description\nZed Quorra,XYZGOV,XYZ,GOV,made up\n", encoding="utf-8")
    actor, confidence = person_actor("Zed Quorra spoke on Monday.", "Zed Quorra", published="1990-01-01",
                                     vocabulary=load_vocabulary(old))
    assert actor.code == "XYZGOV" and confidence is None


def test_user_file_with_periods_overrides(tmp_path, person_actor):
    new = tmp_path / "new.csv"
    new.write_text("names,code,country,sectors,description,periods\n"
                   "Zed Quorra,XYZGOV,XYZ,GOV,made up,XYZGOV 2010-01-01..2014-01-01; XYZOPP\n", encoding="utf-8")
    vocab = load_vocabulary(new)
    early, _ = person_actor("Zed Quorra spoke on Monday.", "Zed Quorra", published="2005-03-01", vocabulary=vocab)
    late, _ = person_actor("Zed Quorra spoke on Monday.", "Zed Quorra", published="2012-03-01", vocabulary=vocab)
    assert (early.code, late.code) == ("XYZOPP", "XYZGOV")


def test_full_name_beats_the_shared_surname_row(person_actor):
    # "Bush" alone covers both presidents' terms; "George W. Bush" in 1990 was not in office
    text = "George W. Bush spoke to reporters in Texas on Monday."
    son, _ = person_actor(text, "George W. Bush", published="1990-05-01")
    father, _ = person_actor("George H.W. Bush spoke to reporters on Monday.", "George H.W. Bush",
                             published="1990-05-01")
    assert son.code == "USAELI" and father.code == "USAGOV"


# Round 16: office holders of the 1995-2025 period that wire stories name without a title.

@pytest.mark.parametrize(
    ("name", "when", "code"),
    [
        ("Lionel Jospin", dt.date(1999, 3, 1), "FRAGOV"),  # in office
        ("Lionel Jospin", dt.date(2010, 3, 1), "FRAELI"),  # former prime minister
        ("Erbakan", dt.date(1997, 1, 10), "TURGOV"),
        ("Erbakan", dt.date(2001, 1, 10), "TUROPP"),
        ("Prachanda", dt.date(2004, 5, 1), "NPLREB"),  # Maoist insurgency
        ("Prachanda", dt.date(2009, 1, 1), "NPLGOV"),
        ("Prachanda", dt.date(2012, 1, 1), "NPLOPP"),
    ],
)
def test_new_leaders_inside_and_outside_their_terms(name, when, code):
    actor, dated = known_person_on(tokenize(name), load_vocabulary(), when)
    assert (actor.code, dated) == (code, True)


@pytest.mark.parametrize("spelling", ["Mevlut Cavusoglu", "Mevlüt Çavuşoğlu", "Cavusoglu", "Çavuşoğlu"])
def test_transliterations_share_one_actor(spelling):
    actor, _ = known_person_on(tokenize(spelling), load_vocabulary(), dt.date(2017, 6, 1))
    assert actor.code == "TURGOV"


@pytest.mark.parametrize(
    ("when", "code"),
    [(dt.date(2009, 6, 1), "FRAGOV"), (dt.date(2015, 6, 1), "IGOBUSIMF"), (dt.date(2022, 6, 1), "IGOEUREEC")],
)
def test_igo_head_coded_by_the_post_held(when, code):
    actor, _ = known_person_on(tokenize("Christine Lagarde"), load_vocabulary(), when)
    assert actor.code == code
    assert (actor.country, actor.sectors) == (("FRA", ("GOV",)) if code == "FRAGOV" else ("IGO", ()))


def test_shared_surname_row_covers_both_office_holders():
    vocab = load_vocabulary()
    assert known_person_on(tokenize("Kabila"), vocab, dt.date(1999, 1, 1))[0].code == "CODGOV"  # the father
    assert known_person_on(tokenize("Kabila"), vocab, dt.date(2010, 1, 1))[0].code == "CODGOV"  # the son
    father, dated = known_person_on(tokenize("Laurent Kabila"), vocab, dt.date(2010, 1, 1))
    assert (father.code, dated) == ("CODGOV", False)  # dead by then: no rule, the row's code, less sure
    assert known_person_on(tokenize("Joseph Kabila"), vocab, dt.date(2022, 1, 1))[0].code == "CODELI"


def test_dated_article_codes_a_new_leader(person_actor):
    text = "Jean Chretien told reporters in Ottawa that the talks would go on."
    in_office, _ = person_actor(text, "Jean Chretien", published="1999-10-04")
    former, _ = person_actor(text, "Jean Chretien", published="2008-10-04")
    assert (in_office.code, former.code) == ("CANGOV", "CANELI")
    igo = "Jens Stoltenberg and Mark Rutte spoke in Brussels on Tuesday."
    assert person_actor(igo, "Mark Rutte", published="2025-02-04")[0].code == "IGOWSTNAT"
    assert person_actor(igo, "Mark Rutte", published="2015-02-04")[0].code == "NLDGOV"


def test_a_person_listed_with_the_title_is_found_when_the_title_stands_outside_the_name(
        tmp_path, person_actor):
    # spaCy's PERSON span often leaves a title out ("Pope [Francis]"); a row that lists the
    # name with its title ("Pope Francis") still codes it, the bare name alone does not
    rows = tmp_path / "people.csv"
    rows.write_text("names,code,country,sectors,description,periods\n"
                    "Pope Zedek Quorra,XYZREL,XYZ,REL,made up,\n", encoding="utf-8")
    vocab = load_vocabulary(rows)
    text = "Pope Zedek Quorra met the mayor of Lima on Sunday."
    actor, _ = person_actor(text, "Zedek Quorra", published="2015-03-01", vocabulary=vocab)
    assert actor.code == "XYZREL"
    actor, _ = person_actor("Zedek Quorra met the mayor of Lima on Sunday.", "Zedek Quorra",
                            published="2015-03-01", vocabulary=vocab)
    assert actor is None or actor.code != "XYZREL"
