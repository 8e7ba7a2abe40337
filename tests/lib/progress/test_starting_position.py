"""The starting position, hand-computed: value and rank in the base year, the gaps to the comparators in the
unit and relative, and the trend of each gap over the ten years before with its verdict."""

import pytest

from pejling.lib.geography import MUNICIPALITIES
from pejling.lib.progress.starting import GROWN, INCONCLUSIVE, SHRUNK, UNCHANGED, gap_trend, starting_position

RANDERS = "730"


def _values():
    # the others at 10 + their position / 100 in 2024 (at most 10.97); Randers the highest, worst when down is better
    values = {m.code: {2024: 10 + i / 100} for i, m in enumerate(MUNICIPALITIES) if m.code != RANDERS}
    values[RANDERS] = {y: 12.0 + 0.2 * (y - 2014) for y in range(2014, 2025)}  # 12.0 in 2014 … 14.0 in 2024
    return values


def test_value_rank_and_gaps_in_the_base_year():
    country = {y: 11.0 + 0.05 * (y - 2014) for y in range(2014, 2025)}  # 11.0 … 11.5
    start = starting_position(_values(), RANDERS, 2024, -1, [("country", "Hele landet", country)])
    assert (start.year, start.value) == (2024, 14.0)
    assert (start.rank.rank, start.rank.of, start.rank.better) == (98, 98, "lower")
    [gap] = start.gaps
    assert (gap.value, gap.gap, gap.behind) == (11.5, pytest.approx(2.5), True)
    assert gap.relative == pytest.approx(2.5 / 11.5)
    # the gap went from 1.0 (2014) to 2.5 (2024) in a straight line: 0.15 a year, exactly, so the interval is 0
    assert (gap.trend.slope, gap.trend.since, gap.trend.until) == (pytest.approx(0.15), 2014, 2024)
    assert gap.trend.verdict == GROWN


def test_a_base_year_without_a_value_uses_the_latest_before_it():
    values = _values()
    del values[RANDERS][2024]
    start = starting_position(values, RANDERS, 2024, -1, [])
    assert (start.year, start.value, start.rank.of) == (2023, pytest.approx(13.8), 1)  # only Randers has 2023
    assert starting_position({RANDERS: {2025: 1.0}}, RANDERS, 2024, 1, []) is None


@pytest.mark.parametrize(
    ("mine", "verdict"),
    [
        ({y: 10.0 + 0.0 * (y - 2014) for y in range(2014, 2025)}, UNCHANGED),  # the gap stays 0.5
        ({y: 10.0 - 0.1 * (y - 2014) for y in range(2014, 2025)}, SHRUNK),  # the gap falls from 0.5 towards 0
    ],
)
def test_verdicts(mine, verdict):
    theirs = {y: 9.5 for y in range(2014, 2025)}
    assert gap_trend(mine, theirs, 2020).verdict == verdict  # 2014-2020: the gap stays, or goes 0.5 → −0.1


def test_a_noisy_gap_is_inconclusive_and_a_short_one_has_no_trend():
    theirs = {y: 10.0 for y in range(2014, 2025)}
    noisy = {2014: 11.0, 2015: 9.0, 2016: 11.5, 2017: 8.8, 2018: 11.2, 2019: 9.1, 2020: 11.4}
    assert gap_trend(noisy, theirs, 2020).verdict == INCONCLUSIVE
    assert gap_trend({2023: 1.0, 2024: 2.0}, theirs, 2024) is None
