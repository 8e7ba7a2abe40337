"""The Open SDG method's documented examples, reproduced exactly."""

import pytest

from pejling.lib.progress.messages import render
from pejling.lib.progress.opensdg import (
    SeriesSpec,
    evaluate,
    limit_factor,
    score_method_1,
    score_method_2,
)
from pejling.lib.progress.statuses import Result, aggregate


@pytest.mark.parametrize(
    ("ratio", "score"), [(-0.60, -5.0), (-1.0, -5.0), (0.0, -2.5), (0.60, 0.0), (0.95, 2.5), (1.30, 5.0), (2.0, 5.0)]
)
def test_method_2_scores(ratio, score):
    assert score_method_2(ratio) == pytest.approx(score, abs=1e-12)


@pytest.mark.parametrize(
    ("p", "score"), [(-0.02, -5.0), (-0.5, -5.0), (0.0, -2.5), (0.005, 0.0), (0.015, 2.5), (0.02, 5.0), (0.5, 5.0)]
)
def test_method_1_scores(p, score):
    assert score_method_1(p) == pytest.approx(score, abs=1e-12)


def test_method_1_bands_and_a_worked_example():
    # 100 → 110 over five years: CAGR = 1.1^(1/5) − 1 = 1.9245 % ≥ 1.5 %: on track, score 500·P − 5.
    result = evaluate(SeriesSpec({2015: 100.0, 2018: 104.0, 2020: 110.0}, direction=1))
    p = 1.1**0.2 - 1
    assert (result.status, result.method) == ("substantial_progress", "opensdg-1")
    assert result.components["progress_value"] == pytest.approx(p)
    assert result.score == pytest.approx(500 * p - 5)
    down = evaluate(SeriesSpec({2015: 100.0, 2020: 110.0}, direction=-1))
    assert (down.status, down.score) == ("deterioration", pytest.approx(max(125 * -p - 2.5, -5)))
    slow = evaluate(SeriesSpec({2015: 100.0, 2020: 101.0}, direction=1))  # 0.199 % a year
    assert slow.status == "limited_progress"
    medium = evaluate(SeriesSpec({2015: 100.0, 2020: 104.0}, direction=1))  # 0.787 % a year
    assert medium.status == "moderate_progress"
    assert medium.score == pytest.approx(250 * (1.04**0.2 - 1) - 1.25)


def test_method_2_target_achieved_first_then_the_ratio():
    achieved = evaluate(SeriesSpec({2015: 10.0, 2016: 30.0, 2020: 25.0}, direction=1, target=20.0, target_year=2030))
    assert (achieved.status, achieved.score) == ("target_achieved", 5.0)
    # Required: 10 → 20 over 15 years; observed: 10 → 12 over 5 years.
    result = evaluate(SeriesSpec({2015: 10.0, 2020: 12.0}, direction=1, target=20.0, target_year=2030))
    observed, required = 1.2**0.2 - 1, 2 ** (1 / 15) - 1
    assert result.components["cagr_required"] == pytest.approx(required)
    assert result.components["progress_value"] == pytest.approx(observed / required)
    assert result.status == "moderate_progress"  # 3.71 % a year against 4.73 % needed: R = 0.785
    assert result.score == pytest.approx(2.5 * (observed / required - 0.6) / 0.35)
    beyond = evaluate(SeriesSpec({2015: 30.0, 2020: 28.0}, direction=-1, target=20.0, target_year=2030))
    assert beyond.components["progress_value"] == pytest.approx(
        (+1) * (-1) * ((28 / 30) ** 0.2 - 1) / abs((20 / 30) ** (1 / 15) - 1)
    )  # s · d · CAGR_obs / |CAGR_req|


