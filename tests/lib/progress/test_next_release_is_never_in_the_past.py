"""The expected next release is the last release stepped forward by the table's rhythm, never before today."""

from datetime import date, timedelta

from pejling.lib.progress.releases import next_release

YEAR, QUARTER = timedelta(days=365), timedelta(days=91)


def test_a_release_due_in_the_past_moves_to_the_next_on_the_rhythm():
    assert next_release(date(2025, 5, 13), YEAR, date(2026, 12, 1)) == date(2027, 5, 13)
    assert next_release(date(2023, 5, 13), YEAR, date(2026, 12, 1)) == date(2027, 5, 12)  # four steps of 365 days


def test_a_release_still_ahead_is_kept():
    assert next_release(date(2026, 9, 1), QUARTER, date(2026, 11, 28)) == date(2026, 12, 1)
    assert next_release(date(2026, 9, 1), QUARTER, date(2026, 12, 1)) == date(2026, 12, 1)  # today counts
