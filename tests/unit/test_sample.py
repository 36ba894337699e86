"""The bundled demo sample: present as package data, readable in every shape, long enough to matter."""

from __future__ import annotations

import importlib.resources
import json
import re

import pytest
import trafilatura
from warcio.archiveiterator import ArchiveIterator

SAMPLE = importlib.resources.files("eventwire") / "sample"
TXT_FILES = ["01_indonesia_australia_maritime.txt", "02_chad_attack_withdrawal.txt",
             "03_india_sri_lanka_floods.txt"]
HTML_FILES = ["04_kenya_fuel_protests.html", "05_poland_ukraine_grain.html"]
JSONL_FILE = "06_wire_stories.jsonl"
WARC_FILE = "07_colombia_venezuela_border.warc.gz"
ALL_FILES = [*TXT_FILES, *HTML_FILES, JSONL_FILE, WARC_FILE, "make_warc.py", "README.md"]
WEEKDAY_DATE = re.compile(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (January|February|March|April|May|"
                          r"June|July|August|September|October|November|December) \d{1,2}\b")


def warc_records() -> list:
    """(type, http content type, payload bytes) for every record of the sample WARC."""
    with (SAMPLE / WARC_FILE).open("rb") as stream:
        return [(record.rec_type,
                 record.http_headers.get_header("Content-Type") if record.http_headers else None,
                 record.content_stream().read())
                for record in ArchiveIterator(stream)]


def jsonl_records() -> list[dict]:
    """The parsed lines of the sample JSONL file."""
    lines = (SAMPLE / JSONL_FILE).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def main_text(html: str) -> str:
    """The article text trafilatura finds in a page, without reader comments."""
    return trafilatura.extract(html, include_comments=False) or ""


def story_texts() -> list[tuple[str, str]]:
    """(label, story text) for all eight stories, HTML ones through trafilatura."""
    stories = [(name, (SAMPLE / name).read_text(encoding="utf-8")) for name in TXT_FILES]
    stories += [(name, main_text((SAMPLE / name).read_text(encoding="utf-8"))) for name in HTML_FILES]
    for record in jsonl_records():
        stories.append((record["id"], record.get("text") or main_text(record["html"])))
    responses = [payload for kind, _, payload in warc_records() if kind == "response"]
    stories += [(WARC_FILE, main_text(payload.decode("utf-8"))) for payload in responses]
    return stories


@pytest.mark.parametrize("name", ALL_FILES)
def test_sample_file_is_package_data(name):
    assert (SAMPLE / name).is_file()


def test_sample_warc_holds_one_html_response():
    records = warc_records()
    responses = [(ctype, payload) for kind, ctype, payload in records if kind == "response"]
    assert [kind for kind, _, _ in records].count("warcinfo") == 1
    assert [kind for kind, _, _ in records].count("request") == 1
    assert len(responses) == 1
    ctype, payload = responses[0]
    assert ctype.startswith("text/html")
    assert b"<article>" in payload


def test_sample_warc_script_regenerates_same_bytes(tmp_path):
    from eventwire.sample.make_warc import write_warc

    rebuilt = write_warc(tmp_path / WARC_FILE)
    assert rebuilt.read_bytes() == (SAMPLE / WARC_FILE).read_bytes()


def test_sample_jsonl_lines_parse_with_text_or_html():
    records = jsonl_records()
    assert len(records) == 2
    for record in records:
        assert {"id", "url", "title", "published", "outlet"} <= record.keys()
        assert ("text" in record) != ("html" in record)
    assert sorted("html" in record for record in records) == [False, True]


@pytest.mark.parametrize(("label", "text"), story_texts(), ids=[label for label, _ in story_texts()])
def test_sample_story_has_at_least_200_words(label, text):
    assert len(text.split()) >= 200, label


@pytest.mark.parametrize("name", HTML_FILES)
def test_sample_html_main_text_leaves_out_comments_and_cookies(name):
    html = (SAMPLE / name).read_text(encoding="utf-8")
    text = main_text(html).lower()
    assert "cookie" in html.lower() and "comment" in html.lower()
    assert "cookie" not in text
    assert "most read" not in text


def test_sample_exactly_one_txt_story_is_undated_but_has_weekday_date():
    undated = [name for name in TXT_FILES
               if "Published:" not in (SAMPLE / name).read_text(encoding="utf-8")]
    assert len(undated) == 1
    text = (SAMPLE / undated[0]).read_text(encoding="utf-8")
    assert WEEKDAY_DATE.search(text)
    assert not re.search(r"\b(19|20)\d\d\b", text), "a written year would spoil the weekday inference"


def test_sample_readme_lists_every_file():
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    for name in ALL_FILES[:-1]:
        assert f"`{name}`" in readme
