"""Series owned by their source (step 2 of 3): observations and snapshots keyed ``plan:binding`` (and
``import:TABLE``) move to the series of the slice they hold. Two bindings that asked for the same slice now
share one series; of two copies of a cell the newest is kept.

The canonical selection is computed here from the stored plan document with a frozen copy of
``pejling.lib.bindings`` (as it was when this migration was written), so later changes there cannot change it.
"""

import hashlib
import json
from collections import defaultdict

from django.db import migrations
from django.utils import timezone


def _canonical(source, table, area_variable, time_variable, select, keep_split=None, measure=None):
    return {
        "source": source,
        "table": table,
        "area_variable": area_variable or "",
        "time_variable": time_variable,
        "select": {name: sorted(set(select[name])) for name in sorted(select)},
        "keep_split": keep_split,
        "measure": measure,
    }


def _binding_canonical(binding, role):
    derivation = binding.get("derivation") or {"kind": "identity"}
    if role == "denominator":
        below = derivation["denominator"]
        return _canonical(
            below.get("source", "statbank"),
            below["table"],
            below.get("area_variable"),
            below.get("time_variable", "Tid"),
            below.get("select") or {},
        )
    select = {name: list(codes) for name, codes in (binding.get("select") or {}).items()}
    keep_split = None
    if derivation["kind"] == "share":
        keep_split = derivation["variable"]
        select[keep_split] = list(dict.fromkeys([*derivation["numerator"], *derivation["denominator"]]))
    elif derivation["kind"] == "sum":
        keep_split = derivation["variable"]
        select[keep_split] = list(derivation["values"])
    return _canonical(
        binding["source"],
        binding["table"],
        binding.get("area_variable"),
        binding.get("time_variable", "Tid"),
        select,
        keep_split,
        binding.get("measure"),
    )


def _label(canonical):
    if "legacy" in canonical:
        return f"{canonical['table']} ({canonical['legacy']}, {canonical['role']})"
    parts = [f"{name}={','.join(codes)}" for name, codes in canonical["select"].items()]
    return " ".join([canonical["table"], *parts, *([f"[{canonical['measure']}]"] if canonical.get("measure") else [])])


def _bindings_of(document):
    for goal in document.get("goals") or []:
        for target in goal.get("targets") or []:
            yield from target.get("bindings") or []
    yield from ((document.get("peers") or {}).get("variables") or [])


def forward(apps, schema_editor):
    Observation = apps.get_model("stats", "Observation")
    Snapshot = apps.get_model("stats", "Snapshot")
    Series = apps.get_model("stats", "Series")
    PlanVersion = apps.get_model("plans", "PlanVersion")
    documents = {}
    for version in PlanVersion.objects.order_by("plan__slug", "number").select_related("plan"):
        documents[version.plan.slug] = version.document  # the newest version of each plan wins
    groups = set(Observation.objects.values_list("series_key", "role", "source", "table").distinct())
    groups |= set(
        Snapshot.objects.exclude(series_key="").values_list("series_key", "role", "source", "table").distinct()
    )
    now = timezone.now()
    members = defaultdict(list)
    for series_key, role, source, table in sorted(groups):
        role = role or "value"
        canonical = _canonical_for(Observation, series_key, role, source, table, documents)
        key = hashlib.sha256(json.dumps(canonical, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
        series, _ = Series.objects.get_or_create(
            key=key,
            defaults={
                "source": canonical["source"],
                "table": canonical["table"],
                "selection": canonical,
                "label": _label(canonical)[:1000],
                "created_at": now,
            },
        )
        members[series.pk].append((series_key, role))
    for series_pk, keys in members.items():
        if len(keys) > 1:
            _drop_older_copies(Observation, keys)
        for series_key, role in keys:
            Observation.objects.filter(series_key=series_key, role=role).update(series_id=series_pk)
            Snapshot.objects.filter(series_key=series_key, role__in=[role, ""]).update(series_id=series_pk)


def _canonical_for(Observation, series_key, role, source, table, documents):
    plan, _, binding_id = series_key.partition(":")
    if plan == "import":
        select = defaultdict(set)
        for dims in Observation.objects.filter(series_key=series_key, role=role).values_list("dims", flat=True):
            for name, code in dims.items():
                select[name].add(code)
        return _canonical(source, table, "", "", {name: sorted(codes) for name, codes in select.items()})
    for binding in _bindings_of(documents.get(plan) or {}):
        if binding.get("id") == binding_id:
            return _binding_canonical(binding, role)
    return {"source": source, "table": table, "legacy": series_key, "role": role}


def _drop_older_copies(Observation, keys):
    """Two bindings stored the same cell: keep the one updated last."""
    newest = {}
    drop = []
    for series_key, role in keys:
        rows = Observation.objects.filter(series_key=series_key, role=role)
        for pk, area, period, dims_key, updated_at in rows.values_list("pk", "area", "period", "dims_key", "updated_at"):
            cell = (area, period, dims_key)
            if cell not in newest:
                newest[cell] = (updated_at, pk)
            elif updated_at > newest[cell][0]:
                drop.append(newest[cell][1])
                newest[cell] = (updated_at, pk)
            else:
                drop.append(pk)
    for start in range(0, len(drop), 500):
        Observation.objects.filter(pk__in=drop[start : start + 500]).delete()


class Migration(migrations.Migration):
    dependencies = [("stats", "0003_series"), ("plans", "0002_plan_entities")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
