"""When a Mål's first progress status can be expected: the table's next release (never in the past) brings the
first missing year, each further year a year later."""

from datetime import date, timedelta

from pejling.lib.progress.messages import YEARS_MISSING
from pejling.lib.progress.releases import add_years, first_assessment

YEAR = timedelta(days=365)


def test_one_year_missing_is_the_next_release():
    assert first_assessment(date(2026, 2, 11), YEAR, date(2026, 11, 28), 1) == date(2027, 2, 11)


def test_two_years_missing_add_a_year():
    assert first_assessment(date(2026, 6, 26), YEAR, date(2026, 11, 28), 2) == date(2028, 6, 26)


def test_a_release_long_past_is_stepped_forward_first():
    assert first_assessment(date(2024, 3, 1), YEAR, date(2026, 11, 28), 1) == date(2027, 3, 1)


def test_nothing_missing_means_no_date():
    assert first_assessment(date(2026, 6, 26), YEAR, date(2026, 11, 28), 0) is None


def test_a_quarterly_table_still_adds_whole_years():
    quarter = timedelta(days=91)
    assert first_assessment(date(2026, 11, 1), quarter, date(2026, 11, 28), 3) == date(2029, 1, 31)


def test_29_february():
    assert add_years(date(2028, 2, 29), 1) == date(2029, 2, 28)


def test_years_missing_per_reason():
    assert YEARS_MISSING["too_few_years"]({"points": 1, "needed": 3, "base_year": 2024}) == 2
    assert YEARS_MISSING["only_base_year"]({"base_year": 2024}) == 1
    assert YEARS_MISSING["no_data_from_base_year"]({"base_year": 2024}) == 2
