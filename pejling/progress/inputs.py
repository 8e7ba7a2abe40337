"""What an assessment reads from storage: the stored indicator values per area and year, their denominators,
the data vintage."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from pejling.lib.periods import parse_period
from pejling.lib.planfile.schema import Binding
from pejling.stats.indicators import find_indicator
from pejling.stats.models import IndicatorValue, Snapshot, TableState

_STEP = {
    "year": timedelta(days=365),
    "window": timedelta(days=365),
    "school_year": timedelta(days=365),
    "quarter": timedelta(days=91),
    "month": timedelta(days=31),
    "moving_year": timedelta(days=182),
    "week": timedelta(days=7),
}


@dataclass
class BindingData:
    """One binding's yearly values per area, its denominators (a share's or ratio's, aligned as its values are)
    and where the data came from."""

    binding: Binding
    values: dict[str, dict[int, float]] = field(default_factory=dict)
    denominators: dict[str, dict[int, float]] = field(default_factory=dict)
    vintage: dict[str, Any] = field(default_factory=dict)
    last_release: date | None = None  # the table's own update time, when it is still updated
    release_rhythm: timedelta | None = None  # how often its periods come (a year, a quarter, a month)
    # computed once per assessment run, shared by the 98 municipalities compared on the same values
    weights: dict[int, tuple[dict[str, float], str]] = field(default_factory=dict, repr=False)
    group_series: dict[tuple[str, ...], Mapping[int, float]] = field(default_factory=dict, repr=False)


def _yearly(points: list[tuple[str, str, float | None]]) -> dict[str, dict[int, float]]:
    out: dict[str, dict[int, float]] = {}
    # one indicator has one frequency, whose DST codes (2024, 2024K1, 2024M01) sort as text
    for area, period, value in sorted(points, key=lambda p: (p[0], p[1])):
        if value is not None:
            out.setdefault(area, {})[parse_period(period).year] = value
    return out


def load_binding(binding: Binding) -> BindingData:
    """Everything an assessment needs from one binding: its stored indicator values (one query) and the
    vintage of the newest answer behind them."""
    data = BindingData(binding)
    indicator = find_indicator(binding)
    if indicator is None:
        return data
    rows = list(
        IndicatorValue.objects.filter(indicator=indicator).values_list("area", "period", "value", "denominator")
    )
    data.values = _yearly([(area, period, value) for area, period, value, _ in rows])
    data.denominators = _yearly([(area, period, below) for area, period, _, below in rows])
    snapshot = (
        Snapshot.objects.filter(series_id=indicator.series_id, kind__in=("data", "file"))
        .order_by("-retrieved_at")
        .only("retrieved_at", "table_updated", "sample_data")
        .first()
    )
    if snapshot is not None and indicator.latest_period:
        latest = parse_period(indicator.latest_period)
        data.vintage = {
            "binding": binding.id,
            "source": binding.source,
            "table": binding.table,
            "latest_period": latest.code,
            "retrieved_at": snapshot.retrieved_at.isoformat(),
            "table_updated": snapshot.table_updated.isoformat() if snapshot.table_updated else None,
            "sample_data": snapshot.sample_data,
        }
        published: datetime | None = snapshot.table_updated
        retired = TableState.objects.filter(source=binding.source, table=binding.table.upper(), active=False)
        if published is not None and not retired.exists():  # a table no longer updated has no next release
            data.last_release, data.release_rhythm = published.date(), _STEP[latest.kind]
    return data
