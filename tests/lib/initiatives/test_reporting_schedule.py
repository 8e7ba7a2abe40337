from datetime import date

from pejling.lib.initiatives.schedule import missing, parse_period_code, period_containing, periods, schedule
from pejling.lib.workdays import WorkCalendar

WORK = WorkCalendar()


def test_periods_of_each_cadence():
    assert period_containing("quarterly", date(2026, 11, 28)).code == "2026K4"
    assert period_containing("monthly", date(2026, 2, 10)).end == date(2026, 2, 28)
    assert period_containing("half_yearly", date(2026, 7, 1)).code == "2026H2"
    assert period_containing("yearly", date(2026, 7, 1)).code == "2026"
    assert [p.code for p in periods("quarterly", date(2026, 2, 1), date(2026, 12, 31))] == [
        "2026K1",
        "2026K2",
        "2026K3",
        "2026K4",
    ]


def test_period_codes_parse_and_bad_ones_do_not():
    assert parse_period_code("2026K3").start == date(2026, 7, 1)
    assert parse_period_code("2026M12").end == date(2026, 12, 31)
    assert parse_period_code("2026H1").end == date(2026, 6, 30)
    assert parse_period_code("2026").end == date(2026, 12, 31)
    for bad in ("2026K5", "2026M13", "2026H3", "26K1", "K1", "2026Q1", ""):
        assert parse_period_code(bad) is None, bad


def test_an_update_is_due_ten_working_days_after_its_period_and_overdue_after():
    slots = schedule(
        "quarterly",
        start=date(2026, 2, 15),
        end=None,
        today=date(2026, 10, 16),
        submitted={"2026K1"},
        work=WORK,
    )
    assert [(s.period.code, s.due, s.state) for s in slots] == [
        ("2026K1", date(2026, 4, 17), "submitted"),  # 31 March + 10 working days: Easter takes three
        ("2026K2", date(2026, 7, 14), "overdue"),
        ("2026K3", date(2026, 10, 14), "overdue"),  # due Wednesday 14 October, overdue from the 15th
        ("2026K4", date(2027, 1, 15), "open"),
    ]
    assert [s.period.code for s in missing(slots)] == ["2026K2", "2026K3"]


def test_an_ended_period_is_due_until_its_due_date_and_an_initiative_ends():
    slots = schedule(
        "quarterly", start=date(2026, 1, 1), end=date(2026, 9, 30), today=date(2026, 10, 14), submitted=(), work=WORK
    )
    assert [(s.period.code, s.state) for s in slots] == [
        ("2026K1", "overdue"),
        ("2026K2", "overdue"),
        ("2026K3", "due"),
    ]
    assert schedule("yearly", start=date(2027, 1, 1), end=None, today=date(2026, 10, 14), submitted=(), work=WORK) == []
