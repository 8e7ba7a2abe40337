"""Answer Jobindsats v2 requests from the fake tables: the table list, a table's periods, and data for all
areas with dimension filters given as labels. What the real API answers to an unknown filter, label or period
is not documented in the evidence (INFERRED): the fake refuses it with HTTP 400 naming it."""

from __future__ import annotations

import itertools
from typing import Any

from pejling.lib.fakejob.tables import AREAS, COUNTRY_NAME, TABLES, JobTable, Measure, period_year
from pejling.lib.fakestat.model import population
from pejling.lib.geography import BY_CODE


class JobApiError(Exception):
    """An error answer: HTTP status and message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def table_list(updated: dict[str, str]) -> list[dict[str, Any]]:
    """Every table with its update times (``updated`` overrides a table's latest update)."""
    return [
        {
            "TableID": t.id.lower(),
            "TableName": t.name,
            "SubjectName": t.subject,
            "LatestUpdate": updated.get(t.id, t.latest_update),
            "NextUpdate": t.next_update,
            "UpdateFrequency": t.update_frequency,
        }
        for t in TABLES.values()
    ]


def find(table_id: str) -> JobTable:
    table = TABLES.get(table_id.upper().replace("_", ""))
    if table is None:
        raise JobApiError(404, f"Tabellen findes ikke: {table_id}")
    return table


def _counts(table: JobTable, measure: Measure, area: str, year: float, values: tuple[str, ...]) -> float:
    assert measure.value is not None
    members = AREAS if area == "000" else [area]
    if not measure.share:
        return sum(measure.value(m, year, values) for m in members)
    weights = {m: population(m, year) for m in members}
    return sum(w * measure.value(m, year, values) for m, w in weights.items()) / sum(weights.values())


def _value(table: JobTable, measure: Measure, area: str, year: float, combos: list[tuple[str, ...]]) -> float | None:
    if measure.ratio_of is not None:
        by_label = {m.label: m for m in table.measures}
        top = sum(_counts(table, by_label[measure.ratio_of[0]], area, year, c) for c in combos)
        bottom = sum(_counts(table, by_label[measure.ratio_of[1]], area, year, c) for c in combos)
        return 100 * top / bottom if bottom else None
    return sum(_counts(table, measure, area, year, c) for c in combos)


def _format(measure: Measure, value: float | None) -> Any:
    if value is None:
        return None
    return f"{value:.2f}".replace(".", ",") if measure.share else round(value)


def _filters(table: JobTable, body: dict[str, Any]) -> list[list[str]]:
    known = {d.filter_id: d for d in table.dimensions}
    for key in body:
        if key.startswith("_") and key not in known:
            raise JobApiError(400, f"Ukendt dimension: {key}")
    chosen = []
    for dimension in table.dimensions:
        labels = body.get(dimension.filter_id) or list(dimension.values)
        for label in labels:
            if label not in dimension.values:
                raise JobApiError(400, f"Ukendt værdi for {dimension.filter_id}: {label}")
        chosen.append([str(label) for label in labels])
    return chosen


def data(table: JobTable, body: Any) -> list[dict[str, Any]]:
    """The v2 answer: one row per area, period and combination of dimension values."""
    if not isinstance(body, dict):
        raise JobApiError(400, "Forespørgslen skal være et JSON-objekt")
    periods = body.get("period")
    if not isinstance(periods, list) or not periods:
        raise JobApiError(400, "period mangler")
    for period in periods:
        if period not in table.periods:
            raise JobApiError(400, f"Ukendt periode: {period}")
    if body.get("area", "*") != "*":
        raise JobApiError(400, "Kun area='*' understøttes af testserveren")
    chosen = _filters(table, body)
    areas = AREAS + (["000"] if table.national_row else [])
    rows: list[list[Any]] = []
    for period in periods:
        year = period_year(str(period))
        for combo in itertools.product(*chosen):
            block = [
                [COUNTRY_NAME if area == "000" else BY_CODE[area].name, period, *combo]
                + [None if m.rank_by else _value(table, m, area, year, [combo]) for m in table.measures]
                for area in areas
            ]
            _rank(table, block, len(combo))
            rows += [[*row[: 2 + len(combo)], *map(_format, table.measures, row[2 + len(combo) :])] for row in block]
    labels = ["Area", "Periode", *(d.label for d in table.dimensions), *(m.label for m in table.measures)]
    return [{"Variables": [{"Label": label} for label in labels], "Data": rows}]


def _rank(table: JobTable, block: list[list[Any]], dims: int) -> None:
    index = {m.label: i for i, m in enumerate(table.measures)}
    for position, measure in enumerate(table.measures):
        if measure.rank_by is None:
            continue
        by = 2 + dims + index[measure.rank_by]
        order = sorted((row for row in block if row[0] != COUNTRY_NAME), key=lambda row: row[by])
        for rank, row in enumerate(order, start=1):
            row[2 + dims + position] = rank
