"""Record ⇄ rows: flatten an Article into table rows and rebuild it from them."""

from __future__ import annotations

import json
from typing import Any, Iterable

from pydantic import BaseModel

from ..record import Article
from .schema import ITEM_KINDS, Column, article_columns, columns_for

_COLS = {kind: columns_for(model) for kind, model in ITEM_KINDS.items()}
_ARTICLE_COLS = article_columns()


def _get(obj: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if obj is None:
            return None
        obj = getattr(obj, name)
    return obj


def _cell(obj: BaseModel, col: Column) -> Any:
    value = _get(obj, col.path)
    if col.how == "present":
        return value is not None
    if col.how == "list":
        return list(value) if value is not None else None
    if col.how == "json":
        return json.dumps([v.model_dump(mode="json") for v in value]) if value is not None else None
    return value


def flatten(obj: BaseModel, cols: list[Column]) -> dict[str, Any]:
    return {c.name: _cell(obj, c) for c in cols}


def article_rows(article: Article) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows for one article."""
    rows: dict[str, list[dict[str, Any]]] = {"articles": [flatten(article, _ARTICLE_COLS)]}
    for kind in ITEM_KINDS:
        rows[kind] = [
            {"article_id": article.id, "ord": i, **flatten(item, _COLS[kind])}
            for i, item in enumerate(getattr(article, kind))
        ]
    rows["mentions"] = [
        {"article_id": article.id, "kind": kind, "item_id": item.id, "ord": i,
         "start": m.start, "end": m.end, "text": m.text}
        for kind, items in (("entity", article.entities), ("place", article.places))
        for item in items
        for i, m in enumerate(item.mentions)
    ]
    return rows


def unflatten(row: dict[str, Any], cols: list[Column]) -> dict[str, Any]:
    """Rebuild the nested dict a model validates from one flat row."""
    out: dict[str, Any] = {}
    absent: set[tuple[str, ...]] = set()
    for col in cols:
        value = row.get(col.name)
        if value is None and (col.name not in row or col.how == "list"):
            continue  # a column added after the row was written: the field's default
        if col.how == "present":
            if not value:
                absent.add(col.path)
            continue
        if any(col.path[: len(p)] == p for p in absent):
            continue
        if col.how == "json":
            value = json.loads(value) if value is not None else None
        _put(out, col.path, value)
    for path in absent:
        _put(out, path, None)
    return out


def _put(out: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for name in path[:-1]:
        out = out.setdefault(name, {})
    out[path[-1]] = value


def rebuild(article_row: dict[str, Any], children: dict[str, Iterable[dict[str, Any]]]) -> Article:
    """An Article from its ``articles`` row and its item rows (each list ordered by ``ord``)."""
    data = unflatten(article_row, _ARTICLE_COLS)
    data["schema"] = data.pop("schema_")
    for kind in ITEM_KINDS:
        data[kind] = [unflatten(r, _COLS[kind]) for r in children.get(kind, [])]
    return Article.model_validate(data)
