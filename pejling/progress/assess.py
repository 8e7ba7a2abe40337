"""`pejling assess`: a status per Mål × municipality for one as-of date, with every component, stored
idempotently (re-running the same date replaces that date's rows), plus roll-ups per målsætning and plan."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Any

from django.db import transaction

from pejling.changes import announce
from pejling.lib.benchmark import compare, versus
from pejling.lib.bindings import plan_bindings
from pejling.lib.geography import COUNTRY, MUNICIPALITIES
from pejling.lib.planfile.schema import Binding, PlanFile, Target
from pejling.lib.progress import METHODS
from pejling.lib.progress.interpretation import reading_of, target_value
from pejling.lib.progress.messages import YEARS_MISSING, render
from pejling.lib.progress.opensdg import SeriesSpec
from pejling.lib.progress.projection import as_dict, project, required_pace
from pejling.lib.progress.releases import first_assessment, next_release
from pejling.lib.progress.statuses import NOT_AVAILABLE, STATUSES, Result, aggregate, not_available
from pejling.plans.models import PlanEntity, PlanVersion
from pejling.progress.explain import danish_note, explain_change
from pejling.progress.inputs import BindingData, load_binding
from pejling.progress.models import Assessment, RollUp
from pejling.progress.peers import compute_peers, neighbours
from pejling.progress.shared import SharedComputations, groups_key
from pejling.progress.starting import comparators, start_of
from pejling.rows import insert_rows

MUNICIPALITY_LIST = [m.code for m in MUNICIPALITIES]
PEERS_GROUP = "Statistiske naboer"
STORED = [f.attname for f in Assessment._meta.concrete_fields if not f.primary_key]  # what insert_rows writes


@dataclass
class AssessSummary:
    plan: str
    as_of: date
    assessments: int
    statuses: dict[str, int]


def _series_result(data: BindingData, area: str, target: Target, method: str) -> tuple[Result, dict[str, Any]]:
    reading = reading_of(target)
    values = data.values.get(area, {})
    if not values:
        return not_available(method, "no_data_for_binding", {"binding": data.binding.label or data.binding.id}), {}
    base_year = reading.base_year or max(values)
    base_years = [y for y in sorted(values) if y >= base_year]
    base_value = values[base_years[0]] if base_years else None
    goal = target_value(target, base_value)
    spec = SeriesSpec(values, reading.direction, base_year, goal, reading.target_year)
    result = METHODS[method](spec, reading.threshold)
    extra: dict[str, Any] = {
        "binding": data.binding.id,
        "unit": data.binding.unit,
        "inputs": values,
        "target_value": goal,
        "projection": [as_dict(p) for p in project(values, base_year, [reading.target_year, reading.long_view_year])],
    }
    return result, extra


def _weights(data: BindingData, population: dict[str, dict[int, float]], year: int) -> tuple[dict[str, float], str]:
    """Weights for the weighted group mean: the indicator's own denominator, else the population (computed once
    per binding and year)."""
    if year in data.weights:
        return data.weights[year]
    source, label = (
        (data.denominators, "nævneren / the denominator")
        if data.denominators
        else (population, "befolkningen / the population")
    )
    weights = {}
    for code, by_year in source.items():
        usable = [y for y in by_year if y <= year]
        if usable:
            weights[code] = by_year[max(usable)]
    data.weights[year] = (weights, label)
    return weights, label


def population_series(
    plan_file: PlanFile, load: Callable[[Binding], BindingData] = load_binding
) -> tuple[str, dict[str, dict[int, float]]]:
    """The population per area and year, from any binding that is FOLK1A's total (e.g. a peer variable), with
    the binding it came from (as JSON; "" when there is none)."""
    candidates = [b for g in plan_file.goals for t in g.targets for b in t.bindings]
    candidates += list(plan_file.peers.variables) if plan_file.peers else []
    for binding in candidates:
        ages = binding.select.get("ALDER", ["IALT"])
        if binding.table.upper() == "FOLK1A" and binding.derivation.kind == "identity" and ages == ["IALT"]:
            return binding.model_dump_json(), load(binding).values
    return "", {}


def assess_target(
    target: Target,
    bindings: list[BindingData],
    area: str,
    *,
    method: str,
    as_of: date,
    groups: dict[str, list[str]],
    population: dict[str, dict[int, float]] | None = None,
) -> dict[str, Any]:
    """One Mål for one area: the indicator result and what is stored beside it."""
    reading = reading_of(target)
    population = population or {}
    pairs = [_series_result(data, area, target, method) for data in bindings]
    indicator = aggregate([r for r, _ in pairs]) if len(pairs) > 1 else pairs[0][0]
    main_index = next((i for i, (r, _) in enumerate(pairs) if STATUSES[r.status].carries_score), 0)
    main, extra = pairs[main_index]
    data = bindings[main_index]
    components = main.components
    pace = None
    if extra.get("target_value") is not None and data.values.get(area):
        current_year = max(data.values[area])
        pace = required_pace(
            current_year,
            data.values[area][current_year],
            extra["target_value"],
            reading.target_year,
            today_year=as_of.year,
            denominator=data.denominators.get(area, {}).get(current_year),
            percent=data.binding.unit.startswith("pct"),
        )
    benchmark: dict[str, Any] = {}
    if data.values.get(area):
        year = max(data.values[area])
        weights, label = _weights(data, population, year)
        benchmark = compare(
            data.values,
            area,
            year,
            reading.direction,
            groups,
            weights=weights,
            weight_label=label,
            group_series_cache=data.group_series,
        )
    interval = components.get("progress_interval") or [None, None]
    return {
        "first_assessment": _first_assessment(indicator, pairs, bindings, as_of),
        "result": indicator,
        "main": main,
        "components": {
            "indicator": indicator.as_dict(),
            "series": [r.as_dict() | x for r, x in pairs],
            "main_binding": data.binding.id,
            "interpretation": target.interpretation.model_dump(mode="json")
            | {"direction": target.direction, "ambition": target.ambition},
        },
        "benchmark": benchmark,
        "projection": extra.get("projection", []),
        "pace": as_dict(pace),
        "target_value": extra.get("target_value"),
        "interval": interval,
        "vintage": [b.vintage for b in bindings if b.vintage],
        "next_update": min(
            (
                next_release(b.last_release, b.release_rhythm, as_of)
                for b in bindings
                if b.last_release is not None and b.release_rhythm is not None
            ),
            default=None,
        ),
    }


def _first_assessment(
    indicator: Result, pairs: list[tuple[Result, dict[str, Any]]], bindings: list[BindingData], as_of: date
) -> date | None:
    """For a Mål that cannot be assessed yet only for want of years: when its first status can be expected (the
    earliest of its series, from each table's release rhythm; never in the past)."""
    if indicator.status != NOT_AVAILABLE:
        return None
    dates = [
        first_assessment(
            data.last_release, data.release_rhythm, as_of, YEARS_MISSING[result.reason](result.reason_params)
        )
        for (result, _), data in zip(pairs, bindings, strict=True)
        if result.reason in YEARS_MISSING and data.last_release is not None and data.release_rhythm is not None
    ]
    return min((d for d in dates if d is not None), default=None)


def assess_plan(
    version: PlanVersion,
    plan_file: PlanFile,
    *,
    as_of: date,
    now: datetime,
    method: str = "robust",
    areas: list[str] | None = None,
    on_target: Callable[[str], None] = lambda key: None,
    shared: SharedComputations | None = None,
) -> AssessSummary:
    """Assess every Mål of a plan version for every municipality (or ``areas``) and store the rows. Plans
    assessed in one run pass one ``shared`` so that what they have in common is computed once."""
    areas = areas or MUNICIPALITY_LIST
    shared = shared or SharedComputations()
    shared.ensure_indicators(plan_bindings(plan_file), now)  # made by an older derive rule, or never: now
    groups = {g.name: list(g.members) for g in plan_file.comparison_groups if g.members != [COUNTRY]}
    previous = _previous(version.plan.slug, as_of)
    entities = {(e.kind, e.key): e for e in version.plan.entities.all()}
    rows: list[Assessment] = []
    peers: dict[str, list[str]] = {}
    if plan_file.peers is not None:
        spec = plan_file.peers
        found = shared.peers(spec, as_of, lambda: neighbours(spec, shared.binding))
        with transaction.atomic():
            peers = compute_peers(version, spec, as_of, found, json_cache=shared.json)
    population_key, population = population_series(plan_file, shared.binding)
    home = version.plan.municipality_code  # the starting position is shown for the plan's own municipality
    for goal in plan_file.goals:
        goal_entity = entities[(PlanEntity.Kind.GOAL, goal.id)]
        for target in goal.targets:
            target_entity = entities[(PlanEntity.Kind.TARGET, target.id)]
            bindings = [shared.binding(b) for b in target.bindings]
            target_key = target.model_dump_json()
            for area in areas:
                area_groups = groups | ({PEERS_GROUP: peers[area]} if area in peers else {})
                key = (target_key, area, method, as_of, groups_key(area_groups), population_key)
                compute = partial(
                    assess_target,
                    target,
                    bindings,
                    area,
                    method=method,
                    as_of=as_of,
                    groups=area_groups,
                    population=population,
                )
                out = shared.result(key, compute)
                before = previous.get((target_entity.id, area))
                start, refs = (None, None)
                if area == home:
                    start, refs = _home_extras(plan_file, target, bindings, out, peers.get(area, []))
                row = _row(version, (goal_entity, target_entity), target, area, as_of, now, out, before, start)
                row.references = refs
                rows.append(row)
            on_target(target.id)
    with transaction.atomic():
        Assessment.objects.filter(plan_version=version, as_of=as_of).delete()
        stored = (tuple(getattr(row, name) for name in STORED) for row in rows)
        insert_rows(Assessment, STORED, stored, json_cache=shared.json)
        _roll_up(version, plan_file, rows, as_of)
        announce("assessments")
    statuses: dict[str, int] = {}
    for row in rows:
        if row.area == version.plan.municipality_code:
            statuses[row.status] = statuses.get(row.status, 0) + 1
    return AssessSummary(version.plan.slug, as_of, len(rows), statuses)


def _row(
    version: PlanVersion,
    entities: tuple[PlanEntity, PlanEntity],
    target: Target,
    area: str,
    as_of: date,
    now: datetime,
    out: dict[str, Any],
    previous: Assessment | None,
    start: dict[str, Any] | None = None,
) -> Assessment:
    result, main = out["result"], out["main"]
    c = dict(main.components)
    inputs: dict[int, float] = next((s["inputs"] for s in out["components"]["series"] if s.get("inputs")), {})
    if inputs and "current_year" not in c:  # not assessable, but the latest value is still shown
        c["current_year"] = max(inputs)
        c["current_value"] = inputs[max(inputs)]
    row = Assessment(
        plan_version=version,
        goal=entities[0],
        target=entities[1],
        area=area,
        as_of=as_of,
        computed_at=now,
        method=result.method if len(out["components"]["series"]) > 1 else main.method,
        status=result.status,
        score=result.score,
        reason=render("reason", result.reason, result.reason_params) if result.reason else "",
        reason_code=result.reason,
        reason_params=result.reason_params,
        direction=reading_of(target).direction,
        base_year=c.get("base_year"),
        base_value=c.get("base_value"),
        current_year=c.get("current_year"),
        current_value=c.get("current_value"),
        target_value=out["target_value"],
        target_year=target.interpretation.target_year,
        cagr_observed=c.get("cagr_observed", c.get("trend_growth")),
        cagr_required=c.get("cagr_required"),
        progress_value=c.get("progress_value"),
        interval_low=out["interval"][0],
        interval_high=out["interval"][1],
        data_vintage=out["vintage"],
        next_update=out["next_update"],
        first_assessment=out["first_assessment"],
        components=out["components"],
        benchmark=out["benchmark"],
        projection=out["projection"],
        required_pace=out["pace"],
        starting_position=start,
    )
    row.changes = explain_change(previous, row)
    row.change_note = danish_note(row.changes)
    return row


def _home_extras(
    plan_file: PlanFile, target: Target, bindings: list[BindingData], out: dict[str, Any], peers: list[str]
) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """For the plan's own municipality, on the Mål's main series (the one its status rests on): the starting
    position, and the references a report draws as they stood at this assessment (the comparators' series and
    "Er det os eller hele landet?")."""
    main = out["components"]["main_binding"]
    data = next(b for b in bindings if b.binding.id == main)
    base_year = reading_of(target).base_year or out["main"].components.get("base_year")
    home = plan_file.plan.municipality
    direction = reading_of(target).direction
    start = start_of(plan_file, data.binding, data.values, home, base_year, direction, peers, data.group_series)
    found = comparators(plan_file, data.binding, data.values, peers, data.group_series)
    references = {
        "series": [
            {"kind": kind, "name": name, "values": {year: value for year, value in values.items()}}
            for kind, name, values in found
        ],
        "versus": versus(data.values.get(home, {}), found, direction),
    }
    return start, references


def _previous(plan_slug: str, as_of: date) -> dict[tuple[int, str], Assessment]:
    """The newest earlier assessment per Mål (its lasting identity, whatever the version) and area."""
    latest: dict[tuple[int, str], Assessment] = {}
    rows = (
        Assessment.objects.filter(plan_version__plan__slug=plan_slug, as_of__lt=as_of)
        .select_related("plan_version")
        .order_by("as_of")
    )
    for row in rows:
        latest[(row.target_id, row.area)] = row
    return latest


def _roll_up(version: PlanVersion, plan_file: PlanFile, rows: list[Assessment], as_of: date) -> None:
    RollUp.objects.filter(plan_version=version, as_of=as_of).delete()
    buckets: dict[tuple[int | None, str], list[Assessment]] = {}
    for row in rows:
        buckets.setdefault((row.goal_id, row.area), []).append(row)
        buckets.setdefault((None, row.area), []).append(row)
    stored = []
    for (goal, area), items in buckets.items():
        summary = _summary(items)
        stored.append((version.pk, goal, area, as_of, summary["mean_score"], summary["counts"]))
    insert_rows(RollUp, ("plan_version", "goal", "area", "as_of", "mean_score", "counts"), stored)


def _summary(items: list[Assessment]) -> dict[str, Any]:
    scores = [r.score for r in items if STATUSES[r.status].carries_score and r.score is not None]
    counts: dict[str, int] = {}
    for r in items:
        counts[r.status] = counts.get(r.status, 0) + 1
    return {"mean_score": sum(scores) / len(scores) if scores else None, "counts": counts}
