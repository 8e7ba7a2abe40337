from datetime import date

from pejling.lib.workdays import WorkCalendar

WORK = WorkCalendar()


def test_public_holidays_and_the_extra_days_off_are_not_working_days():
    assert WORK.day_off(date(2026, 4, 2)) == "Skærtorsdag"
    assert WORK.day_off(date(2026, 4, 6)) == "Anden påskedag"
    assert WORK.day_off(date(2026, 5, 14)) == "Kristi himmelfartsdag"
    assert WORK.day_off(date(2026, 6, 5)) == "Grundlovsdag"
    assert WORK.day_off(date(2026, 12, 24)) == "Juleaftensdag"
    assert WORK.day_off(date(2026, 12, 31)) == "Nytårsaften"
    assert WORK.day_off(date(2026, 12, 5)) == "weekend"
    assert WORK.day_off(date(2026, 5, 1)) is None  # 1. maj is a working day unless configured
    assert WORK.day_off(date(2026, 5, 8)) is None  # store bededag was abolished from 2024


def test_configured_days_off_replace_the_defaults():
    with_may_day = WorkCalendar(["Arbejdernes kampdag"])
    assert with_may_day.day_off(date(2026, 5, 1)) == "Arbejdernes kampdag"
    assert with_may_day.day_off(date(2026, 6, 5)) is None


def test_adding_working_days_skips_easter_and_christmas():
    # Tuesday 31 March 2026 + 3 working days: Wednesday 1 April, (Thu–Mon Easter), Tuesday 7, Wednesday 8
    assert WORK.add(date(2026, 3, 31), 3) == date(2026, 4, 8)
    # 10 working days after the end of 2026K4 (Thursday 31 December): 4–8 and 11–15 January 2027
    assert WORK.add(date(2026, 12, 31), 10) == date(2027, 1, 15)
    assert WORK.add(date(2027, 1, 15), -10) == date(2026, 12, 30)
    assert WORK.add(date(2026, 12, 26), 0) == date(2026, 12, 28)
    assert WORK.between(date(2026, 12, 23), date(2027, 1, 4)) == 4  # 28, 29, 30 December and 4 January
    assert WORK.between(date(2027, 1, 4), date(2026, 12, 23)) == -4
