"""Indicator values are stored once per indicator: exactly what lib/derive gives on the stored observations
(each side of a ratio aligned by its own rule), and computed again when a sync revises their series."""

import pytest

from pejling.lib.derive import Obs, indicator_series
from pejling.lib.fakestat.server import FakeConfig
from pejling.plans.queries import current_bindings
from pejling.stats.indicators import find_indicator
from pejling.stats.models import IndicatorValue, Observation
from tests.stats.conftest import run_sync

pytestmark = pytest.mark.django_db
RATIO = "auk01-andel-overfoersel"


def _observations(series):
    rows = Observation.objects.filter(series=series).values_list("area", "period", "dims", "value", "snapshot_id")
    return [Obs(*row) for row in rows]


def _stored(indicator):
    fields = ("area", "period", "value", "note", "numerator", "denominator", "snapshot_id", "denominator_snapshot_id")
    return sorted(IndicatorValue.objects.filter(indicator=indicator).values_list(*fields))


def _derived(binding, indicator):
    points = indicator_series(
        _observations(indicator.series),
        indicator.derivation,
        binding.period_alignment,
        _observations(indicator.denominator),
    )
    return sorted(
        (p.area, p.period, p.value, p.note, p.numerator, p.denominator, p.snapshot, p.denominator_snapshot)
        for p in points
    )


def test_stored_values_are_the_derivation_of_the_stored_cells(randers, statbank_client, fake):
    run_sync(statbank_client, only={RATIO})
    binding = next(b for _, b in current_bindings() if b.id == RATIO)
    indicator = find_indicator(binding)
    assert _stored(indicator) == _derived(binding, indicator)
    [row] = IndicatorValue.objects.filter(indicator=indicator, area="730", period="2024")
    quarters = Observation.objects.filter(series=indicator.denominator, area="730", period__startswith="2024K")
    assert quarters.count() == 4 * 3  # three age bands (16-64, 16-65, 16-66) a quarter
    in_2024 = [q.value for q in quarters if q.dims["ALDER"] == "16-66"]  # the pension age is 67 from 2022
    assert row.denominator == pytest.approx(sum(in_2024) / 4)  # FOLK1A's own year_mean
    assert row.value == pytest.approx(row.numerator / row.denominator * 100)

    before = _stored(indicator)
    fake.config = FakeConfig(revision=3, updated={"AUK01": "2026-12-01T08:00:00"})
    run, [result] = run_sync(statbank_client, only={RATIO})
    assert result.counts["revised"] > 0 and run.counts["indicators_computed"] == 1
    indicator.refresh_from_db()
    assert _stored(indicator) == _derived(binding, indicator)
    assert _stored(indicator) != before
