"""Load a validated plan file into the database: idempotent, versioned, all-or-nothing."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import transaction

from pejling.changes import announce
from pejling.lib.bindings import plan_bindings
from pejling.lib.planfile.diff import Change, diff_documents
from pejling.lib.planfile.schema import PlanFile
from pejling.plans import models
from pejling.stats.indicators import ensure_indicators


@dataclass
class LoadOutcome:
    """What loading did (or, in a dry run, would do)."""

    plan_slug: str
    action: str  # "create", "new_version" or "unchanged"
    version_number: int
    changes: list[Change] = field(default_factory=list)
    committed: bool = False


def document_of(plan_file: PlanFile) -> dict[str, Any]:
    """The canonical JSON form of a validated plan; comments and formatting do not affect it."""
    return plan_file.model_dump(mode="json")


def content_hash(document: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def plan_load(
    plan_file: PlanFile, *, source_text: str, source_path: str, now: datetime, commit: bool, actor: Any = None
) -> LoadOutcome:
    """Compare the file with the latest stored version; with ``commit`` write a new version if needed. Every
    Mål whose interpretation is new or changed gets an audit row naming ``actor``."""
    document = document_of(plan_file)
    digest = content_hash(document)
    plan = models.Plan.objects.filter(slug=plan_file.plan.id).first()
    latest = plan.latest_version() if plan else None
    if latest is None:
        outcome = LoadOutcome(plan_file.plan.id, "create", 1, diff_documents({}, document))
    elif latest.content_sha256 == digest:
        return LoadOutcome(plan_file.plan.id, "unchanged", latest.number)
    else:
        outcome = LoadOutcome(
            plan_file.plan.id, "new_version", latest.number + 1, diff_documents(latest.document, document)
        )
    if commit:
        with transaction.atomic():
            plan = plan or models.Plan.objects.create(
                slug=plan_file.plan.id, municipality_code=plan_file.plan.municipality
            )
            _write_version(plan, outcome.version_number, plan_file, document, digest, source_text, source_path, now)
            audit_interpretations(actor, now, plan, outcome.version_number)
            ensure_indicators(plan_bindings(plan_file), now)  # the series its bindings read, shared with others
            announce("plan")
        outcome.committed = True
    return outcome


def _write_version(
    plan: models.Plan,
    number: int,
    plan_file: PlanFile,
    document: dict[str, Any],
    digest: str,
    source_text: str,
    source_path: str,
    now: datetime,
) -> models.PlanVersion:
    meta = plan_file.plan
    entity = _Entities(plan)
    version = models.PlanVersion.objects.create(
        plan=plan,
        number=number,
        content_sha256=digest,
        document=document,
        source_text=source_text,
        source_path=source_path,
        loaded_at=now,
        title=meta.title,
        status=meta.status,
        adopted=meta.adopted,
        horizon_min_years=meta.horizon.min_years,
        horizon_max_years=meta.horizon.max_years,
        intro=meta.intro or "",
        source_document=meta.source_document or "",
    )
    for position, goal in enumerate(plan_file.goals):
        priority = meta.priorities.index(goal.id) + 1 if goal.id in meta.priorities else None
        goal_row = models.Goal.objects.create(
            version=version,
            entity=entity(models.PlanEntity.Kind.GOAL, goal.id),
            key=goal.id,
            number=goal.number,
            title=goal.title,
            intro=goal.intro,
            initiatives_intro=goal.initiatives_intro or "",
            priority=priority,
            position=position,
        )
        models.Initiative.objects.bulk_create(
            models.Initiative(
                goal=goal_row,
                entity=entity(models.PlanEntity.Kind.INITIATIVE, item.id),
                key=item.id,
                text=item.text,
                owner=item.owner or "",
                position=i,
            )
            for i, item in enumerate(goal.initiatives)
        )
        for target_position, target in enumerate(goal.targets):
            rule = target.interpretation
            target_row = models.Target.objects.create(
                goal=goal_row,
                entity=entity(models.PlanEntity.Kind.TARGET, target.id),
                key=target.id,
                text=target.text,
                direction=target.direction,
                ambition=target.ambition or "",
                base_year=rule.base_year,
                target_year=rule.target_year,
                long_view_year=rule.long_view_year,
                rule=rule.rule,
                target_value=rule.target_value,
                relative_change_percent=rule.relative_change_percent,
                decided=rule.decided,
                interpretation_note=rule.note or "",
                note=target.note or "",
                position=target_position,
            )
            models.Binding.objects.bulk_create(
                models.Binding(
                    target=target_row,
                    entity=entity(models.PlanEntity.Kind.BINDING, binding.id),
                    key=binding.id,
                    label=binding.label,
                    source=binding.source,
                    table=binding.table,
                    area_variable=binding.area_variable or "",
                    time_variable=binding.time_variable,
                    select=binding.select,
                    measure=binding.measure or "",
                    derivation=binding.derivation.model_dump(mode="json"),
                    unit=binding.unit,
                    period_alignment=binding.period_alignment,
                    verified=binding.verified,
                    note=binding.note or "",
                    position=i,
                )
                for i, binding in enumerate(target.bindings)
            )
    models.Prerequisite.objects.bulk_create(
        models.Prerequisite(
            version=version,
            entity=entity(models.PlanEntity.Kind.PREREQUISITE, p.id),
            key=p.id,
            title=p.title,
            short_title=p.short_title or "",
            text=p.text,
            position=i,
        )
        for i, p in enumerate(plan_file.prerequisites)
    )
    models.ComparisonGroup.objects.bulk_create(
        models.ComparisonGroup(
            version=version,
            key=group.id,
            name=group.name,
            members=group.members,
            rationale=group.rationale,
            valid_from=group.valid_from,
            valid_to=group.valid_to,
            source=group.source or "",
            is_default=group.id == meta.default_comparison_group,
            position=i,
        )
        for i, group in enumerate(plan_file.comparison_groups)
    )
    return version


class _Entities:
    """The plan's lasting identities, made on first use: the same (kind, key) in every version is one entity."""

    def __init__(self, plan: models.Plan) -> None:
        self.plan = plan
        self.known = {(e.kind, e.key): e for e in plan.entities.all()}

    def __call__(self, kind: str, key: str) -> models.PlanEntity:
        found = self.known.get((kind, key))
        if found is None:
            found = self.known[(kind, key)] = models.PlanEntity.objects.create(plan=self.plan, kind=kind, key=key)
        return found


