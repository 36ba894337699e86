"""Store tables derived from ``record.py``, so the record and the tables cannot drift apart.

Rules, applied field by field to each item model:
- a scalar (str, int, float, Literal) becomes one column of the matching type;
- a nested part (``Actor``, ``Span``, ``Mention``) is flattened into prefixed columns
  (``actor_code``, ``trigger_start`` …), with a ``<field>__present`` flag only when the part is
  optional, so ``None`` and an all-null part round-trip differently;
- a tuple of strings is a ``VARCHAR[]`` list column;
- a tuple of parts (``mentions``, ``boilerplate`` …) is kept whole as JSON text.

``mentions`` also gets its own table (entity and place mentions) for querying.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel

from ..record import (
    Amount,
    Article,
    Attribution,
    DateRef,
    Entity,
    Event,
    Framing,
    Place,
    Quote,
)

#: Item kind (the Article field) → its model. Order is the order tables are written.
ITEM_KINDS: dict[str, type[BaseModel]] = {
    "entities": Entity,
    "places": Place,
    "dates": DateRef,
    "amounts": Amount,
    "quotes": Quote,
    "attributions": Attribution,
    "events": Event,
    "framing": Framing,
}
#: Article fields stored in other tables, not as ``articles`` columns.
ARTICLE_CHILD_FIELDS = frozenset(ITEM_KINDS)


@dataclass(frozen=True)
class Column:
    name: str
    sql: str  # DuckDB type
    path: tuple[str, ...]  # field path in the model (('actor', 'code'))
    how: Literal["scalar", "list", "json", "present"]


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """Strip Optional; return (inner type, optional?)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0], True
    return annotation, False


def _scalar_sql(tp: Any) -> str | None:
    if typing.get_origin(tp) is Literal:
        return "VARCHAR"
    return {str: "VARCHAR", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN"}.get(tp)


def columns_for(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> list[Column]:
    """The flat column list for ``model``, following the module's rules."""
    cols: list[Column] = []
    for name, field in model.model_fields.items():
        key = field.alias or name
        path = prefix + (name,)
        col = "_".join(prefix + (key,))
        tp, optional = _unwrap(field.annotation)
        if (sql := _scalar_sql(tp)) is not None:
            cols.append(Column(col, sql, path, "scalar"))
        elif isinstance(tp, type) and issubclass(tp, BaseModel):
            if optional:
                cols.append(Column(col + "__present", "BOOLEAN", path, "present"))
            cols.extend(columns_for(tp, path))
        elif typing.get_origin(tp) is tuple and typing.get_args(tp)[0] is str:
            cols.append(Column(col, "VARCHAR[]", path, "list"))
        else:
            cols.append(Column(col, "VARCHAR", path, "json"))
    return cols


def article_columns() -> list[Column]:
    return [
        c for c in columns_for(Article) if c.path[0] not in ARTICLE_CHILD_FIELDS
    ]


MENTION_COLUMNS = [
    Column("article_id", "VARCHAR", (), "scalar"),
    Column("kind", "VARCHAR", (), "scalar"),  # entity | place
    Column("item_id", "VARCHAR", (), "scalar"),
    Column("ord", "INTEGER", (), "scalar"),
    Column("start", "BIGINT", (), "scalar"),
    Column("end", "BIGINT", (), "scalar"),
    Column("text", "VARCHAR", (), "scalar"),
]


def ddl() -> list[str]:
    """CREATE TABLE statements for every table."""
    def table(name: str, cols: list[Column], lead: str) -> str:
        body = ", ".join([lead] + [f'"{c.name}" {c.sql}' for c in cols])
        return f'CREATE TABLE IF NOT EXISTS "{name}" ({body})'

    stmts = [
        table("articles", article_columns(), '"ingested_at" TIMESTAMP DEFAULT current_timestamp')
    ]
    for kind, model in ITEM_KINDS.items():
        stmts.append(table(kind, columns_for(model), '"article_id" VARCHAR, "ord" INTEGER'))
    stmts.append(
        "CREATE TABLE IF NOT EXISTS mentions ("
        + ", ".join(f'"{c.name}" {c.sql}' for c in MENTION_COLUMNS)
        + ")"
    )
    return stmts
