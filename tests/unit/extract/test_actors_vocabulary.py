"""Round 14 actor vocabulary: parties (country + PTY), legislatures and lawmakers (LEG), and
the checked armed groups of round 11. Phrases and sentences are invented for the test."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from eventwire.extract.actors import resolve_actor
from eventwire.extract.entities import EntitiesStep
from eventwire.record import offset_errors


def data_rows(name: str) -> list[dict]:
    text = resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@pytest.mark.parametrize(
    ("phrase", "label", "code"),
    [
        # UK parties: the party's code wins over the role noun after it (group rule)
        ("Labour MPs", "", "GBRPTY"),
        ("the Conservatives", "NORP", "GBRPTY"),
        ("Tory MPs", "", "GBRPTY"),
        ("Tories", "NORP", "GBRPTY"),
        ("the Lib Dems", "ORG", "GBRPTY"),
        ("Liberal Democrats", "ORG", "GBRPTY"),
        ("SNP", "ORG", "GBRPTY"),
        # UK chambers and the old top court
        ("the Commons", "ORG", "GBRLEG"),
        ("House of Commons", "ORG", "GBRLEG"),
        ("the House of Lords", "ORG", "GBRLEG"),
        ("the Law Lords", "ORG", "GBRJUD"),
        ("Canadian House of Commons", "ORG", "CANLEG"),
        ("the Scottish Parliament", "ORG", "GBRLEG"),
        ("the Welsh Assembly", "ORG", "GBRLEG"),
        ("the Scottish Executive", "ORG", "GBRGOV"),
        ("Commons leader", "", "GBRGOV"),  # a cabinet office, not the chamber
        # lawmakers of a named country
        ("British MPs", "", "GBRLEG"),
        ("Egyptian members of parliament", "", "EGYLEG"),
        ("Brazilian Chamber of Deputies", "ORG", "BRALEG"),
        ("the Japanese lower house", "", "JPNLEG"),
        ("the National Diet", "ORG", "JPNLEG"),
        ("the Lok Sabha", "ORG", "INDLEG"),
        ("the Bundestag", "ORG", "DEULEG"),
        ("the Duma", "ORG", "RUSLEG"),
        ("the Knesset", "ORG", "ISRLEG"),
        ("the National People's Congress", "ORG", "CHNLEG"),
        # other parties; a qualified name beats the bare one it contains
        ("the Congress party", "ORG", "INDPTY"),
        ("Indian National Congress", "ORG", "INDPTY"),
        ("BJP", "ORG", "INDPTY"),
        ("Democrats", "NORP", "USAPTY"),
        ("the Republican Party", "ORG", "USAPTY"),
        ("CDU", "ORG", "DEUPTY"),
        ("German Social Democrats", "", "DEUPTY"),
        ("Liberal Democratic Party", "ORG", "JPNPTY"),
        ("Liberal Democratic Party of Russia", "ORG", "RUSPTY"),
        ("Israeli Labour Party", "ORG", "ISRPTY"),
        ("New Zealand Labour", "ORG", "NZLPTY"),
        ("Likud", "ORG", "ISRPTY"),
        ("Italian politicians", "", "ITAPTY"),
        ("the ANC", "ORG", "ZAFPTY"),
        # round 11 rows, checked in round 14
        ("Rapid Support Forces", "ORG", "SDNREB"),
        ("the Congolese Revolutionary Army", "ORG", "CODREB"),
        ("JNIM", "ORG", "MLIINS"),
        ("Tigray Defense Forces", "ORG", "ETHREB"),
        ("Fano militias", "ORG", "ETHREB"),
        ("Arakan Army", "ORG", "MMRREB"),
        ("Africa Corps", "ORG", "RUSMIL"),
    ],
)
def test_phrase_codes(phrase, label, code):
    actor = resolve_actor(phrase, label)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("Congress", ("LEG",)),  # the US legislature or the Indian party: no country
        ("Parliament", ("LEG",)),
        ("the Senate", ("LEG",)),
        ("the House of Representatives", ("LEG",)),
        ("congressmen", ("LEG",)),
        ("the Social Democrats", ("PTY",)),
        ("National Democratic Party", ("PTY",)),
        ("politicians", ("PTY",)),
    ],
)
def test_ambiguous_names_keep_sector_only(phrase, sectors):
    actor = resolve_actor(phrase, "ORG")
    assert actor is not None and actor.code is None and actor.sectors == sectors


@pytest.mark.parametrize("phrase", ["labour", "conservative", "tory", "commons", "lords"])
def test_lowercase_common_words_are_no_party(phrase):
    assert resolve_actor(phrase, "") is None


def test_party_and_legislature_rows_are_country_plus_sector():
    countries = {row["iso3"] for row in data_rows("countries.csv")}
    rows = [r for r in data_rows("groups.csv") if r["sectors"] in ("PTY", "LEG") and r["country"] != "IGO"]
    assert len(rows) >= 60
    for row in rows:
        assert row["country"] in countries, row["names"]
        assert row["code"] == row["country"] + row["sectors"], row["names"]


def test_no_name_has_two_meanings():
    seen: dict[str, str] = {}
    for row in data_rows("groups.csv"):
        for name in (n.strip() for n in row["names"].split("|")):
            assert seen.setdefault(name, row["code"]) == row["code"], name


@pytest.fixture
def entities_of(analyse, make_article):
    def run(text: str):
        article = EntitiesStep()(make_article(text, published="2005-03-01"), analyse(text))
        assert offset_errors(article) == []
        return {e.name: (e.actor.code if e.actor else None) for e in article.entities}
    return run


def test_sentences_code_parties_and_chambers(entities_of):
    found = entities_of("Labour MPs criticised the plan. The Lib Dems voted against it in the Commons.")
    assert found.get("Labour") == "GBRPTY"
    assert found.get("Lib Dems") == "GBRPTY"
    assert found.get("Commons") == "GBRLEG"


def test_sentence_commons_leader_is_a_minister(entities_of):
    found = entities_of("Commons leader Jane Smith said the vote would be held on Monday.")
    assert found.get("Jane Smith") == "GBRGOV"  # the office is her title (test_actor_context.py)
    assert "Commons leader" not in found  # a title, not a body of its own


def test_sentence_congress_party_is_indian(entities_of):
    found = entities_of("The Congress party won the state election in India on Sunday.")
    assert found.get("Congress party") == "INDPTY"


def test_known_group_blocks_are_cameo_blocks():
    """`known_group` holds a CAMEO known-group block (three letters, as in GDELT's
    CAMEO.knowngroup.txt), never a role/type block such as PKO, and one block names one group."""
    from eventwire.export.gdelt_common import TYPE_CODES

    owners: dict[str, set[str]] = {}
    for row in data_rows("groups.csv"):
        block = row["known_group"]
        if not block:
            continue
        assert len(block) == 3 and block.isalpha() and block.isupper(), row["names"]
        # UNO, AMN, IRC, GRP are both known groups and GDELT type codes; PKO, GOV ... only types
        assert block not in TYPE_CODES - {"UNO", "AMN", "IRC", "GRP"}, row["names"]
        owners.setdefault(block, set()).add(row["group"])
    shared = {b: names for b, names in owners.items() if len(names) > 1}
    # UN bodies and the EU's organs share their parent's block by CAMEO's design
    assert set(shared) <= {"UNO", "EEC", "OIC"}, shared
