"""Indicator series from stored observations (no network): the derive step of the data path."""

from __future__ import annotations

from pejling.lib.derive import Obs, Point, indicator_series
from pejling.lib.planfile.schema import Binding
from pejling.stats.models import Observation


def _observations(series_key: str, role: str, area: str | None) -> list[Obs]:
    rows = Observation.objects.filter(series_key=series_key, role=role)
    if area is not None:
        rows = rows.filter(area=area)
    return [Obs(r.area, r.period, r.dims, r.value) for r in rows.only("area", "period", "dims", "value")]


def binding_series(series_key: str, binding: Binding, area: str | None = None) -> list[Point]:
    """The binding's indicator per area and aligned period (one area when given)."""
    return indicator_series(
        _observations(series_key, "value", area),
        binding.derivation.model_dump(mode="json"),
        binding.period_alignment,
        _observations(series_key, "denominator", area),
    )
