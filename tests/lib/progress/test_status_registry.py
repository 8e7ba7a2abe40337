"""One status registry: order, icons, whether a status carries a score, and labels in both languages through
the gettext catalogue."""

from django.utils.translation import override

from pejling.lib.progress.statuses import (
    INCONCLUSIVE,
    NOT_AVAILABLE,
    ORDER,
    STATUSES,
    SUBSTANTIAL,
    TARGET_ACHIEVED,
    Result,
    aggregate,
    in_order,
)
from pejling.progress.labels import status_labels, status_view


def test_order_is_the_registry_order_not_the_alphabet():
    assert ORDER == [
        "target_achieved",
        "substantial_progress",
        "moderate_progress",
        "limited_progress",
        "deterioration",
        "target_not_achieved",
        "inconclusive",
        "not_available",
    ]
    assert in_order({"not_available": 2, "deterioration": 1, "target_achieved": 3}) == [
        ("target_achieved", 3),
        ("deterioration", 1),
        ("not_available", 2),
    ]


def test_only_conclusive_statuses_carry_a_score():
    assert [code for code, status in STATUSES.items() if not status.carries_score] == [INCONCLUSIVE, NOT_AVAILABLE]
    assert len({status.icon for status in STATUSES.values()}) == len(STATUSES)


def test_labels_in_danish_and_english_come_from_the_catalogue():
    assert status_labels(SUBSTANTIAL) == {"label_da": "På rette spor", "label_en": "On track"}
    assert status_labels(INCONCLUSIVE) == {"label_da": "Uafklaret", "label_en": "Inconclusive"}
    with override("en"):
        english = {code: status_view(code)["label"] for code in ORDER}
    assert english == {
        "target_achieved": "Target achieved",
        "substantial_progress": "On track",
        "moderate_progress": "Progress made but acceleration needed",
        "limited_progress": "Limited progress",
        "deterioration": "Deterioration",
        "target_not_achieved": "Target not achieved",
        "inconclusive": "Inconclusive",
        "not_available": "Not available",
    }
    with override("da"):
        assert status_view(TARGET_ACHIEVED) == {"code": "target_achieved", "icon": "✔", "label": "Mål nået"}


def test_aggregate_counts_only_statuses_that_carry_a_score():
    results = [
        Result(SUBSTANTIAL, 4.0, "m"),
        Result(INCONCLUSIVE, 1.0, "m"),
        Result(NOT_AVAILABLE, None, "m"),
    ]
    combined = aggregate(results)
    assert (combined.status, combined.score) == ("substantial_progress", 4.0)  # "Uafklaret" carries no score
    undecided = aggregate([Result(INCONCLUSIVE, None, "m"), Result(NOT_AVAILABLE, None, "m")])
    assert (undecided.status, undecided.score, undecided.reason) == (
        "inconclusive",
        None,
        "no_series_conclusive",
    )
