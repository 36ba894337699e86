"""The HTML explorer: one page per view, each beside its JSON twin (``/events`` ↔ ``/events.json``).

Tables are rendered on the server from the same functions as the API; the network, timeline
and map pages draw their API response in the browser (vanilla JS in ``web/static``).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel

from ..store.duckdb import Store
from . import api_data
from .api import find_article
from .api_params import actor_query, article_query, event_query, place_query, request_store
from .api_render import KINDS, event_rows, segments
from .filters import Query

pages = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(str(files("eventwire") / "query" / "web" / "templates")))

Db = Annotated[Store, Depends(request_store)]
Events = Annotated[Query, Depends(event_query)]
Articles = Annotated[Query, Depends(article_query)]
Actors = Annotated[Query, Depends(actor_query)]
Places = Annotated[Query, Depends(place_query)]

_FORMS = {  # the filter fields each page's form offers: (parameter, placeholder)
    "events": [("actor", "CHNGOV"), ("country", "AFG"), ("cameo", "04"), ("plover", "CONSULT"),
               ("since", "2021-07"), ("until", "2021-12-31"), ("place", "Kabul"), ("q", "words")],
    "articles": [("since", "2021-07"), ("until", "2021-12-31"), ("outlet", "reuters.com"),
                 ("q", "words")],
    "actors": [("actor", "CHN")],
    "places": [("country", "AFG"), ("since", "2021"), ("until", "2021-12"), ("place", "Kabul")],
}
_COLUMNS = {
    "events": ["date", "actor_code", "cameo", "plover", "recipient_code", "place", "modality",
               "goldstein", "sentence"],
    "articles": ["published", "title", "outlet", "format", "events", "entities", "tone"],
    "actors": ["code", "name", "entities", "events"],
}


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context)


def _form(request: Request, page: str) -> list[dict[str, str]]:
    params = request.query_params
    return [{"name": n, "value": params.get(n, ""), "placeholder": p} for n, p in _FORMS[page]]


def _paging(request: Request, result: BaseModel) -> dict[str, str | None]:
    """Links to the previous and next page, keeping every other parameter."""
    data = result.model_dump()
    limit, offset, total = data["limit"], data["offset"], data["total"]
    prev = request.url.include_query_params(offset=max(0, offset - limit)) if offset else None
    nxt = request.url.include_query_params(offset=offset + limit) if offset + limit < total else None
    return {"prev": str(prev) if prev else None, "next": str(nxt) if nxt else None}


def _twin(request: Request, path: str) -> str:
    query = request.url.query
    return path + (f"?{query}" if query else "")


def _table(request: Request, page: str, result: BaseModel, hrefs: list[str]) -> HTMLResponse:
    rows = [item.model_dump() for item in result.items]  # type: ignore[attr-defined]
    return _render(request, "table.html", page=page, title=page.capitalize(), result=result,
                   columns=_COLUMNS[page], rows=list(zip(hrefs, rows)),
                   form=_form(request, page), paging=_paging(request, result),
                   twin=_twin(request, f"/{page}.json"))


@pages.get("/", response_class=HTMLResponse)
def home(request: Request, store: Db) -> HTMLResponse:
    latest = api_data.list_articles(store, Query(kind="articles", limit=20))
    return _render(request, "home.html", title="eventwire", stats=api_data.stats(store),
                   latest=latest, twin="/api/stats")


@pages.get("/articles.json")
def articles_json(store: Db, query: Articles):
    return api_data.list_articles(store, query)


@pages.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, store: Db, query: Articles) -> HTMLResponse:
    result = api_data.list_articles(store, query)
    return _table(request, "articles", result, [f"/articles/{a.id}" for a in result.items])


@pages.get("/articles/{article_id}.json")
def article_json(store: Db, article_id: str):
    return find_article(store, article_id).to_dict()


@pages.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, store: Db, article_id: str) -> HTMLResponse:
    article = find_article(store, article_id)
    return _render(request, "article.html", title=article.title or article.source.uri,
                   article=article, segments=segments(article), kinds=KINDS,
                   events=event_rows(article), twin=f"/articles/{article.id}.json")


@pages.get("/events.json")
def events_json(store: Db, query: Events):
    return api_data.list_events(store, query)


@pages.get("/events", response_class=HTMLResponse)
def events_page(request: Request, store: Db, query: Events) -> HTMLResponse:
    result = api_data.list_events(store, query)
    hrefs = [f"/articles/{v.article_id}#{v.id}" for v in result.items]
    return _table(request, "events", result, hrefs)


@pages.get("/actors.json")
def actors_json(store: Db, query: Actors):
    return api_data.list_actors(store, query)


@pages.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, store: Db, query: Actors) -> HTMLResponse:
    result = api_data.list_actors(store, query)
    return _table(request, "actors", result, [f"/events?actor={a.code}" for a in result.items])


def _drawn(request: Request, page: str, form: str) -> HTMLResponse:
    """A page whose body the browser draws from ``/api/<page>`` with the same parameters."""
    return _render(request, f"{page}.html", title=page.capitalize(), form=_form(request, form),
                   source=_twin(request, f"/api/{page}"), twin=_twin(request, f"/{page}.json"))


@pages.get("/network.json")
def network_json(store: Db, query: Events):
    return api_data.network(store, query)


@pages.get("/network", response_class=HTMLResponse)
def network_page(request: Request, query: Events) -> HTMLResponse:
    return _drawn(request, "network", "events")


@pages.get("/timeline.json")
def timeline_json(store: Db, query: Events):
    return api_data.timeline(store, query)


@pages.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, query: Events) -> HTMLResponse:
    return _drawn(request, "timeline", "events")


@pages.get("/places.json")
def places_json(store: Db, query: Places):
    return api_data.places(store, query)


@pages.get("/places", response_class=HTMLResponse)
def places_page(request: Request, query: Places) -> HTMLResponse:
    return _drawn(request, "places", "places")


def _parameters(operation: dict[str, Any]) -> list[dict[str, Any]]:
    """Name, type and constraints of each parameter, flattened from the OpenAPI schema."""
    rows = []
    for param in operation.get("parameters", []):
        schema = param.get("schema", {})
        options = schema.get("anyOf", [schema])
        spec = next((o for o in options if o.get("type") != "null"), schema)
        limits = {k: spec[k] for k in ("pattern", "minimum", "maximum", "maxLength") if k in spec}
        rows.append({"name": param["name"], "in": param["in"], "type": spec.get("type", ""),
                     "default": schema.get("default"), "limits": limits,
                     "description": param.get("description") or schema.get("description", "")})
    return rows


@pages.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference, rendered from the app's own OpenAPI schema."""
    schema = request.app.openapi()
    operations = [
        {"path": path, "summary": op.get("summary", ""), "description": op.get("description", ""),
         "parameters": _parameters(op)}
        for path, ops in schema["paths"].items() for op in [ops["get"]]
    ]
    return _render(request, "docs.html", title="API", operations=operations,
                   twin="/openapi.json")
