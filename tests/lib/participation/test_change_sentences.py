"""What followers are told about an initiative: one sentence per audit row, by action."""

from __future__ import annotations

from pejling.lib.participation.changes import describe


def test_each_action_has_its_sentence():
    assert describe("initiative.change", {"status": "not_started"}, {"status": "delayed"}) == (
        "Status ændret fra %(old)s til %(new)s.",
        {"old": "Ikke startet", "new": "Forsinket"},
    )
    assert describe("initiative.change", None, {"status": "in_progress"})[1] == {"old": "Ikke startet", "new": "I gang"}
    assert describe("initiative.change", {"status": "in_progress"}, {"status": "in_progress"}) == (
        "Initiativets oplysninger er ændret.",
        {},
    )
    assert describe("milestone.save", None, {"title": "Sti", "due": "2027-01-01"}) == (
        "Ny milepæl: %(title)s (frist %(due)s).",
        {"title": "Sti", "due": "2027-01-01"},
    )
    assert describe("milestone.save", {"title": "Sti", "done": False}, {"title": "Sti", "done": True})[0] == (
        "Milepæl nået: %(title)s."
    )
    assert describe("update.submit", None, {"period": "2026K4", "status": "in_progress", "progress": 40}) == (
        "Ny statusopdatering for %(period)s: %(status)s, %(progress)s %% gennemført.",
        {"period": "2026K4", "status": "I gang", "progress": 40},
    )
    assert describe("period.lock", None, {}) is None  # not about the initiative's progress
