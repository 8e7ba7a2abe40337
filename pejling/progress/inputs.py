"""What an assessment reads from storage: yearly indicator values per area, denominators, data vintage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from pejling.lib.derive import Obs
from pejling.lib.periods import parse_period
from pejling.lib.planfile.schema import Binding, RatioDerivation, ShareDerivation
from pejling.stats.models import Observation, Snapshot
from pejling.stats.series import binding_series

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
    """One binding's yearly values per area, its denominators (people) and where the data came from."""

    series_key: str
    binding: Binding
    values: dict[str, dict[int, float]] = field(default_factory=dict)
    denominators: dict[str, dict[int, float]] = field(default_factory=dict)
    vintage: dict[str, Any] = field(default_factory=dict)
    next_update: date | None = None


def _yearly(points: list[tuple[str, str, float | None]]) -> dict[str, dict[int, float]]:
    out: dict[str, dict[int, float]] = {}
    for area, period, value in sorted(points, key=lambda p: (p[0], parse_period(p[1]))):
        if value is not None:
            out.setdefault(area, {})[parse_period(period).year] = value
    return out


def load_binding(series_key: str, binding: Binding) -> BindingData:
    """Everything an assessment needs from one binding, in a few queries."""
    data = BindingData(series_key, binding)
    data.values = _yearly([(p.area, p.period, p.value) for p in binding_series(series_key, binding)])
    derivation = binding.derivation
    if isinstance(derivation, RatioDerivation):
        rows = Observation.objects.filter(series_key=series_key, role="denominator")
        data.denominators = _yearly([(r.area, r.period, r.value) for r in rows])
    elif isinstance(derivation, ShareDerivation):
        rows = Observation.objects.filter(series_key=series_key, role="value")
        cells = [
            Obs(r.area, r.period, r.dims, r.value)
            for r in rows
            if r.dims.get(derivation.variable) in derivation.denominator
        ]
        totals: dict[tuple[str, str], float] = {}
        for cell in cells:
            if cell.value is not None:
                totals[(cell.area, cell.period)] = totals.get((cell.area, cell.period), 0.0) + cell.value
        data.denominators = _yearly([(a, p, v) for (a, p), v in totals.items()])
    snapshot = Snapshot.objects.filter(series_key=series_key, role="value").order_by("-retrieved_at").first()
    latest = Observation.objects.filter(series_key=series_key, role="value", value__isnull=False)
    periods = sorted({parse_period(p) for p in latest.values_list("period", flat=True).distinct()})
    if snapshot is not None and periods:
        data.vintage = {
            "binding": binding.id,
            "source": binding.source,
            "table": binding.table,
            "latest_period": periods[-1].code,
            "retrieved_at": snapshot.retrieved_at.isoformat(),
            "table_updated": snapshot.table_updated.isoformat() if snapshot.table_updated else None,
            "sample_data": snapshot.sample_data,
        }
        published: datetime | None = snapshot.table_updated
        if published is not None:
            data.next_update = (published + _STEP[periods[-1].kind]).date()
    return data
