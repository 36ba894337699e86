"""The read-only JSON API and web explorer over a store: ``create_app(db)``, ``serve(db)``.

JSON lives under ``/api`` (reference at ``/docs``, schema at ``/openapi.json``); the HTML pages
(``api_pages``) render the same data and each links its JSON twin, datasette style.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from ..record import Article
from ..store.duckdb import Store
from . import api_data
from .api_models import (
    ActorRow, ArticleRow, EventRow, Network, Page, PlaceRow, Problem, Stats, TimelineRow,
)
from .api_params import (
    actor_query, article_query, event_query, place_query, request_store,
)
from .filters import Query, QueryError

__all__ = ["create_app", "serve"]

Db = Annotated[Store, Depends(request_store)]
Events = Annotated[Query, Depends(event_query)]
ERRORS = {400: {"model": Problem}}

api = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


@api.get("/stats", response_model=Stats)
def get_stats(store: Db) -> Stats:
    """How many articles and items of each kind the store holds."""
    return api_data.stats(store)


@api.get("/articles", response_model=Page[ArticleRow])
def get_articles(store: Db, query: Annotated[Query, Depends(article_query)]):
    """Articles, newest first: filter by publication date, outlet and words in title or text."""
    return api_data.list_articles(store, query)


@api.get("/articles/{article_id}", response_model=Article, response_model_by_alias=True,
         responses={404: {"model": Problem}})
def get_article(store: Db, article_id: str) -> Article:
    """One full article record, exactly as ``eventwire show`` prints it."""
    return find_article(store, article_id)


@api.get("/events", response_model=Page[EventRow])
def get_events(store: Db, query: Events):
    """Coded events with their sentence: filter by actor, country, CAMEO, PLOVER, date, place, words."""
    return api_data.list_events(store, query)


@api.get("/actors", response_model=Page[ActorRow])
def get_actors(store: Db, query: Annotated[Query, Depends(actor_query)]):
    """Actor codes with how many entities and events carry them, busiest first."""
    return api_data.list_actors(store, query)


@api.get("/network", response_model=Network)
def get_network(store: Db, query: Events):
    """Actor → recipient edges of the filtered events (event count, mean Goldstein) and nodes."""
    return api_data.network(store, query)


@api.get("/timeline", response_model=Page[TimelineRow])
def get_timeline(store: Db, query: Events):
    """Filtered events per day and quad class."""
    return api_data.timeline(store, query)


@api.get("/places", response_model=Page[PlaceRow])
def get_places(store: Db, query: Annotated[Query, Depends(place_query)]):
    """Places named in articles, with coordinates and counts."""
    return api_data.places(store, query)


def find_article(store: Store, article_id: str) -> Article:
    """The stored record, or a 404 naming the id."""
    article = store.read(article_id)
    if article is None:
        raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
    return article


async def _query_error(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse(status_code=400, content={"detail": str(exc)})


def create_app(db: str | Path) -> FastAPI:
    """The FastAPI app over the DuckDB file ``db``, opened read-only once for the app's life."""
    if not Path(db).exists():
        raise FileNotFoundError(f"no database at {db}")
    from .api_pages import pages

    # docs_url/redoc_url off: FastAPI's pages load Swagger UI/ReDoc from a CDN; ``/docs`` is
    # rendered from the OpenAPI schema by ``api_pages`` instead, with nothing fetched.
    app = FastAPI(title="eventwire", version="1", docs_url=None, redoc_url=None,
                  description="Read-only access to articles, events, actors and places.")
    app.state.store = Store(db, read_only=True)
    app.add_exception_handler(QueryError, _query_error)
    app.include_router(api)
    app.include_router(pages)
    static = Path(str(files("eventwire") / "query" / "web" / "static"))
    app.mount("/static", StaticFiles(directory=static), name="static")
    return app


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the API and explorer with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
