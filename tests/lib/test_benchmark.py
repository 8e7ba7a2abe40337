"""Group means, gaps, rank with ties and missing values, the long-run index and the difference in trends."""

import pytest

from pejling.lib.benchmark import compare, group_value, long_run_index, rank, trend_difference
from pejling.lib.geography import MUNICIPALITIES

CODES = [m.code for m in MUNICIPALITIES]


def test_group_value_unweighted_and_weighted_with_missing_members():
    values = {"615": 10.0, "621": 20.0, "630": None}
    value = group_value(values, ["615", "621", "630"], weights={"615": 3.0, "621": 1.0})
    assert (value.unweighted, value.weighted, value.members_used, value.members_missing) == (15.0, 12.5, 2, ("630",))


def test_rank_with_ties_and_missing_municipalities():
    values = {code: float(i) for i, code in enumerate(CODES)}
    values[CODES[10]] = values[CODES[11]]  # a tie
    values[CODES[0]] = None
    higher_is_better = rank(values, CODES[11], direction=1)
    assert (higher_is_better.rank, higher_is_better.of, higher_is_better.tied_with) == (98 - 1 - 11 + 1, 97, 1)
    assert higher_is_better.missing == (CODES[0],)
    lower_is_better = rank(values, CODES[11], direction=-1)
    assert (lower_is_better.rank, lower_is_better.better) == (10, "lower")  # codes 1..9 are lower; 10 and 11 tie
    assert rank(values, CODES[0], 1).rank is None
    assert rank({"000": 1.0, "084": 2.0, "730": 3.0}, "730", 1).of == 1  # country and regions are never ranked


def test_long_run_index():
    assert long_run_index({2010: 50.0, 2011: 55.0, 2015: 40.0}) == pytest.approx({2010: 100.0, 2011: 110.0, 2015: 80.0})
    assert long_run_index({}) == {}


def test_trend_difference_has_the_right_sign_and_an_interval():
    mine = {2015 + i: 100 * 1.03**i for i in range(6)}
    group = {2015 + i: 100 * 1.01**i for i in range(6)}
    difference = trend_difference(mine, group, 2015)
    assert difference.municipality == pytest.approx(0.03)
    assert difference.group == pytest.approx(0.01)
    assert difference.difference == pytest.approx(pytest.approx(0.0198, abs=2e-4))
    assert difference.low == pytest.approx(difference.high)  # exact trends: no uncertainty
    assert trend_difference({2015: 1.0, 2016: 2.0}, {2015: 1.0, 2016: 2.0}, 2015) is None


def test_compare_puts_it_together():
    values = {
        "000": {2020: 10.0, 2021: 11.0, 2022: 12.0},
        "730": {2020: 12.0, 2021: 12.5, 2022: 13.0},
        "615": {2020: 9.0, 2021: 9.5, 2022: 10.0},
        "621": {2020: 11.0, 2021: 12.0, 2022: 14.0},
    }
    result = compare(values, "730", 2022, direction=-1, groups={"Provinsbykommuner": ["615", "621", "730"]})
    assert (result["value"], result["country"], result["gap_to_country"]) == (13.0, 12.0, 1.0)
    assert result["rank"]["rank"] == 2 and result["rank"]["of"] == 3
    group = result["groups"]["Provinsbykommuner"]
    assert group["value"]["unweighted"] == pytest.approx(37 / 3)
    assert group["gap"] == pytest.approx(13 - 37 / 3)
    assert result["index"]["municipality"][2022] == pytest.approx(13 / 12 * 100)
