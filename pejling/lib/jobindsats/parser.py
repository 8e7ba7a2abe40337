"""Jobindsats v2 answers (``[{"Variables": [...], "Data": [[...], ...]}]``) into rows with DST area codes.

Jobindsats names areas ("Randers", "Hele landet") and writes decimals with a comma ("9,28").
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pejling.lib.geography import code_for_name


class JobindsatsFormatError(ValueError):
    """An answer that cannot be read."""


def area_code(name: str) -> str | None:
    """The DST code of a Jobindsats area name, or None when it names no known area."""
    return code_for_name(name)


def parse_decimal(value: Any) -> float | None:
    """'9,28' → 9.28; numbers pass; '', '..', '-' and None are missing."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if text in ("", "..", ".", "-", "x"):
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise JobindsatsFormatError(f"ikke et tal / not a number: {value!r}") from None


@dataclass(frozen=True)
class JobRow:
    """One row: area code (None for unknown names), period code, the other dimensions, all measures."""

    area: str | None
    area_name: str
    period: str
    dims: dict[str, str]
    measures: dict[str, float | None]


def rows_from_records(
    records: Iterable[Mapping[str, Any]],
    *,
    area_column: str,
    period_column: str,
    dimension_columns: list[str],
) -> list[JobRow]:
    """Records (column → value) into rows; every other column is a measure."""
    rows = []
    for record in records:
        name = str(record[area_column])
        dims = {column: str(record[column]) for column in dimension_columns}
        skip = {area_column, period_column, *dimension_columns}
        measures = {k: parse_decimal(v) for k, v in record.items() if k not in skip}
        rows.append(JobRow(area_code(name), name, str(record[period_column]), dims, measures))
    return rows


def parse_v2(body: bytes | str) -> list[JobRow]:
    """A v2 data answer (``[{"Variables": [{"Label": ...}], "Data": [[...]]}]``). The area and period columns
    are recognised by name (Area/Område, Periode/Period); dimensions are the other columns whose values are
    text, measures those whose values are numbers (decimal commas allowed)."""
    try:
        data = json.loads(body)
        columns = [str(v["Label"]) for v in data[0]["Variables"]]
        records = [dict(zip(columns, row, strict=True)) for row in data[0]["Data"]]
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise JobindsatsFormatError(f"svaret kan ikke læses / unreadable answer: {exc}") from None
    area_column = next((c for c in columns if c.lower() in ("område", "area", "omraade")), None)
    period_column = next((c for c in columns if c.lower() in ("periode", "period")), None)
    if area_column is None or period_column is None:
        raise JobindsatsFormatError(f"område- eller periodekolonne mangler / no area or period column in {columns}")
    dims = [
        c
        for c in columns
        if c not in (area_column, period_column)
        and all(parse_decimal_or_none(r[c]) is None and r[c] not in (None, "") for r in records[:50])
    ]
    return rows_from_records(records, area_column=area_column, period_column=period_column, dimension_columns=dims)


def parse_decimal_or_none(value: Any) -> float | None:
    """Like parse_decimal, but text that is not a number gives None (used to tell dimensions from measures)."""
    try:
        return parse_decimal(value)
    except JobindsatsFormatError:
        return None
