"""The JSON API: filters, paging, errors and the HTML twins, over hand-made records."""

from __future__ import annotations

import re

import pytest

from eventwire.record import Article, offset_errors


def _items(client, url: str) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return response.json()["items"]


@pytest.mark.parametrize("url, field, expected", [
    ("/api/events?actor=CHN", "actor_code", {"CHNGOV"}),
    ("/api/events?actor=tcd", "actor_code", {"TCDMIL"}),
    ("/api/events?country=AFG", "recipient_code", {"AFGINS", "AFG"}),
    ("/api/events?cameo=19", "cameo", {"190"}),
    ("/api/events?cameo=043", "cameo", {"043"}),
    ("/api/events?plover=consult", "plover", {"CONSULT"}),
    ("/api/events?place=n'djamena", "place", {"N'Djamena"}),
    ("/api/events?since=2021-08", "date", {"2021-08-02"}),
    ("/api/events?until=2021-07-28", "date", {"2021-07-28"}),
    ("/api/events?q=emergency%20AID", "cameo", {"071"}),
    ("/api/articles?outlet=Example.org", "outlet", {"example.org"}),
    ("/api/articles?q=rebels", "outlet", {"news.example.com"}),
    ("/api/articles?since=2021-08-01", "published", {"2021-08-03"}),
    ("/api/actors?actor=AFG", "code", {"AFGINS", "AFG"}),
    ("/api/places?country=ken", "name", {"Nairobi"}),
    ("/api/network?cameo=04", "target", {"AFGINS"}),
    ("/api/timeline?plover=FIGHT", "quad_class", {4}),
])
def test_api_filters_select_matching_rows(client, url, field, expected):
    assert {row[field] for row in _items(client, url)} == expected


@pytest.mark.parametrize("url", [
    "/api/events?actor=XYZ", "/api/events?q=earthquake", "/api/articles?outlet=nowhere.net",
    "/api/places?place=Atlantis", "/api/network?since=2030", "/api/timeline?country=NOR",
])
def test_api_filters_without_match_give_empty_page(client, url):
    body = client.get(url).json()
    assert (body["items"], body["total"]) == ([], 0)


def test_api_events_rows_carry_their_sentence(client, records):
    texts = {a.id: a.text for a in records}
    for row in _items(client, "/api/events"):
        assert row["sentence"] in texts[row["article_id"]]


@pytest.mark.parametrize("url, total", [
    ("/api/events", 3), ("/api/articles", 3), ("/api/places", 4), ("/api/actors", 5),
])
def test_api_paging_splits_rows_without_loss(client, url, total):
    sep = "&" if "?" in url else "?"
    pages = [client.get(f"{url}{sep}limit=2&offset={off}").json() for off in range(0, total + 2, 2)]
    seen = [row for page in pages for row in page["items"]]
    assert {page["total"] for page in pages} == {total}
    assert len(seen) == total and seen == client.get(f"{url}{sep}limit=500").json()["items"]


@pytest.mark.parametrize("param", [
    "limit=0", "limit=501", "limit=-3", "limit=ten", "offset=-1", "since=2021-7-1x",
    "until=yesterday", "cameo=abc", "country=AFGHANISTAN", "actor=CHN%20GOV", "plover=%27;--",
])
def test_api_bad_parameter_is_422_with_detail(client, param):
    response = client.get(f"/api/events?{param}")
    assert response.status_code == 422 and response.json()["detail"]


@pytest.mark.parametrize("url", ["/api/articles/a:0000000000000000", "/api/articles/nothing",
                                 "/articles/a:0000000000000000"])
def test_api_unknown_article_is_404(client, url):
    response = client.get(url)
    assert response.status_code == 404 and "no article" in response.json()["detail"]


def test_api_article_round_trips_the_record(client, records):
    for article in records:
        body = client.get(f"/api/articles/{article.id}").json()
        assert Article.from_dict(body) == article and offset_errors(Article.from_dict(body)) == []


@pytest.mark.parametrize("value", [
    "'; DROP TABLE events; --", "\" OR 1=1 --", "%' OR '1'='1", "Tianjin') UNION SELECT 1 --",
])
@pytest.mark.parametrize("param", ["q", "place"])
def test_api_sql_looking_strings_are_harmless(client, param, value):
    response = client.get("/api/events", params={param: value})
    assert response.status_code == 200 and response.json()["total"] == 0
    assert client.get("/api/stats").json()["events"] == 3


def test_api_network_nodes_cover_edges(client):
    body = client.get("/api/network").json()
    codes = {n["code"] for n in body["nodes"]}
    assert all({e["source"], e["target"]} <= codes for e in body["items"])
    assert {e["goldstein"] for e in body["items"] if e["target"] == "TCDREB"} == {-10.0}


def test_api_openapi_documents_the_article_record(client):
    schema = client.get("/openapi.json").json()
    ok = schema["paths"]["/api/articles/{article_id}"]["get"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"]["$ref"].endswith("/Article")
    assert "Event" in schema["components"]["schemas"]
    assert all(set(ops) == {"get"} for ops in schema["paths"].values())


@pytest.mark.parametrize("page, twin", [
    ("/events?actor=CHN", "/events.json?actor=CHN"), ("/articles", "/articles.json"),
    ("/actors", "/actors.json"), ("/network", "/network.json"), ("/timeline", "/timeline.json"),
    ("/places", "/places.json"), ("/", "/api/stats"),
])
def test_api_pages_link_their_json_twin(client, page, twin):
    html = client.get(page)
    assert html.status_code == 200 and f'href="{twin}"' in html.text.replace("&amp;", "&")
    assert client.get(twin).status_code == 200


def test_api_article_page_marks_every_kind(client, records):
    html = client.get(f"/articles/{records[0].id}").text
    for kind in ("entity", "place", "date", "amount", "quote", "trigger"):
        assert f"k-{kind}" in html
    assert 'class="event"' in html and "/articles/" in client.get("/events").text


def test_api_article_page_says_what_made_the_record(client, records):
    html = client.get(f"/articles/{records[0].id}").text
    assert "<code>eventwire.events.v9</code>" in html
    assert client.get(f"/api/articles/{records[0].id}").json()["steps"][-1] == "eventwire.events.v9"


def test_api_events_twin_equals_api(client):
    assert client.get("/events.json?cameo=0").json() == client.get("/api/events?cameo=0").json()


@pytest.mark.parametrize("url", ["/api/places?cameo=04", "/api/events?outlet=x.org"])
def test_api_unknown_parameters_are_ignored(client, url):
    assert client.get(url).status_code == 200


def test_api_create_app_refuses_missing_db(tmp_path):
    from eventwire.query.api import create_app

    with pytest.raises(FileNotFoundError):
        create_app(tmp_path / "absent.duckdb")


@pytest.mark.parametrize("page", ["/", "/docs", "/events", "/articles", "/network", "/places",
                                  "/timeline", "/static/map.js", "/static/network.js"])
def test_api_pages_fetch_nothing_from_elsewhere(client, page):
    body = client.get(page).text.replace("http://www.w3.org/2000/svg", "")
    assert not re.search(r"""(src|href)=["']?(https?:)?//|https?://""", body)


def test_api_docs_page_lists_every_operation(client):
    html = client.get("/docs").text
    paths = client.get("/openapi.json").json()["paths"]
    assert all(path in html for path in paths) and "limit" in html