def test_the_natural_limit_factor():
    assert limit_factor(0.0, 0.0) == 1.0  # b ≥ 2L is tested first
    assert limit_factor(200.0, 100.0) == 1.0
    assert limit_factor(100.0, 100.0) == 0.0
    assert limit_factor(50.0, 100.0) == pytest.approx(1 - 0.5**4.44)
    assert limit_factor(150.0, 100.0) == pytest.approx(1 - 0.5**4.44)
    at_limit = evaluate(SeriesSpec({2015: 100.0, 2020: 100.0}, direction=1, limit=100.0))
    assert (at_limit.status, at_limit.score) == ("substantial_progress", 5.0)
    near = evaluate(SeriesSpec({2015: 90.0, 2020: 91.0}, direction=1, limit=100.0))
    c = 1 - 0.9**4.44
    p = (91 / 90) ** 0.2 - 1
    assert near.components["limit_factor"] == pytest.approx(c)
    assert near.status == "moderate_progress"  # 0.22 % a year: between 0.5 %·C = 0.19 % and 1.5 %·C = 0.56 %
    assert near.score == pytest.approx(250 * p / c - 1.25)


@pytest.mark.parametrize(
    ("values", "kwargs", "reason"),
    [
        ({}, {}, ("no_data", {}, "ingen data")),
        ({2015: 5.0}, {}, ("only_base_year", {"base_year": 2015}, "kun data for basisåret 2015")),
        ({2010: 5.0, 2012: 6.0}, {}, ("no_data_from_base_year", {"base_year": 2015}, "ingen data fra basisåret 2015")),
        (
            {2015: -5.0, 2020: 6.0},
            {},
            ("opposite_signs", {}, "basisværdien og den seneste værdi har modsat fortegn"),
        ),
        (
            {2015: 5.0, 2020: 5.5},
            {"target": 5.0, "direction": -1},
            ("target_equals_base", {}, "målværdien er lig basisværdien"),
        ),
    ],
)
def test_not_available_always_says_why(values, kwargs, reason):
    spec = SeriesSpec(values, direction=kwargs.pop("direction", 1), **kwargs)
    result = evaluate(spec)
    code, params, danish = reason
    assert (result.status, result.score, result.reason, result.reason_params) == ("not_available", None, code, params)
    assert render("reason", result.reason, result.reason_params) == danish


def test_edge_cases_base_year_shift_zero_base_and_negative_series():
    shifted = evaluate(SeriesSpec({2016: 10.0, 2019: 11.0}, direction=1, base_year=2015))
    assert (shifted.components["base_year"], shifted.components["requested_base_year"]) == (2016, 2015)
    zero = evaluate(SeriesSpec({2015: 0.0, 2020: 1.0}, direction=1))
    assert zero.components["progress_value"] == pytest.approx((1 / 0.001) ** 0.2 - 1)
    negative = evaluate(SeriesSpec({2015: -100.0, 2020: -50.0}, direction=1))  # less negative is better
    assert negative.components["sign"] == -1
    assert negative.components["progress_value"] == pytest.approx(-((0.5) ** 0.2 - 1))
    assert negative.status == "substantial_progress"


def test_direction_must_be_explicit():
    with pytest.raises(ValueError, match="direction skal være"):
        evaluate(SeriesSpec({2015: 1.0, 2016: 2.0}, direction=0))


def test_indicator_score_is_the_mean_and_achieved_only_if_all_series_are():
    results = [
        Result("substantial_progress", 4.0, "x"),
        Result("limited_progress", -1.0, "x"),
        Result("not_available", None, "x"),
    ]
    combined = aggregate(results)
    assert (combined.status, combined.score) == ("moderate_progress", 1.5)
    assert aggregate([Result("target_achieved", 5.0, "x"), Result("substantial_progress", 5.0, "x")]).status == (
        "substantial_progress"
    )
    assert aggregate([Result("target_achieved", 5.0, "x")] * 2).status == "target_achieved"
    assert aggregate([Result("not_available", None, "x")]).status == "not_available"
    weighted = aggregate(results[:2], weights=[3.0, 1.0])
    assert weighted.score == pytest.approx(2.75)
