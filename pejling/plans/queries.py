"""Read the stored plan for pages and reports."""

from __future__ import annotations

import json

from django.conf import settings

from pejling.lib.bindings import plan_bindings
from pejling.lib.planfile.schema import Binding, PlanFile
from pejling.plans import models


def current_plan() -> models.Plan | None:
    """The plan the site shows at ``/`` and commands use by default: ``PEJLING_PLAN`` when set, else the first
    loaded plan by id. None when that plan is not loaded."""
    plans = models.Plan.objects.order_by("slug")
    wanted = settings.PEJLING_PLAN
    return (plans.filter(slug=wanted) if wanted else plans).first()


def latest_versions() -> list[models.PlanVersion]:
    """The newest version of every plan, by plan id."""
    versions = []
    for plan in models.Plan.objects.order_by("slug"):
        latest = plan.latest_version()
        if latest is not None:
            versions.append(latest)
    return versions


_VALIDATED: dict[tuple[int, str], PlanFile] = {}


def validated_file(version: models.PlanVersion) -> PlanFile:
    """A version's plan file as the validated model, parsed once per process: a version never changes."""
    key = (version.pk, version.content_sha256)
    found = _VALIDATED.get(key)
    if found is None:
        found = _VALIDATED[key] = PlanFile.model_validate_json(json.dumps(version.document))
    return found


def current_plan_files(plan_slug: str | None = None) -> list[tuple[str, PlanFile]]:
    """The newest version of each plan (or of one) as the validated plan-file model."""
    versions = [v for v in latest_versions() if plan_slug is None or v.plan.slug == plan_slug]
    return [(v.plan.slug, PlanFile.model_validate_json(json.dumps(v.document))) for v in versions]


def current_bindings(plan_slug: str | None = None) -> list[tuple[str, Binding]]:
    """Every binding of the newest plan versions (the peers' structural variables last) as (``plan:binding``,
    binding)."""
    files = current_plan_files(plan_slug)
    return [(f"{slug}:{b.id}", b) for slug, plan_file in files for b in plan_bindings(plan_file)]
