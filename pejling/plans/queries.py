"""Read the stored plan for pages and reports."""

from __future__ import annotations

from django.db.models import Prefetch

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
