"""eventwire: news articles in, verifiable structured knowledge out.

>>> from eventwire import extract
>>> for article in extract(["story.txt"]): ...   # doctest: +SKIP
"""

from .pipeline import Pipeline, PipelineConfig
from .query import Query, query, show
from .read.base import Rejection
from .record import Article
from .run.local import RunReport, extract, ingest
from .store.duckdb import Store

__all__ = [
    "Article", "Pipeline", "PipelineConfig", "Query", "Rejection", "RunReport", "Store",
    "extract", "ingest", "query", "show",
]
__version__ = "0.1.0"
