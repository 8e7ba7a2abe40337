"""The derive step as a stored layer: each indicator's values per area and aligned period, computed once from
its series' observations whenever those change (sync, import, local data), read by everything after it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.db import transaction
from django.db.models import Q

from pejling.lib.bindings import IndicatorRequest, SeriesRequest, indicator_request
from pejling.lib.derive import DERIVE_VERSION, Obs, Point, indicator_series
from pejling.lib.periods import parse_period
from pejling.lib.planfile.schema import Binding
from pejling.stats.models import Indicator, IndicatorValue, Observation, Series


def series_for(request: SeriesRequest, now: datetime) -> Series:
    """The stored series of a slice, created on first use."""
    series, _ = Series.objects.get_or_create(
        key=request.key,
        defaults={
            "source": request.source,
            "table": request.table,
            "selection": request.canonical(),
            "label": request.label[:1000],
            "created_at": now,
        },
    )
    return series


def ensure_indicator(request: IndicatorRequest, now: datetime) -> Indicator:
    """The stored indicator, created (and computed) on first use, computed again when made by an older rule."""
    indicator = Indicator.objects.filter(key=request.key).select_related("series", "denominator").first()
    if indicator is None:
        indicator = Indicator.objects.create(
            key=request.key,
            series=series_for(request.value, now),
            denominator=series_for(request.denominator, now) if request.denominator else None,
            derivation=request.derivation,
            period_alignment=request.period_alignment,
        )
    if indicator.derive_version != DERIVE_VERSION:
        compute(indicator, now)
    return indicator


def ensure_indicators(bindings: Iterable[Binding], now: datetime) -> list[Indicator]:
    """Every binding's indicator, for a plan just loaded or about to be assessed."""
    return [ensure_indicator(indicator_request(binding), now) for binding in bindings]


def find_indicator(binding: Binding) -> Indicator | None:
    """The stored indicator a binding names (None before the first load, sync or assess made it); read only."""
    return Indicator.objects.filter(key=indicator_request(binding).key).select_related("series", "denominator").first()


def _observations(series_id: int | None) -> list[Obs]:
    if series_id is None:
        return []
    rows = Observation.objects.filter(series_id=series_id).values_list("area", "period", "dims", "value", "snapshot_id")
    return [Obs(area, period, dims, value, snapshot) for area, period, dims, value, snapshot in rows]


def compute(indicator: Indicator, now: datetime) -> int:
    """Derive the indicator from its stored observations and replace its values; returns how many."""
    top = _observations(indicator.series_id)
    points = indicator_series(
        top, indicator.derivation, indicator.period_alignment, _observations(indicator.denominator_id)
    )
    periods = {o.period for o in top if o.value is not None}
    with transaction.atomic():
        IndicatorValue.objects.filter(indicator=indicator).delete()
        IndicatorValue.objects.bulk_create(
            [
                IndicatorValue(
                    indicator=indicator,
                    area=p.area,
                    period=p.period,
                    value=p.value,
                    note=p.note[:300],
                    numerator=p.numerator,
                    denominator=p.denominator,
                    snapshot_id=p.snapshot,
                    denominator_snapshot_id=p.denominator_snapshot,
                )
                for p in points
            ],
            batch_size=2000,
        )
        indicator.latest_period = max(periods, key=parse_period) if periods else ""
        indicator.derive_version, indicator.computed_at = DERIVE_VERSION, now
        indicator.save(update_fields=["latest_period", "derive_version", "computed_at"])
    return len(points)


def refresh_indicators(series_ids: Iterable[int], now: datetime) -> int:
    """Compute again every indicator that reads any of these series; returns how many indicators."""
    ids = set(series_ids)
    if not ids:
        return 0
    indicators = Indicator.objects.filter(Q(series_id__in=ids) | Q(denominator_id__in=ids))
    count = 0
    for indicator in indicators:
        compute(indicator, now)
        count += 1
    return count


def stored_points(indicator: Indicator | None, area: str | None = None) -> list[Point]:
    """The stored values of an indicator (one area when given), sorted by area and period."""
    if indicator is None:
        return []
    rows = IndicatorValue.objects.filter(indicator=indicator)
    if area is not None:
        rows = rows.filter(area=area)
    points = [
        Point(*row)
        for row in rows.values_list(
            "area", "period", "value", "note", "numerator", "denominator", "snapshot_id", "denominator_snapshot_id"
        )
    ]
    return sorted(points, key=lambda p: (p.area, parse_period(p.period)))


def binding_points(binding: Binding, area: str | None = None) -> list[Point]:
    """The stored indicator values of a binding (one area when given)."""
    return stored_points(find_indicator(binding), area)
