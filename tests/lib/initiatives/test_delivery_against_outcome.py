from datetime import date

from pejling.lib.initiatives.delivery import DELIVERED, HALTED, LATE, ON_TIME, Placement, delivery, grid, trend

TODAY = date(2026, 11, 28)


def test_delivery_from_status_milestones_and_dates():
    assert delivery("stopped", today=TODAY, start=None, end=None, open_due=[]) == HALTED
    assert (
        delivery("completed", today=TODAY, start=None, end=date(2026, 1, 1), open_due=[date(2026, 1, 1)]) == DELIVERED
    )
    assert (
        delivery("in_progress", today=TODAY, start=date(2026, 1, 1), end=None, open_due=[date(2026, 12, 1)]) == ON_TIME
    )
    assert delivery("in_progress", today=TODAY, start=None, end=None, open_due=[date(2026, 11, 27)]) == LATE
    assert delivery("delayed", today=TODAY, start=None, end=None, open_due=[]) == LATE
    assert delivery("in_progress", today=TODAY, start=None, end=date(2026, 11, 27), open_due=[]) == LATE
    assert delivery("not_started", today=TODAY, start=date(2026, 11, 1), end=None, open_due=[]) == LATE
    assert delivery("not_started", today=TODAY, start=date(2027, 1, 1), end=None, open_due=[]) == ON_TIME


def test_trend_of_each_assessment_status():
    assert [trend(s) for s in ("substantial_progress", "limited_progress", "deterioration", "inconclusive", None)] == [
        "improving",
        "flat",
        "worsening",
        "not_assessable",
        "not_assessable",
    ]


def test_the_grid_has_every_cell_and_the_two_questions():
    placed = [Placement("4.i1", "4.1", ON_TIME, "flat"), Placement("4.i2", "4.1", LATE, "improving")]
    cells = grid(placed)
    assert len(cells) == 16
    assert cells[(ON_TIME, "flat")] == [placed[0]]
    assert placed[0].question == "delivered_no_move"
    assert placed[1].question == "moves_without_delivery"
    assert Placement("x", "y", DELIVERED, "improving").question is None
