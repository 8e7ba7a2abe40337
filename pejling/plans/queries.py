"""Read the stored plan for pages and reports."""

from __future__ import annotations

import json

from django.db.models import Prefetch

from pejling.lib.planfile.schema import Binding, PlanFile
from pejling.plans import models


def latest_versions() -> list[models.PlanVersion]:
    """The newest version of every plan, by plan id."""
    versions = []
    for plan in models.Plan.objects.order_by("slug"):
        latest = plan.latest_version()
        if latest is not None:
            versions.append(latest)
    return versions


def plan_version_for_display(slug: str, number: int | None = None) -> models.PlanVersion | None:
    """One plan version (the newest unless ``number``) with everything a page shows, in few queries."""
    versions = models.PlanVersion.objects.filter(plan__slug=slug).select_related("plan")
    versions = versions.prefetch_related(
        Prefetch("goals", queryset=models.Goal.objects.order_by("position")),
        Prefetch("goals__initiatives", queryset=models.Initiative.objects.order_by("position")),
        Prefetch("goals__targets", queryset=models.Target.objects.order_by("position")),
        Prefetch("goals__targets__bindings", queryset=models.Binding.objects.order_by("position")),
        Prefetch("prerequisites", queryset=models.Prerequisite.objects.order_by("position")),
        Prefetch("comparison_groups", queryset=models.ComparisonGroup.objects.order_by("position")),
    )
    if number is not None:
        return versions.filter(number=number).first()
    return versions.order_by("-number").first()


def current_plan_files(plan_slug: str | None = None) -> list[tuple[str, PlanFile]]:
    """The newest version of each plan (or of one) as the validated plan-file model."""
    versions = [v for v in latest_versions() if plan_slug is None or v.plan.slug == plan_slug]
    return [(v.plan.slug, PlanFile.model_validate_json(json.dumps(v.document))) for v in versions]


def current_bindings(plan_slug: str | None = None) -> list[tuple[str, Binding]]:
    """Every binding of the newest plan versions, the peers' structural variables last, as (series key, binding);
    the key is ``plan:binding``."""
    out: list[tuple[str, Binding]] = []
    for slug, plan_file in current_plan_files(plan_slug):
        out += [(f"{slug}:{b.id}", b) for goal in plan_file.goals for target in goal.targets for b in target.bindings]
        if plan_file.peers is not None:
            out += [(f"{slug}:{v.id}", v) for v in plan_file.peers.variables]
    return out