def interpretation_history(plan_slug: str, target_key: str) -> list[dict[str, Any]]:
    """Each version's interpretation of one Mål, oldest first, so a changed goalpost is visible."""
    rows = (
        models.Target.objects.filter(goal__version__plan__slug=plan_slug, key=target_key)
        .select_related("goal__version")
        .order_by("goal__version__number")
    )
    return [
        {
            "version": row.goal.version.number,
            "loaded_at": row.goal.version.loaded_at,
            "base_year": row.base_year,
            "target_year": row.target_year,
            "rule": row.rule,
            "target_value": row.target_value,
            "relative_change_percent": row.relative_change_percent,
            "decided": row.decided,
            "note": row.interpretation_note,
        }
        for row in rows
    ]


INTERPRETATION_FIELDS = (
    "direction",
    "ambition",
    "base_year",
    "target_year",
    "rule",
    "target_value",
    "relative_change_percent",
    "decided",
    "interpretation_note",
)


def _interpretation(row: models.Target) -> dict[str, Any]:
    return {name: getattr(row, name) for name in INTERPRETATION_FIELDS}


def audit_interpretations(actor: Any, now: datetime, plan: models.Plan, number: int) -> None:
    """An audit row for each Mål of version ``number`` whose interpretation differs from the version before."""
    from pejling.audit.trail import record_fact

    rows = models.Target.objects.filter(goal__version__plan=plan, goal__version__number__in=[number - 1, number])
    by_version: dict[int, dict[int, models.Target]] = {number - 1: {}, number: {}}
    for row in rows.select_related("goal__version", "entity"):
        by_version[row.goal.version.number][row.entity_id] = row
    for entity_id, row in sorted(by_version[number].items(), key=lambda item: item[1].key):
        old = by_version[number - 1].get(entity_id)
        before = _interpretation(old) if old is not None else None
        after = _interpretation(row)
        if before != after:
            record_fact(actor, now, "interpretation.change", row, before=before, after=after, subject=row.entity)
