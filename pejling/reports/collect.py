"""A report's figures for one as-of date, read only from stored history: the newest assessment of each Mål on
or before that date (with the series, references and starting position stored with it), the initiatives as the
audit trail recorded them by the end of that day, and the decisions and updates since the previous report.
The same date read again gives the same figures, whatever has happened since."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings

from pejling.audit.history import entries_between, states_at
from pejling.editor.models import BudgetLine, InitiativeRecord, InitiativeUpdate, Milestone
from pejling.lib.geography import area_name
from pejling.lib.initiatives import delivery as grid_rules
from pejling.lib.initiatives.statuses import NOT_STARTED
from pejling.lib.planfile.direction import parse_direction
from pejling.lib.planfile.schema import Binding, PlanFile
from pejling.lib.progress.statuses import NOT_AVAILABLE
from pejling.lib.reports.fingerprint import as_json
from pejling.lib.reports.since import changes_since
from pejling.lib.reports.summary import goalposts, summary
from pejling.lib.sources import SAMPLE_PRODUCER, SOURCES, provenance
from pejling.plans.models import Plan, PlanEntity, PlanVersion
from pejling.plans.queries import validated_file
from pejling.progress.models import Assessment

FORMAT_VERSION = 1


def end_of(day: date) -> datetime:
    """The last moment of ``day`` in the municipality's time zone: what had happened "by" an as-of date."""
    return datetime.combine(day, time.max, tzinfo=ZoneInfo(settings.TIME_ZONE))


def version_at(plan: Plan, as_of: date) -> PlanVersion:
    """The plan version loaded by the end of ``as_of`` (the first version for an earlier date)."""
    versions = plan.versions.order_by("-number")
    return versions.filter(loaded_at__lte=end_of(as_of)).first() or versions.order_by("number").first()  # type: ignore[return-value]


def _bindings(plan_file: PlanFile) -> dict[str, Binding]:
    return {b.id: b for g in plan_file.goals for t in g.targets for b in t.bindings}


def _goalpost(row: Assessment | None, decided: bool) -> dict[str, Any]:
    if row is None:
        return {}
    return {
        "base_year": row.base_year,
        "base_value": row.base_value,
        "target_value": row.target_value,
        "target_year": row.target_year,
        "decided": bool(row.components.get("interpretation", {}).get("decided", decided)),
        "plan_version": row.plan_version.number,
        "as_of": row.as_of.isoformat(),
    }


def _target(
    stored: Any, goal_key: str, row: Assessment | None, first: Assessment | None, bindings: dict[str, Binding]
) -> dict[str, Any]:
    planned = _target_bindings(stored, bindings)
    main_id = (row.components.get("main_binding") if row else None) or (planned[0].id if planned else "")
    binding = bindings.get(main_id)
    series: dict[str, Any] = next(
        (s for s in (row.components.get("series", []) if row else []) if s.get("binding") == main_id), {}
    )
    vintage = row.data_vintage if row else []
    sample = any(v.get("sample_data") for v in vintage if v.get("binding") == main_id)
    source = binding.source if binding else ""
    return {
        "key": stored.key,
        "goal": goal_key,
        "text": stored.text,
        "label": binding.label if binding else "",
        "unit": binding.unit if binding else "",
        "producer": SAMPLE_PRODUCER if sample else (SOURCES[source].producer if source in SOURCES else ""),
        "status": row.status if row else NOT_AVAILABLE,
        "score": row.score if row else None,
        "method": row.method if row else "",
        "reason_code": row.reason_code if row else "",
        "reason_params": row.reason_params if row else {},
        "reason": row.reason if row else "",
        "assessed_on": row.as_of.isoformat() if row else None,
        "decided": stored.decided,
        "interpretation": row.components.get("interpretation", {}) if row else {},
        "direction": row.direction if row else (1 if parse_direction(stored.direction).better == "up" else -1),
        "base_year": row.base_year if row else stored.base_year,
        "base_value": _base_value(row, series.get("inputs", {})),
        "current_year": row.current_year if row else None,
        "current_value": row.current_value if row else None,
        "target_year": row.target_year if row else stored.target_year,
        "target_value": row.target_value if row else None,
        "inputs": series.get("inputs", {}),
        "references": (row.references if row else None) or {"series": [], "versus": []},
        "start": row.starting_position if row else None,
        "projection": row.projection if row else [],
        "vintage": vintage,
        "provenance": _provenance(binding, vintage, sample) if binding else None,
        "next_update": row.next_update.isoformat() if row and row.next_update else None,
        "original": _goalpost(first, stored.decided),
        "current": _goalpost(row, stored.decided),
    }


