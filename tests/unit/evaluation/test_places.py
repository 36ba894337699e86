"""The places harness: gold loading (both formats), overlap matching and the geocoding figures."""

from __future__ import annotations

import pytest

from eventwire.evaluation.common import split_of
from eventwire.evaluation.places import (
    GoldToponym, PlaceScores, Predicted, haversine_km, load_gold, match,
)

GWN_TEXT = "Protesters gathered in Kisumu as German envoys met Kenyan officials."
GWN_XML = """<?xml version="1.0" ?>
<articles><article file="0"><title>t</title><text>{text}</text><toponyms>
<toponym><extractedName>Kisumu</extractedName><type>Literal</type><modifierType/>
<start>23</start><end>29</end><geonamesID>178443</geonamesID>
<latitude>-0.10221</latitude><longitude>34.76171</longitude></toponym>
<toponym><extractedName>German</extractedName><type>Non_Literal_Modifier</type>
<modifierType>Adjective</modifierType><start>33</start><end>39</end>
<geonamesID>2921044</geonamesID><latitude>51.5</latitude><longitude>10.5</longitude></toponym>
<toponym><extractedName>Kenyan</extractedName><type>Demonym</type><modifierType/>
<start>51</start><end>57</end></toponym>
<toponym><extractedName>officials</extractedName><type>Non_Lit_Expression</type>
<modifierType/><start>58</start><end>67</end></toponym>
</toponyms></article></articles>"""

LGL_TEXT = "Flooding closed roads near Dayton, Ohio, on Monday."
LGL_XML = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><text><![CDATA[{text}]]></text><toponyms>
<toponym><start>27</start><end>33</end><phrase>Dayton</phrase>
<gaztag geonameid="4509884"><name>Dayton</name><lat>39.75895</lat><lon>-84.19161</lon></gaztag>
</toponym>
<toponym><start>35</start><end>39</end><phrase>Ohio</phrase></toponym>
</toponyms></article></articles>"""


def _write(tmp_path, name, xml, text):
    path = tmp_path / name
    path.write_text(xml.format(text=text), encoding="utf-8")
    return path


def test_places_gwn_gold_keeps_toponyms_and_neutral_spans(tmp_path):
    path = _write(tmp_path, "GWN.xml", GWN_XML, GWN_TEXT)
    (article,) = load_gold(path, "all")
    assert article.id == "GWN:0"
    names = {t.text: t for t in article.toponyms}
    assert set(names) == {"Kisumu", "German"}  # the expression is not a toponym
    assert names["Kisumu"].views == {"names", "all"} and names["German"].views == {"all"}
    assert names["Kisumu"].geonameid == 178443
    assert [GWN_TEXT[s:e] for s, e in article.neutral] == ["Kenyan"]
    for top in article.toponyms:
        assert GWN_TEXT[top.start:top.end] == top.text


def test_places_lgl_gold_reads_gaztags_and_missing_coordinates(tmp_path):
    path = _write(tmp_path, "lgl.xml", LGL_XML, LGL_TEXT)
    (article,) = load_gold(path, "all")
    assert article.id == "LGL:0"
    dayton, ohio = article.toponyms
    assert (dayton.lat, dayton.geonameid) == (pytest.approx(39.75895), 4509884)
    assert ohio.lat is None and LGL_TEXT[ohio.start:ohio.end] == "Ohio"


@pytest.mark.parametrize("split", ["dev", "test"])
def test_places_gold_follows_the_split_rule(tmp_path, split):
    path = _write(tmp_path, "lgl.xml", LGL_XML, LGL_TEXT)
    expected = 1 if split_of("LGL:0") == split else 0
    assert len(load_gold(path, split)) == expected


@pytest.mark.parametrize("pred,gold,pairs", [
    ([(0, 6)], [(0, 6)], [(0, 0)]),
    ([(0, 10)], [(4, 10), (0, 3)], [(0, 0)]),  # larger overlap wins, one-to-one
    ([(0, 3), (20, 25)], [(10, 15)], []),
    ([(0, 5), (3, 9)], [(2, 9)], [(1, 0)]),
])
def test_places_match_is_one_to_one_by_largest_overlap(pred, gold, pairs):
    predicted = [Predicted(s, e, None, None) for s, e in pred]
    gold_tops = [GoldToponym(s, e, "x", None, None) for s, e in gold]
    assert match(predicted, gold_tops) == pairs


@pytest.mark.parametrize("a,b,km", [
    ((0.0, 0.0), (0.0, 1.0), 111.2),
    ((51.5074, -0.1278), (48.8566, 2.3522), 343.6),  # London-Paris
    ((10.0, 20.0), (10.0, 20.0), 0.0),
])
def test_places_haversine_distance(a, b, km):
    assert haversine_km(a, b) == pytest.approx(km, abs=0.5)


def test_places_scores_count_recognition_and_geocoding():
    gold = [GoldToponym(0, 6, "Kisumu", -0.10, 34.76, 178443),
            GoldToponym(10, 16, "Nakuru", -0.28, 36.07),
            GoldToponym(20, 26, "Eldoret", 0.52, 35.27),
            GoldToponym(30, 35, "Kenya", 1.0, 38.0, 192950)]
    predicted = [Predicted(0, 6, -0.11, 34.75),            # right by distance
                 Predicted(10, 16, 1.28, 36.82),           # recognised, 190+ km off
                 Predicted(30, 35, 0.5, 37.9, 192950),     # right by GeoNames id
                 Predicted(40, 45, 0.0, 0.0),              # false alarm
                 Predicted(50, 55, 0.0, 0.0)]              # over a neutral span
    scores = PlaceScores()
    scores.add(predicted, gold, [(50, 55)])
    figures = scores.to_dict()
    assert figures["recognition"]["tp"] == 3
    assert (figures["recognition"]["fp"], figures["recognition"]["fn"]) == (1, 1)
    assert figures["acc161_recognised"] == pytest.approx(2 / 3, abs=1e-4)
    assert figures["acc161_end_to_end"] == pytest.approx(2 / 4)
    assert figures["resolved"] == 3 and figures["median_km"] > 0


def test_places_unresolved_prediction_counts_as_a_miss():
    scores = PlaceScores()
    scores.add([Predicted(0, 6, None, None)], [GoldToponym(0, 6, "Kisumu", -0.1, 34.76)], [])
    figures = scores.to_dict()
    assert figures["recognition"]["tp"] == 1
    assert figures["acc161_recognised"] == 0.0 and figures["resolved"] == 0
    assert figures["mean_km"] is None


def test_places_lgl_demonym_is_gold_in_the_all_view_only(tmp_path):
    text = "Sudanese officials met in Khartoum."
    xml = ('<articles><article><text>{text}</text><toponyms>'
           '<toponym><start>0</start><end>8</end><phrase>Sudanese</phrase></toponym>'
           '<toponym><start>26</start><end>34</end><phrase>Khartoum</phrase></toponym>'
           '</toponyms></article></articles>')
    (article,) = load_gold(_write(tmp_path, "lgl.xml", xml, text), "all")
    views = {t.text: t.views for t in article.toponyms}
    assert views == {"Sudanese": {"all"}, "Khartoum": {"names", "all"}}
