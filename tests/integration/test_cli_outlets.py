"""The local-lexicon workflow on the command line: ingest an outlet's stories, learn its home
region with ``eventwire outlets``, then read a new story of that outlet with ``--outlet-profiles``."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.extract.place_outlets import OutletProfile, load_profiles, save_profiles
from eventwire.record import Article

runner = CliRunner()
OUTLET = "valleytimes.example"
# the outlet's earlier stories: each names Ohio, a state no other place shares a name with
EARLIER = (
    "Ohio lawmakers passed a two-year budget late on Thursday after a long debate over school funding.",
    "Farmers across Ohio expect a late harvest this year because the spring rains delayed planting.",
    "Schools in Ohio closed for snow on Friday, officials said, and most roads stayed shut until noon.",
)
# a new story that names only "Marietta": Georgia's is the bigger town, Ohio's the paper's own
NEW = "Voters in Marietta approved a school levy on Tuesday, the city said in a short statement."


def _jsonl(path, texts):
    lines = [json.dumps({"text": t, "outlet": OUTLET, "title": f"Story {i}"}) for i, t in enumerate(texts)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _marietta(stdout: str):
    article = Article.from_json(stdout.strip())
    (place,) = [p for p in article.places if p.name.startswith("Marietta")]
    return place


def test_outlets_learns_a_home_region_that_extract_then_uses(tmp_path):
    db, profiles = str(tmp_path / "t.duckdb"), tmp_path / "outlets.json"
    ingested = runner.invoke(app, ["ingest", str(_jsonl(tmp_path / "old.jsonl", EARLIER)), "--db", db, "--json"])
    assert json.loads(ingested.stdout)["stored"] == 3

    learned = runner.invoke(app, ["outlets", "--db", db, "-o", str(profiles)])
    assert learned.exit_code == 0, learned.output
    assert load_profiles(profiles)[OUTLET].home_regions[0] == ("USA", "ohio")

    new = _jsonl(tmp_path / "new.jsonl", [NEW])
    plain = _marietta(runner.invoke(app, ["extract", str(new)]).stdout)
    local = _marietta(runner.invoke(app, ["extract", str(new), "--outlet-profiles", str(profiles)]).stdout)
    assert plain.admin1 != "Ohio"  # without the outlet's history the bigger namesake wins
    assert (local.country, local.admin1) == ("USA", "Ohio")


def test_profiles_round_trip_through_their_file(tmp_path):
    profile = OutletProfile(OUTLET, 4, 7, home_regions=(("USA", "ohio"),), home_country="USA")
    save_profiles({OUTLET: profile}, tmp_path / "p.json")
    assert load_profiles(tmp_path / "p.json") == {OUTLET: profile}


def test_a_file_that_is_not_a_profiles_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"profiles": []}', encoding="utf-8")
    story = _jsonl(tmp_path / "s.jsonl", [NEW])
    result = runner.invoke(app, ["extract", str(story), "--outlet-profiles", str(bad)])
    assert result.exit_code == 2
    assert "not an outlet-profiles file" in result.output


def test_outlets_without_a_database_says_so(tmp_path):
    result = runner.invoke(app, ["outlets", "--db", str(tmp_path / "none.duckdb"), "-o", str(tmp_path / "o.json")])
    assert result.exit_code == 2
    assert "no database" in result.output
