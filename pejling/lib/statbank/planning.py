"""Request planning: one request per binding and period slice, covering all areas, under the cell limit.

The StatBank counts cells as (maximum possible rows) × (output columns, including the time and value
columns). Several codes of a variable that is only summed are asked for as one computed ``sum(...)``
value, so the answer stays small. When a request would pass the limit it is split by period; when a
single period is too big it becomes a streamed ``BULK`` request (no limit, no elimination, no sums).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pejling.lib.statbank.tableinfo import TableInfo

CELL_LIMIT = 1_000_000
SUM_CODE = "PSUM"


class PlanningError(ValueError):
    """A series that cannot be fetched within the API's rules; the message says what to change."""


@dataclass(frozen=True)
class SeriesSpec:
    """What to fetch for one series: a table, its area and time variables, and selected codes."""

    table: str
    area_variable: str
    time_variable: str = "Tid"
    select: dict[str, list[str]] = field(default_factory=dict)
    keep_split: str | None = None  # the derivation's variable: its codes must stay separate
    groups: dict[str, list[str]] = field(default_factory=dict)  # keep_split's codes asked as named sums


@dataclass(frozen=True)
class PlannedRequest:
    """One ``/v1/data`` request body, its estimated cells, and how summed codes map back."""

    body: dict[str, Any]
    cells: int
    periods: tuple[str, ...]
    sums: dict[str, tuple[str, ...]]

    @property
    def format(self) -> str:
        return str(self.body["format"])


def sum_label(codes: tuple[str, ...] | list[str]) -> str:
    """How a summed selection is stored as a dimension code, e.g. ``sum(16;17;18)``."""
    return f"sum({';'.join(codes)})"


def plan_requests(
    spec: SeriesSpec, info: TableInfo, *, data_format: str = "CSV", limit: int = CELL_LIMIT
) -> list[PlannedRequest]:
    """Plan the requests for ``spec``; raises PlanningError when the API cannot serve it."""
    area = info.variable(spec.area_variable)
    time = info.variable(spec.time_variable) or info.time_variable
    if area is None:
        raise PlanningError(
            f"tabel {info.id}: områdevariablen {spec.area_variable} findes ikke / no such area variable"
        )
    if time is None:
        raise PlanningError(f"tabel {info.id}: ingen tidsvariabel / no time variable")
    periods = tuple(time.values)
    selected: dict[str, list[str]] = {}
    for name, codes in spec.select.items():
        variable = info.variable(name)
        if variable is None:
            raise PlanningError(f"tabel {info.id}: variablen {name} findes ikke / no such variable")
        selected[variable.id] = codes
    sums = {
        name: tuple(codes)
        for name, codes in selected.items()
        if len(codes) > 1 and name.upper() != (spec.keep_split or "").upper() and not any("*" in c for c in codes)
    }
    variables: list[tuple[str, list[str]]] = [(area.id, ["*"])]
    per_period_rows = len(area.values)
    for name, codes in selected.items():
        if spec.groups and name.upper() == (spec.keep_split or "").upper():
            variables.append(
                (name, [f"sum({group}|{group}={';'.join(members)})" for group, members in spec.groups.items()])
            )
            per_period_rows *= len(spec.groups)
        elif name in sums:
            variables.append((name, [f"sum({SUM_CODE}|Sum={';'.join(codes)})"]))
        else:
            variables.append((name, list(codes)))
            variable = info.variable(name)
            per_period_rows *= len(variable.values) if "*" in codes and variable else len(codes)
    columns = len(variables) + 2  # + time + value
    per_period = per_period_rows * columns
    if per_period * len(periods) <= limit:
        return [_request(info.id, variables, time.id, ["*"], data_format, per_period * len(periods), periods, sums)]
    if per_period <= limit:
        size = limit // per_period
        return [
            _request(info.id, variables, time.id, list(chunk), data_format, per_period * len(chunk), chunk, sums)
            for chunk in (periods[i : i + size] for i in range(0, len(periods), size))
        ]
    return [_bulk_request(spec, info, selected, area.id, time.id, periods)]


def _request(
    table: str,
    variables: list[tuple[str, list[str]]],
    time_id: str,
    time_values: list[str],
    data_format: str,
    cells: int,
    periods: tuple[str, ...],
    sums: dict[str, tuple[str, ...]],
) -> PlannedRequest:
    body = {
        "table": table,
        "format": data_format,
        "lang": "da",
        "valuePresentation": "Code",
        "timeOrder": "Ascending",
        "variables": [{"code": code, "values": values} for code, values in variables]
        + [{"code": time_id, "values": time_values}],
    }
    return PlannedRequest(body, cells, periods, sums)


def _bulk_request(
    spec: SeriesSpec,
    info: TableInfo,
    selected: dict[str, list[str]],
    area_id: str,
    time_id: str,
    periods: tuple[str, ...],
) -> PlannedRequest:
    unselected = [v.id for v in info.variables if v.id not in selected and v.id not in (area_id, time_id)]
    if unselected:
        raise PlanningError(
            f"tabel {info.id}: for stor til én periode, og BULK kræver valgte koder for / too large for one "
            f"period, and BULK needs codes selected for: {', '.join(unselected)}"
        )
    body = {
        "table": info.id,
        "format": "BULK",
        "lang": "da",
        "valuePresentation": "Code",
        "variables": [{"code": area_id, "values": ["*"]}]
        + [{"code": name, "values": codes} for name, codes in selected.items()]
        + [{"code": time_id, "values": ["*"]}],
    }
    return PlannedRequest(body, 0, periods, {})
