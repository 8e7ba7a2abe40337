"""The robust variant: fitted trend with a 90 % interval, "Uafklaret", negative series, thresholds."""

import math

import pytest
from scipy import stats  # type: ignore[import-untyped]

from pejling.lib.progress.opensdg import SeriesSpec, score_method_1
from pejling.lib.progress.projection import project, required_pace
from pejling.lib.progress.robust import evaluate_robust, evaluate_threshold, fit

STEADY = {2015 + i: 100 * 1.02**i for i in range(8)}  # exactly 2 % a year


def test_a_steady_series_gets_its_exact_growth_and_a_clear_status():
    result = evaluate_robust(SeriesSpec(STEADY, direction=1))
    assert result.status == "substantial_progress"
    assert result.components["trend_growth"] == pytest.approx(0.02)
    low, high = result.components["trend_interval"]
    assert low == pytest.approx(0.02) and high == pytest.approx(0.02)
    assert result.components["scale"] == "log"


def test_the_interval_is_the_t_interval_of_the_log_slope():
    values = {2015: 10.0, 2016: 10.4, 2017: 10.1, 2018: 10.9, 2019: 10.7, 2020: 11.3}
    result = evaluate_robust(SeriesSpec(values, direction=1))
    years = sorted(values)
    slope, _, _, _, se = stats.linregress(years, [math.log(values[y]) for y in years])
    half = stats.t.ppf(0.95, len(years) - 2) * se
    assert result.components["trend_interval"] == pytest.approx(
        [math.exp(slope - half) - 1, math.exp(slope + half) - 1]
    )
    assert result.components["trend_growth"] == pytest.approx(math.exp(slope) - 1)


def test_a_noisy_series_is_inconclusive_with_the_range_shown():
    noisy = {2015: 10.0, 2016: 12.5, 2017: 9.1, 2018: 12.0, 2019: 9.8}
    result = evaluate_robust(SeriesSpec(noisy, direction=1))
    assert result.status == "inconclusive"
    assert result.label == "Uafklaret"
    assert result.components["possible"] == ["deterioration", "substantial_progress"]
    assert result.score is None  # only conclusive statuses carry a score; the estimate is kept beside it
    assert result.components["score_estimate"] == pytest.approx(score_method_1(result.components["progress_value"]))
    low, high = result.components["progress_interval"]
    assert low < 0 < 0.015 < high


def test_too_few_points_since_the_base_year():
    result = evaluate_robust(SeriesSpec({2023: 5.0, 2024: 5.1, 2025: 5.2}, direction=1, base_year=2024))
    assert result.status == "not_available"
    assert (result.reason, result.reason_params) == ("too_few_years", {"points": 2, "base_year": 2024, "needed": 3})


def test_series_that_cross_zero_use_a_linear_trend():
    values = {2015: -2.0, 2016: -1.0, 2017: 0.0, 2018: 1.0, 2019: 2.0}
    result = evaluate_robust(SeriesSpec(values, direction=1))
    assert result.components["scale"] == "linear"
    assert result.components["trend_growth"] == pytest.approx(1.0 / (6 / 5))  # slope ÷ mean |y|
    assert result.status == "substantial_progress"


def test_a_target_value_uses_the_ratio_bands():
    result = evaluate_robust(SeriesSpec(STEADY, direction=1, target=130.0, target_year=2030))
    required = (130 / 100) ** (1 / 15) - 1
    assert result.components["cagr_required"] == pytest.approx(required)
    assert result.components["progress_value"] == pytest.approx(0.02 / required)
    assert result.status == "substantial_progress"  # 2 % a year against 1.76 % needed
    slow = evaluate_robust(SeriesSpec(STEADY, direction=1, target=200.0, target_year=2035))
    assert slow.status == "limited_progress"  # 2 % against 3.53 %: R = 0.57
    achieved = evaluate_robust(SeriesSpec(STEADY, direction=1, target=110.0, target_year=2035))
    assert achieved.status == "target_achieved"


@pytest.mark.parametrize(
    ("values", "status"),
    [
        ({2020: 150.0, 2021: 180.0, 2022: 210.0}, "target_achieved"),
        ({2020: -150.0, 2021: -180.0, 2022: -210.0}, "target_not_achieved"),
        ({2020: -150.0, 2021: 40.0, 2022: 260.0}, "inconclusive"),
    ],
)
def test_threshold_targets_are_binary_unless_the_interval_crosses(values, status):
    assert evaluate_threshold(SeriesSpec(values, direction=1), 0.0).status == status


def test_projection_and_required_pace_in_people():
    [p2035, p2040] = project(STEADY, 2015, [2035, 2040])
    assert p2035.value == pytest.approx(100 * 1.02**20)
    assert p2040.value == pytest.approx(100 * 1.02**25)
    assert p2035.low == pytest.approx(p2035.value) and p2035.high == pytest.approx(p2035.value)
    pace = required_pace(2024, 72.0, 75.0, 2035, today_year=2026, denominator=63_000, percent=True)
    assert (pace.from_year, pace.years_left) == (2026, 9)
    assert pace.per_year == pytest.approx(3 / 9)
    assert pace.people_per_year == pytest.approx(3 / 9 / 100 * 63_000)
    assert pace.sentence("pct.-point", "i beskæftigelse") == (
        "≈ +0,33 pct.-point om året i 9 år (≈ 210 flere i beskæftigelse om året)"
    )
    assert required_pace(2024, 72.0, 75.0, 2024, today_year=2026) is None


def test_fit_matches_numpy_polyfit():
    values = {2015: 3.0, 2016: 5.0, 2017: 4.0, 2018: 8.0}
    f = fit(values, log_scale=False)
    import numpy as np

    slope, intercept = np.polyfit(list(values), list(values.values()), 1)
    assert f.slope == pytest.approx(slope)
    assert f.intercept + f.slope * (2015 - f.t_mean) == pytest.approx(intercept + slope * 2015)
