"""lib/reports/summary.py: the report's one-page summary and its goalposts, by hand."""

from pejling.lib.progress.starting import comparable_gaps
from pejling.lib.reports.summary import goalposts, summary


def _start(behind):
    return {"gaps": [{"kind": "group", "behind": not behind}, {"kind": "country", "behind": behind}]}


TARGETS = [
    {"key": "1.1", "unit": "pct.", "status": "deterioration", "start": _start(True)},
    {"key": "1.2", "unit": "pct.", "status": "substantial_progress", "start": _start(False)},
    {"key": "4.1", "unit": "virksomheder", "status": "limited_progress", "start": _start(True)},
    {"key": "5.1", "unit": "pct.", "status": "not_available", "start": None},
    {"key": "5.2", "unit": "pct.", "status": "target_not_achieved", "start": _start(True)},
]


def test_the_summary_counts_statuses_the_start_and_the_wrong_way():
    assert summary(TARGETS) == {
        "targets": 5,
        "assessable": 4,
        "counts": [
            {"status": "substantial_progress", "count": 1},
            {"status": "limited_progress", "count": 1},
            {"status": "deterioration", "count": 1},
            {"status": "target_not_achieved", "count": 1},
            {"status": "not_available", "count": 1},
        ],
        "behind_country": 2,  # 1.1 and 5.2; 4.1 is a count, never set against the country's total
        "compared_with_country": 3,
        "wrong_way": ["1.1", "5.2"],
    }


def test_goalposts_name_what_moved():
    original = {"base_year": 2024, "base_value": 3.3, "target_value": 2.64, "target_year": 2035, "decided": False}
    current = original | {"base_year": 2019, "base_value": 3.5, "target_value": 2.8, "decided": True}
    rows = goalposts([{"key": "1.1", "original": original, "current": current}, {"key": "1.2"}])
    assert rows == [
        {
            "key": "1.1",
            "original": original,
            "current": current,
            "moved": ["base_year", "base_value", "target_value", "decided"],
        },
        {"key": "1.2", "original": {}, "current": {}, "moved": []},
    ]


def test_comparable_gaps_leave_out_the_country_for_counts_only():
    gaps = [{"kind": "country", "gap": -4000.0}, {"kind": "group", "gap": 2434.9}]
    assert comparable_gaps(gaps, "virksomheder") == [{"kind": "group", "gap": 2434.9}]
    assert comparable_gaps(gaps, "pct.") == gaps
