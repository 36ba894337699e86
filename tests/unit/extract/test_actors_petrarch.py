"""PETRARCH-format actor and agent dictionaries as ``--actors`` files (a tiny invented one)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.actors_data import actor_on, load_vocabulary
from eventwire.extract.actors_petrarch import (PetrarchFormatError, looks_like_petrarch,
                                               read_dictionary)

ACTORS = """<!-- A TOY ACTOR DICTIONARY -->
<!-- spanning
     lines -->
FREEDONIA_  [FRD]   # exact word
+FREEDONIAN_
SYLVAN  [SYL]
+OGDEN
MARX_BROTHERS_ [FRDREBMRX]
RUFUS_FIREFLY [FRD]
    [FRDGOV 19330101-19331231]
    [FRDELI >19331231]
QUIMBY [SYL]
    [SYLCIV <330101]
DUPONT_TWINS [AAA/BBB]
"""

AGENTS = """!WORKER! = MAN, MEN
PEACE_ENVOY [~GOVDIP]
GOOSE {GEESE} [~GGS]
POLICE {} [~COP]
FACTORY!WORKER! [~LAB]
AID_AGENCY [NGO~]
"""


@pytest.fixture
def files(tmp_path):
    actors, agents = tmp_path / "toy.actors.txt", tmp_path / "toy.agents.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    agents.write_text(AGENTS, encoding="utf-8")
    return actors, agents


def _codes(vocab, *words):
    return [e.actor.code for e in vocab.entries(words) if e.actor is not None]


def test_sniffing_tells_petrarch_text_from_eventwire_csv():
    assert looks_like_petrarch(ACTORS) and looks_like_petrarch(AGENTS)
    assert not looks_like_petrarch("names,code,country,sectors,group,known_group,description\n")


def test_actor_phrases_synonyms_exact_words_and_stems(files):
    with pytest.warns(UserWarning, match="DUPONT_TWINS"):
        vocab = load_vocabulary(files)
    assert _codes(vocab, "Freedonia")[0] == "FRD"
    assert _codes(vocab, "Freedonian")[0] == "FRD"
    assert not _codes(vocab, "Freedonians")  # a final "_" asks for the exact word
    assert _codes(vocab, "Sylvania")[0] == "SYL"  # "SYLVAN" is a stem
    assert _codes(vocab, "Ogden")[0] == "SYL"
    assert _codes(vocab, "Marx", "Brothers")[0] == "FRDREBMRX"


def test_long_codes_split_into_country_and_sectors(files):
    with pytest.warns(UserWarning):
        vocab = load_vocabulary(files)
    actor = vocab.entries(("Marx", "Brothers"))[0].actor
    assert (actor.country, actor.sectors) == ("FRD", ("REB", "MRX"))


def test_date_restricted_codes_pick_the_code_of_the_day():
    actors, _ = read_dictionary(ACTORS.replace("DUPONT_TWINS [AAA/BBB]\n", ""))
    firefly = next(r for r in actors if r.phrase.words == ("RUFUS", "FIREFLY"))
    pick = lambda day: actor_on(firefly.periods, day, firefly.actor)[0].code  # noqa: E731
    assert pick(dt.date(1933, 6, 1)) == "FRDGOV"
    assert pick(dt.date(1933, 12, 31)) == "FRDGOV"  # a range includes its last day
    assert pick(dt.date(1934, 1, 1)) == "FRDELI"
    assert pick(dt.date(1920, 1, 1)) == "FRD"  # outside every range: the undated code
    quimby = next(r for r in actors if r.phrase.words == ("QUIMBY",))
    assert actor_on(quimby.periods, dt.date(1932, 5, 1), quimby.actor)[0].code == "SYLCIV"


def test_dated_actor_is_also_a_person_entry(files):
    with pytest.warns(UserWarning):
        vocab = load_vocabulary(files)
    kinds = {e.kind for e in vocab.entries(("Rufus", "Firefly"))}
    assert {"person", "country"} <= kinds


def test_agents_plurals_sets_and_prefix_codes(files):
    with pytest.warns(UserWarning):
        vocab = load_vocabulary(files)
    sectors = lambda *w: [e.sectors for e in vocab.entries(w) if e.kind == "role"]  # noqa: E731
    assert sectors("peace", "envoys")[0] == ("GOV", "DIP")  # the regular plural is added
    assert sectors("geese")[0] == ("GGS",)  # an irregular plural given in braces
    assert sectors("police")[0] == ("COP",) and not sectors("polices")  # "{}": no plural
    assert sectors("factoryman")[0] == ("LAB",) and sectors("factorymen")[0] == ("LAB",)
    assert sectors("aid", "agency")[0] == ("NGO",)


def test_malformed_lines_are_rejected_with_the_line_number():
    with pytest.raises(PetrarchFormatError, match="line 1"):
        read_dictionary("  [ABC]\nFOO [FOO]\n")
    with pytest.raises(PetrarchFormatError, match="line 2"):
        read_dictionary("FOO [FOO]\nBAR [BAR <2019]\n")
    with pytest.raises(PetrarchFormatError, match="not defined"):
        read_dictionary("DOCK!HAND! [~LAB]\n")


def test_multi_code_entries_are_skipped_with_a_warning():
    with pytest.warns(UserWarning, match="not supported"):
        actors, _ = read_dictionary("TWINS [AAA/BBB]\nSOLO [SOL]\n")
    assert [r.actor.code for r in actors] == ["SOL"]
