"""``eval places --local-lexicon``: outlets read from the gold file, two passes, CLI flag."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from typer.testing import CliRunner

from eventwire.evaluation.places import evaluate, gold_outlet, load_gold

STORIES = (
    ("Ohio lawmakers passed a two-year budget late on Thursday.", "Ohio", 40.37, -82.99),
    ("Farmers across Ohio expect a late harvest this year.", "Ohio", 40.37, -82.99),
    ("Voters in Marietta approved a school levy on Tuesday, the city said.", "Marietta",
     39.42, -81.45),
)


def _lgl_file(tmp_path, domain="www.valleytimes.example"):
    root = ET.Element("articles")
    for text, name, lat, lon in STORIES:
        article = ET.SubElement(root, "article")
        ET.SubElement(article, "domain").text = domain
        ET.SubElement(article, "text").text = text
        top = ET.SubElement(ET.SubElement(article, "toponyms"), "toponym")
        start = text.index(name)
        ET.SubElement(top, "start").text = str(start)
        ET.SubElement(top, "end").text = str(start + len(name))
        ET.SubElement(top, "phrase").text = name
        gaz = ET.SubElement(top, "gaztag")
        ET.SubElement(gaz, "lat").text = str(lat)
        ET.SubElement(gaz, "lon").text = str(lon)
    path = tmp_path / "lgl.xml"
    ET.ElementTree(root).write(path, encoding="utf-8")
    return path


def test_gold_outlet_reads_lgl_domain_and_gwn_link():
    lgl = ET.fromstring("<article><domain>www.Valley.example</domain></article>")
    gwn = ET.fromstring("<article><link>http://www.news.example/a/1.html</link></article>")
    assert gold_outlet(lgl) == "valley.example"
    assert gold_outlet(gwn) == "news.example"
    assert gold_outlet(ET.fromstring("<article><text>x</text></article>")) is None


def test_load_gold_keeps_the_outlet(tmp_path):
    articles = load_gold(_lgl_file(tmp_path), "all")
    assert {a.outlet for a in articles} == {"valleytimes.example"}


def test_local_lexicon_profiles_the_outlet_and_moves_the_local_namesake(tmp_path):
    path = _lgl_file(tmp_path)
    plain = evaluate(path, split="all", local_lexicon=False)
    local = evaluate(path, split="all")  # the default, as the pipeline runs by default
    assert "local_lexicon" not in plain
    assert local["local_lexicon"] == {"profiles": 1, "articles_covered": 3}
    assert plain["views"]["all"]["acc161_recognised"] < 1.0
    assert local["views"]["all"]["acc161_recognised"] == 1.0


def test_cli_flag_is_for_places_only(tmp_path):
    from eventwire.cli import app

    result = CliRunner().invoke(app, ["eval", "dates", "--gold", str(tmp_path),
                                      "--local-lexicon"])
    assert result.exit_code == 2 and "places only" in result.output


def test_cli_no_local_lexicon_scores_each_article_alone(tmp_path):
    import json

    from eventwire.cli import app

    path = str(_lgl_file(tmp_path))
    runner = CliRunner()
    default = json.loads(runner.invoke(app, ["eval", "places", "--gold", path, "--split", "all",
                                             "--json"]).stdout)
    alone = json.loads(runner.invoke(app, ["eval", "places", "--gold", path, "--split", "all",
                                           "--json", "--no-local-lexicon"]).stdout)
    assert default["local_lexicon"]["profiles"] == 1
    assert "local_lexicon" not in alone
