"""Reading stored assessments for commands, pages and the API."""

from __future__ import annotations

from datetime import date
from typing import Any

from pejling.lib.geography import area_name
from pejling.plans.models import Plan
from pejling.plans.queries import current_plan
from pejling.progress.labels import status_labels
from pejling.progress.models import Assessment, RollUp


def plan_status(
    plan_slug: str | None = None, *, area: str | None = None, as_of: date | None = None
) -> dict[str, Any] | None:
    """The plan's statuses for one municipality on one as-of date (the latest by default), with components."""
    plan = current_plan() if plan_slug is None else Plan.objects.filter(slug=plan_slug).first()
    version = plan.latest_version() if plan else None
    if plan is None or version is None:
        return None
    area = area or plan.municipality_code
    rows = Assessment.objects.filter(plan_version=version, area=area)
    as_of = as_of or rows.order_by("-as_of").values_list("as_of", flat=True).first()
    if as_of is None:
        return None
    by_target = {r.target_id: r for r in rows.filter(as_of=as_of)}
    rollups = {r.goal_id: r for r in RollUp.objects.filter(plan_version=version, area=area, as_of=as_of)}
    goals = []
    for goal in version.goals.order_by("position"):
        targets = []
        for target in goal.targets.order_by("position"):
            row = by_target.get(target.entity_id)
            if row is None:
                continue
            targets.append(
                {
                    "target": target.key,
                    "text": target.text,
                    "status": row.status,
                    **status_labels(row.status),
                    "score": row.score,
                    "method": row.method,
                    "reason": row.reason,
                    "decided": target.decided,
                    "interpretation_label": "" if target.decided else "Fortolkning — ikke politisk vedtaget",
                    "base_year": row.base_year,
                    "base_value": row.base_value,
                    "current_year": row.current_year,
                    "current_value": row.current_value,
                    "target_value": row.target_value,
                    "target_year": row.target_year,
                    "direction": row.direction,
                    "cagr_observed": row.cagr_observed,
                    "cagr_required": row.cagr_required,
                    "progress_value": row.progress_value,
                    "interval": [row.interval_low, row.interval_high],
                    "data_vintage": row.data_vintage,
                    "next_update": row.next_update,
                    "change_note": row.change_note,
                    "components": row.components,
                    "benchmark": row.benchmark,
                    "projection": row.projection,
                    "required_pace": row.required_pace,
                }
            )
        roll = rollups.get(goal.entity_id)
        goals.append(
            {
                "goal": goal.key,
                "number": goal.number,
                "title": goal.title,
                "priority": goal.priority,
                "rollup": {"mean_score": roll.mean_score if roll else None, "counts": roll.counts if roll else {}},
                "targets": targets,
            }
        )
    plan_roll = rollups.get(None)
    return {
        "plan": plan.slug,
        "plan_version": version.number,
        "title": version.title,
        "area": area,
        "area_name": area_name(area),
        "as_of": as_of.isoformat(),
        "rollup": {
            "mean_score": plan_roll.mean_score if plan_roll else None,
            "counts": plan_roll.counts if plan_roll else {},
        },
        "goals": goals,
    }
