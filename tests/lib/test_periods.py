from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pejling.lib.periods import Period, PeriodError, parse_period


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("2024", Period(date(2024, 1, 1), date(2024, 12, 31), "year", "2024")),
        ("2024K1", Period(date(2024, 1, 1), date(2024, 3, 31), "quarter", "2024K1")),
        ("2024Q4", Period(date(2024, 10, 1), date(2024, 12, 31), "quarter", "2024K4")),
        ("2024M02", Period(date(2024, 2, 1), date(2024, 2, 29), "month", "2024M02")),
        ("2024U01", Period(date(2024, 1, 1), date(2024, 1, 7), "week", "2024U01")),
        ("2021:2025", Period(date(2021, 1, 1), date(2025, 12, 31), "window", "2021:2025")),
        ("2023/2024", Period(date(2023, 8, 1), date(2024, 7, 31), "school_year", "2023/2024")),
        ("2022QMAT04", Period(date(2022, 1, 1), date(2022, 12, 31), "moving_year", "2022QMAT04")),
        ("2020QMAT02", Period(date(2019, 7, 1), date(2020, 6, 30), "moving_year", "2020QMAT02")),
    ],
)
def test_it_parses_every_dst_time_code(code, expected):
    assert parse_period(code) == expected


def test_the_year_a_period_counts_as_is_its_end_year():
    assert parse_period("2021:2025").year == 2025
    assert parse_period("2023/2024").year == 2024
    assert parse_period("2024K3").year == 2024
    assert parse_period("2024K3").label_en == "2024Q3"


@pytest.mark.parametrize("code", ["2024K5", "2024M13", "2020U54", "2025:2021", "2023/2025", "24", "2024-01", ""])
def test_it_rejects_bad_codes_naming_them(code):
    with pytest.raises(PeriodError, match=repr(code).replace("[", r"\[")):
        parse_period(code)


def test_periods_sort_by_start():
    codes = ["2024K2", "2023", "2024K1", "2024M01"]
    assert [p.code for p in sorted(map(parse_period, codes))] == ["2023", "2024M01", "2024K1", "2024K2"]


@given(st.integers(1900, 2100), st.sampled_from(["", "K1", "K2", "K3", "K4", "M01", "M12", "U10"]))
def test_canonical_codes_round_trip(year, suffix):
    code = f"{year}{suffix}"
    period = parse_period(code)
    assert parse_period(period.code) == period
    assert period.code == code
    assert period.start <= period.end
