"""The initiatives on the public pages: each with its status, last update, milestones and budget; its own page;
and Levering × effekt — every initiative's delivery against the trend of each Mål it is meant to move."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pejling.dashboard.pages import Current, latest_as_of, latest_rows
from pejling.editor.models import Milestone
from pejling.editor.queries import InitiativeView, initiative_views
from pejling.lib.initiatives import delivery as grid_rules
from pejling.plans.models import Target


@dataclass
class PublicInitiative:
    view: InitiativeView
    delivery: str
    targets: list[dict[str, Any]] = field(default_factory=list)  # key, text, trend

    @property
    def key(self) -> str:
        return self.view.key

    @property
    def milestones(self) -> list[Milestone]:
        return list(self.view.record.milestones.all()) if self.view.record.pk else []

    @property
    def budget(self) -> dict[str, Decimal] | None:
        lines = list(self.view.record.budget_lines.all()) if self.view.record.pk else []
        if not lines:
            return None
        return {
            "planned": sum((x.planned for x in lines), Decimal(0)),
            "spent": sum((x.spent for x in lines), Decimal(0)),
        }

    @property
    def updates(self) -> list[Any]:
        return list(self.view.record.updates.all()) if self.view.record.pk else []


def _trends(c: Current) -> dict[int, str]:
    rows = latest_rows(c, latest_as_of(c))
    return {entity_id: grid_rules.trend(row.status) for entity_id, row in rows.items()}


def public_initiatives(c: Current, today: date, *, goal_key: str | None = None) -> list[PublicInitiative]:
    """The plan's initiatives (or one målsætning's) with their delivery and the trends of their Mål."""
    trends = _trends(c)
    targets = {t.entity_id: t for t in Target.objects.filter(goal__version=c.version)}
    found = []
    for view in initiative_views(c.version, today):
        if goal_key is not None and view.initiative.goal.key != goal_key:
            continue
        record = view.record
        open_due = [m.due for m in record.milestones.all() if not m.done] if record.pk else []
        delivered = grid_rules.delivery(
            record.status, today=today, start=record.start, end=record.end, open_due=open_due
        )
        linked = [
            {"key": targets[e.pk].key, "text": targets[e.pk].text, "trend": trends.get(e.pk, grid_rules.NOT_ASSESSABLE)}
            for e in (record.targets.all() if record.pk else [])
            if e.pk in targets
        ]
        found.append(PublicInitiative(view, delivered, sorted(linked, key=lambda t: t["key"])))
    return found


def delivery_grid(items: list[PublicInitiative]) -> dict[str, Any]:
    """The Levering × effekt table: a row per delivery, a column per trend, each cell its (initiative, Mål)
    pairs and the question it raises; initiatives not yet linked to a Mål listed apart."""
    placements = [
        grid_rules.Placement(item.key, target["key"], item.delivery, target["trend"])
        for item in items
        for target in item.targets
    ]
    cells = grid_rules.grid(placements)
    rows = [
        {
            "delivery": d,
            "cells": [
                {"trend": t, "placements": cells[(d, t)], "question": grid_rules.QUESTIONS.get((d, t))}
                for t in grid_rules.TRENDS
            ],
        }
        for d in grid_rules.DELIVERY
    ]
    questions = sorted({p.question for p in placements if p.question})
    return {
        "trends": list(grid_rules.TRENDS),
        "rows": rows,
        "unlinked": [item for item in items if not item.targets],
        "questions": [grid_rules.QUESTION_TEXTS[q] for q in questions],
        "empty": not placements,
    }


def initiative_page(c: Current, key: str, today: date, now: datetime) -> dict[str, Any] | None:
    items = public_initiatives(c, today)
    item = next((i for i in items if i.key == key), None)
    if item is None:
        return None
    return {"item": item, "goal": item.view.initiative.goal, "now": now, "grid": delivery_grid([item])}