def _provenance(binding: Binding, vintage: list[dict[str, Any]], sample: bool) -> dict[str, Any]:
    """What the Mål's source line names (lib/sources.provenance words it): source, table, whether Pejling
    derived the figure, whether it is sample data, the period and the retrieval time."""
    used = next((v for v in vintage if v.get("binding") == binding.id), {})
    return {
        "source": binding.source,
        "table": binding.table,
        "derived": binding.derivation.kind != "identity",
        "sample": sample,
        "latest_period": used.get("latest_period"),
        "retrieved_at": used.get("retrieved_at"),
    }


def _base_value(row: Assessment | None, inputs: dict[str, float]) -> float | None:
    """The assessment's base value; for a Mål not yet assessable, the series' value in the base year."""
    if row is None or row.base_value is not None:
        return row.base_value if row else None
    return inputs.get(str(row.base_year)) if row.base_year else None


def _target_bindings(stored: Any, bindings: dict[str, Binding]) -> list[Binding]:
    """The plan file's bindings of a stored Mål."""
    keys = {b.key for b in stored.bindings.all()}
    return [b for key, b in bindings.items() if key in keys]


def _assessments(plan: Plan, as_of: date) -> tuple[dict[int, Assessment], dict[int, Assessment]]:
    """The newest and the first assessment of each Mål (by its lasting identity) for the plan's municipality."""
    rows = (
        Assessment.objects.filter(plan_version__plan=plan, area=plan.municipality_code, as_of__lte=as_of)
        .select_related("plan_version")
        .order_by("as_of", "plan_version__number")
    )
    latest: dict[int, Assessment] = {}
    first: dict[int, Assessment] = {}
    for row in rows:
        latest[row.target_id] = row
        first.setdefault(row.target_id, row)
    return latest, first


def _money(lines: list[dict[str, Any]]) -> dict[str, str] | None:
    if not lines:
        return None
    planned = sum((Decimal(x.get("planned") or 0) for x in lines), Decimal(0))
    spent = sum((Decimal(x.get("spent") or 0) for x in lines), Decimal(0))
    return {"planned": str(planned), "spent": str(spent)}


def _initiatives(plan: Plan, plan_file: PlanFile, as_of: date, trends: dict[str, str]) -> list[dict[str, Any]]:
    """Each initiative of the plan file as the audit trail recorded it by the end of ``as_of``."""
    entities = {e.key: e.pk for e in plan.entities.filter(kind=PlanEntity.Kind.INITIATIVE)}
    until = end_of(as_of)
    by_subject: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for name, model in (("record", InitiativeRecord), ("milestones", Milestone), ("budget", BudgetLine)):
        by_subject[name] = {}
        for subject, state in states_at(model, until, entities.values()):
            by_subject[name].setdefault(subject, []).append(state)
    by_subject["updates"] = {}
    for subject, state in states_at(InitiativeUpdate, until, entities.values()):
        by_subject["updates"].setdefault(subject, []).append(state)
    prefix = f"{plan.slug}:target:"
    out = []
    for goal in plan_file.goals:
        for initiative in goal.initiatives:
            pk = entities.get(initiative.id, 0)
            record = (by_subject["record"].get(pk) or [{}])[0]
            milestones = sorted(by_subject["milestones"].get(pk, []), key=lambda m: (m["due"], m["id"]))
            updates = sorted(by_subject["updates"].get(pk, []), key=lambda u: u["submitted_at"])
            last = updates[-1] if updates else None
            status = record.get("status") or NOT_STARTED
            start, end = record.get("start"), record.get("end")
            delivered = grid_rules.delivery(
                status,
                today=as_of,
                start=date.fromisoformat(start) if start else None,
                end=date.fromisoformat(end) if end else None,
                open_due=[date.fromisoformat(m["due"]) for m in milestones if not m["done"]],
            )
            linked = sorted(t.removeprefix(prefix) for t in record.get("targets", []) if t.startswith(prefix))
            out.append(
                {
                    "key": initiative.id,
                    "goal": goal.id,
                    "title": initiative.text,
                    "status": status,
                    "status_reason": record.get("status_reason", ""),
                    "forvaltning": record.get("forvaltning"),
                    "start": start,
                    "end": end,
                    "last_update": {k: last[k] for k in ("period", "submitted_at", "status", "progress", "text")}
                    if last
                    else None,
                    "milestones": [{k: m[k] for k in ("title", "due", "done", "done_on")} for m in milestones],
                    "budget": _money(by_subject["budget"].get(pk, [])),
                    "delivery": delivered,
                    "targets": [
                        {
                            "key": key,
                            "trend": trends.get(key, grid_rules.NOT_ASSESSABLE),
                            "question": grid_rules.QUESTIONS.get(
                                (delivered, trends.get(key, grid_rules.NOT_ASSESSABLE))
                            ),
                        }
                        for key in linked
                    ],
                    "updates": updates,
                }
            )
    return out


