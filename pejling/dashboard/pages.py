"""What the public pages show, read from stored plan versions, assessments and observations (no network)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Max
from django.utils.translation import gettext as _

from pejling.lib.charts import sparkline
from pejling.lib.geography import area_name
from pejling.lib.planfile.schema import PlanFile
from pejling.lib.progress.starting import comparable_gaps
from pejling.lib.progress.statuses import (
    DETERIORATION,
    NOT_AVAILABLE,
    STATUSES,
    TARGET_NOT_ACHIEVED,
    in_order,
)
from pejling.plans.models import Plan, PlanVersion
from pejling.plans.queries import current_plan, latest_versions, validated_file
from pejling.progress.labels import change_texts, status_view
from pejling.progress.models import Assessment, RollUp
from pejling.stats.models import SyncRun


@dataclass(frozen=True)
class Current:
    """The plan the site shows: its row, newest version, validated file, and the municipality."""

    plan: Plan
    version: PlanVersion
    plan_file: PlanFile
    area: str
    is_default: bool = True


def current(plan_slug: str | None = None) -> Current | None:
    """The default plan (``current_plan()``), or the loaded plan with this id; None when there is none."""
    default = current_plan()
    plan = default if plan_slug is None else Plan.objects.filter(slug=plan_slug).first()
    version = plan.latest_version() if plan is not None else None
    if plan is None or version is None:
        return None
    plan_file = validated_file(version)
    return Current(plan, version, plan_file, plan.municipality_code, default is not None and plan.pk == default.pk)


def other_plans(c: Current) -> list[dict[str, Any]]:
    """The other loaded plans, for links: id, title, municipality, whether it is the default at ``/``."""
    default = current_plan()
    out = []
    for version in latest_versions():
        if version.plan_id != c.plan.pk:
            is_default = default is not None and version.plan_id == default.pk
            out.append({"slug": version.plan.slug, "title": version.title, "default": is_default})
    return out


def page_context(c: Current | None) -> dict[str, Any]:
    """What every public page's base template needs: the plan, its municipality, freshness and the other plans
    (``plan_slug`` for links that keep the visitor's plan, ``{% plan_url %}``)."""
    if c is None:
        return {"plan_slug": None, "plan": None, "municipality": "", "freshness": freshness(), "other_plans": []}
    return {
        "plan_slug": None if c.is_default else c.plan.slug,
        "plan": c.version,
        "municipality": area_name(c.area),
        "freshness": freshness(),
        "other_plans": other_plans(c),
    }


def latest_as_of(c: Current) -> Any:
    return Assessment.objects.filter(plan_version=c.version).aggregate(latest=Max("as_of"))["latest"]


def freshness() -> dict[str, Any]:
    run = SyncRun.objects.filter(kind="sync").exclude(finished_at=None).order_by("-finished_at").first()
    return {
        "synced_at": run.finished_at if run else None,
        "status": run.status if run else None,
        "sample_data": bool(run and run.sample_data),
    }


WRONG_WAY = (DETERIORATION, TARGET_NOT_ACHIEVED)


def latest_rows(c: Current, as_of: Any) -> dict[int, Assessment]:
    """The municipality's assessments on ``as_of`` by their Mål's lasting identity."""
    return {r.target_id: r for r in Assessment.objects.filter(plan_version=c.version, area=c.area, as_of=as_of)}


def summary(roll: RollUp | None) -> dict[str, Any]:
    """A roll-up as shown: how many Mål it covers and how many of them can be assessed (carry a score), the
    mean score of those only, and the counts per status in the registry's order."""
    counts = roll.counts if roll else {}
    return {
        "total": sum(counts.values()),
        "scored": sum(n for status, n in counts.items() if STATUSES[status].carries_score),
        "mean_score": roll.mean_score if roll else None,
        "counts": [status_view(s) | {"count": n} for s, n in in_order(counts)],
    }


def forside(c: Current) -> dict[str, Any]:
    as_of = latest_as_of(c)
    rollups = {r.goal_id: r for r in RollUp.objects.filter(plan_version=c.version, area=c.area, as_of=as_of)}
    rows = latest_rows(c, as_of)
    goals: list[dict[str, Any]] = []
    wrong_way: list[dict[str, Any]] = []
    for goal in c.version.goals.order_by("position"):
        listed = target_rows(c, goal, rows)
        goals.append({"goal": goal, "targets": listed} | summary(rollups.get(goal.entity_id)))
        wrong_way += [t for t in listed if t["status"]["code"] in WRONG_WAY]
    return {
        "goals": goals,
        "wrong_way": wrong_way,
        "as_of": as_of,
        "plan_summary": summary(rollups.get(None)),
        "changes": recent_changes(c),
        "first_assessed": Assessment.objects.filter(plan_version__plan=c.plan, area=c.area)
        .order_by("as_of")
        .values_list("as_of", flat=True)
        .first(),
        "prerequisites": c.version.prerequisites.order_by("position"),
    }


RECENT_DATES = 5  # "Ændret siden sidst" looks at the latest five assessment dates


def recent_changes(c: Current) -> list[dict[str, Any]]:
    """What changed at each of the latest assessment dates, newest first, Mål by Mål in the plan's order:
    new data, revisions, changed interpretations and statuses (a first assessment is not a change)."""
    rows = Assessment.objects.filter(plan_version__plan=c.plan, area=c.area)
    dates = list(rows.order_by("-as_of").values_list("as_of", flat=True).distinct()[:RECENT_DATES])
    targets = {
        t.entity_id: t for goal in c.version.goals.order_by("position") for t in goal.targets.order_by("position")
    }
    order = {entity: i for i, entity in enumerate(targets)}
    found = []
    for as_of, target_id, changes in rows.filter(as_of__in=dates).values_list("as_of", "target_id", "changes"):
        shown = [change for change in changes if change["code"] != "first"]
        if shown and target_id in targets:
            found.append({"date": as_of, "target": targets[target_id], "changes": change_texts(shown)})
    return sorted(found, key=lambda item: (-item["date"].toordinal(), order[item["target"].entity_id]))


def goal_page(c: Current, goal_key: str) -> dict[str, Any] | None:
    goal = c.version.goals.filter(key=goal_key).first()
    if goal is None:
        return None
    as_of = latest_as_of(c)
    rows = latest_rows(c, as_of)
    targets = target_rows(c, goal, rows)
    return {"goal": goal, "targets": targets, "initiatives": goal.initiatives.order_by("position"), "as_of": as_of}


def target_rows(c: Current, goal: Any, rows: dict[int, Assessment]) -> list[dict[str, Any]]:
    """A målsætning's Mål as lists show them: status, sparkline, latest value, rank, country and group."""
    out = []
    for target in goal.targets.order_by("position"):
        row = rows.get(target.entity_id)
        inputs = _main_inputs(row)
        unit = unit_of(c, target.key)
        out.append(
            {
                "target": target,
                "row": row,
                "status": status_view(row.status if row else NOT_AVAILABLE),
                "spark": sparkline(inputs, description=_("Udviklingen i %(target)s") % {"target": target.text})
                if inputs
                else None,
                "country": (row.benchmark or {}).get("country") if row else None,
                "group": _default_group_value(c, row),
                "rank": ((row.benchmark or {}).get("rank") or {}) if row else {},
                "unit": unit,
                "start": _glance_start(row, unit),
            }
        )
    return out


def _glance_start(row: Assessment | None, unit: str) -> dict[str, Any] | None:
    """The starting position in brief: year, rank and the distance in the Mål's unit (percentage points for a
    share) to the first comparator (the country, else the group), from the stored assessment."""
    start = row.starting_position if row else None
    if not start:
        return None
    gap = next((g for g in comparable_gaps(start["gaps"], unit) if g["gap"] is not None), None)
    return {
        "year": start["year"],
        "rank": start["rank"],
        "gap": gap,
        "distance": abs(gap["gap"]) if gap else None,
        "unit": _("procentpoint") if unit.startswith("pct") else unit,
    }


def unit_of(c: Current, target_key: str) -> str:
    """The unit of a Mål's main series (its first binding's)."""
    target = next((t for g in c.plan_file.goals for t in g.targets if t.id == target_key), None)
    return target.bindings[0].unit if target and target.bindings else ""


def _main_inputs(row: Assessment | None) -> dict[int, float]:
    if row is None:
        return {}
    main = row.components.get("main_binding")
    for series in row.components.get("series", []):
        if series.get("binding") == main:
            return {int(y): v for y, v in series.get("inputs", {}).items()}
    return {}


def _default_group_value(c: Current, row: Assessment | None) -> float | None:
    if row is None or not row.benchmark:
        return None
    name = next(
        (g.name for g in c.plan_file.comparison_groups if g.id == c.plan_file.plan.default_comparison_group), None
    )
    group = row.benchmark.get("groups", {}).get(name or "")
    return group["value"]["unweighted"] if group else None
