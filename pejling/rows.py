"""Inserting many rows with one prepared statement per batch.

For tens of thousands of rows, building a model object for each costs several times the insert itself
(``bulk_create`` spends most of its time preparing values field by field). Here values that need adapting
(JSON, dates, datetimes, decimals) are adapted by their own fields, exactly as ``bulk_create`` would write
them; numbers and text go as they are. Callers pass plain tuples in the order of ``fields``; rows must not
change while they are inserted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from django.db import connection, models, transaction

BATCH = 2000
_ADAPTED = (models.JSONField, models.DateField, models.DecimalField, models.UUIDField)  # DateTimeField is a DateField


JsonCache = dict[int, tuple[Any, Any]]


def _adapter(field: models.Field[Any, Any], json_cache: JsonCache) -> Callable[[Any], Any] | None:
    if isinstance(field, models.JSONField):
        return _json_adapter(field, json_cache)
    if isinstance(field, _ADAPTED):  # dates repeat (one as-of date for every row): adapted once per value
        return lru_cache(maxsize=256)(lambda value: field.get_db_prep_save(value, connection))
    return None


def _json_adapter(field: models.JSONField[Any], done: JsonCache) -> Callable[[Any], Any]:
    """JSON is serialised once per object: rows that share a dict (the same result in several plans) share
    its text. The object is kept with its text, so its id cannot be reused while the cache lives. Flat dicts
    of text (an observation's codes and notes) are serialised once per content."""
    flat: dict[tuple[tuple[str, str], ...], Any] = {}

    def adapt(value: Any) -> Any:
        if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            items = tuple(value.items())
            if items not in flat:
                flat[items] = field.get_db_prep_save(value, connection)
            return flat[items]
        if not isinstance(value, dict | list):
            return field.get_db_prep_save(value, connection)
        found = done.get(id(value))
        if found is None:
            found = done[id(value)] = (value, field.get_db_prep_save(value, connection))
        return found[1]

    return adapt


def insert_rows(
    model: type[models.Model],
    fields: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    json_cache: JsonCache | None = None,
) -> int:
    """Insert ``rows`` (tuples of values for ``fields``; a foreign key takes the related pk) in one
    transaction; returns how many were written. Pass one ``json_cache`` to several calls whose rows share
    unchanged JSON objects."""
    meta = model._meta
    concrete = [meta.get_field(name) for name in fields]
    columns = ", ".join(connection.ops.quote_name(str(f.column)) for f in concrete)  # type: ignore[union-attr]
    table = connection.ops.quote_name(meta.db_table)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(concrete))})"
    cache: JsonCache = {} if json_cache is None else json_cache
    adapters = [_adapter(f, cache) for f in concrete]  # type: ignore[arg-type]
    adapted = [
        tuple(value if adapt is None else adapt(value) for value, adapt in zip(row, adapters, strict=True))
        for row in rows
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(adapted), BATCH):
            cursor.executemany(sql, adapted[start : start + BATCH])
    return len(adapted)