def _sources(targets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every table behind the report once, with its producer, licence and the newest answer used (Danish
    msgids; the narrative translates them)."""
    found: dict[tuple[str, str, bool], dict[str, Any]] = {}
    for target in targets:
        for v in target["vintage"]:
            source, table, sample = v.get("source", ""), v.get("table", ""), bool(v.get("sample_data"))
            if source not in SOURCES:
                continue
            key = (source, table.upper(), sample)
            entry = found.setdefault(key, provenance(source, table, sample=sample) | {"periods": [], "retrieved": []})
            entry["periods"].append(v.get("latest_period"))
            entry["retrieved"].append(v.get("retrieved_at"))
    return [
        {k: v for k, v in entry.items() if k not in ("periods", "retrieved")}
        | {
            "latest_period": max((p for p in entry["periods"] if p), default=None),
            "retrieved_at": max((r for r in entry["retrieved"] if r), default=None),
        }
        for _, entry in sorted(found.items())
    ]


def _events(
    plan: Plan, after: datetime | None, until: datetime, initiatives: list[dict[str, Any]]
) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    """The interpretation decisions per Mål key and the initiative updates submitted in (after, until]."""
    targets = dict(plan.entities.filter(kind=PlanEntity.Kind.TARGET).values_list("pk", "key"))
    decisions: dict[str, list[dict[str, Any]]] = {}
    for entry in entries_between("interpretation.change", targets, after, until):
        state = entry.after or {}
        decisions.setdefault(targets[entry.subject_id or 0], []).append(
            {
                "at": entry.at.isoformat(),
                "by": entry.actor_label,
                "decided": bool(state.get("decided")),
                "note": state.get("interpretation_note") or "",
            }
        )
    updates = [
        {"initiative": i["key"]} | {k: u[k] for k in ("period", "submitted_at", "status", "progress")}
        for i in initiatives
        for u in i["updates"]
        if (after is None or datetime.fromisoformat(u["submitted_at"]) > after)
    ]
    return decisions, sorted(updates, key=lambda u: (u["submitted_at"], u["initiative"]))


def collect(plan: Plan, as_of: date, *, language: str, previous: Any = None) -> dict[str, Any]:
    """The report's data for ``as_of`` (JSON-ready, language-independent apart from ``language`` itself);
    ``previous`` is the archived report it is compared with (None: the first report)."""
    version = version_at(plan, as_of)
    plan_file = validated_file(version)
    bindings = _bindings(plan_file)
    latest, first = _assessments(plan, as_of)
    targets = []
    goals: list[dict[str, Any]] = []
    for goal in version.goals.order_by("position").prefetch_related("targets__bindings"):
        keys = []
        for stored in goal.targets.order_by("position"):
            row, original = latest.get(stored.entity_id), first.get(stored.entity_id)
            targets.append(_target(stored, goal.key, row, original, bindings))
            keys.append(stored.key)
        goals.append({"key": goal.key, "number": goal.number, "title": goal.title, "targets": keys})
    trends = {t["key"]: grid_rules.trend(t["status"]) for t in targets}
    initiatives = _initiatives(plan, plan_file, as_of, trends)
    for entry in goals:
        entry["initiatives"] = [i["key"] for i in initiatives if i["goal"] == entry["key"]]
    after = end_of(previous.as_of) if previous is not None else None
    decisions, updates = _events(plan, after, end_of(as_of), initiatives)
    for initiative in initiatives:
        del initiative["updates"]
    data: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "plan": {
            "slug": plan.slug,
            "title": version.title,
            "version": version.number,
            "municipality": plan.municipality_code,
            "municipality_name": area_name(plan.municipality_code),
        },
        "as_of": as_of.isoformat(),
        "language": language,
        "since": {"fingerprint": previous.fingerprint, "as_of": previous.as_of.isoformat()} if previous else None,
        "goals": goals,
        "targets": targets,
        "initiatives": initiatives,
        "summary": summary(targets),
        "goalposts": goalposts(targets),
        "sources": _sources(targets),
    }
    data["changes"] = changes_since(
        previous.content["data"] if previous is not None else None, data, decisions=decisions, updates=updates
    )
    return as_json(data)  # type: ignore[no-any-return]
