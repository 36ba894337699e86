"""The Reuters sentence sampler's pure rules (country lookup, filters, dates). Sentences are ours."""

from __future__ import annotations

from eventwire.evaluation import event_sample as sample


def test_country_lookup_covers_names_demonyms_capitals_and_1987_states():
    lookup = sample.country_lookup()
    assert lookup["Japan"] == "JPN"
    assert lookup["Japanese"] == "JPN"
    assert lookup["Tokyo"] == "JPN"
    assert lookup["U.S."] == "USA"
    assert lookup["Soviet Union"] == "RUS"
    assert lookup["West German"] == "DEU"


def test_entity_country_strips_article_and_possessive():
    lookup = sample.country_lookup()
    assert sample.entity_country("the United States", lookup) == "USA"
    assert sample.entity_country("Brazil's", lookup) == "BRA"
    assert sample.entity_country("Acme Corp", lookup) is None


def test_sentence_filter_keeps_prose_and_drops_short_and_table_lines():
    prose = ("Ruritania told Freedonia on Monday that it would reopen its border crossings "
             "to trucks carrying grain next month.")
    assert sample.sentence_ok(prose)
    assert not sample.sentence_ok("Ruritania met Freedonia.")
    table = "Wheat      1.2     1.4\n" + " ".join(["grain"] * 16)
    assert not sample.sentence_ok(table)
    numbers = " ".join(["12.5"] * 10 + ["word"] * 10)
    assert not sample.sentence_ok(numbers)


def test_story_filter_and_dates():
    assert sample.story_ok({"body": "x", "places": ["usa", "japan"], "topics": ["trade"]})
    assert sample.story_ok({"body": "x", "places": ["usa"], "topics": []})
    assert not sample.story_ok({"body": "x", "places": ["usa"], "topics": ["grain"]})
    assert not sample.story_ok({"body": "", "places": ["usa", "japan"]})
    assert sample.iso_date(" 9-MAR-1987 05:12:17.12") == "1987-03-09"
    assert sample.iso_date("") is None
