"""The Mål page: its chart, ranking and map, the starting position before the plan, "Er det os eller hele
landet?", every series, retired tables and breaks, the base value and the source line."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _

from pejling.dashboard.chart_text import chart_text
from pejling.dashboard.geodata import attribution
from pejling.dashboard.pages import Current
from pejling.lib.benchmark import versus
from pejling.lib.charts import as_index, is_count, map_chart, rank_chart, trend_chart
from pejling.lib.geography import BY_CODE, MUNICIPALITY_CODES, area_name
from pejling.lib.periods import parse_period
from pejling.lib.planfile.direction import parse_direction
from pejling.lib.planfile.schema import Binding, RatioDerivation, Target
from pejling.lib.progress.robust import CONFIDENCE
from pejling.lib.progress.starting import comparable_gaps
from pejling.lib.progress.statuses import NOT_AVAILABLE
from pejling.lib.sources import SOURCES, provenance
from pejling.lib.statbank.retired import SUCCESSORS
from pejling.progress.inputs import BindingData, load_binding
from pejling.progress.labels import change_texts, direction_label, method_label, reason_text, status_view
from pejling.progress.models import Assessment, PeerSet
from pejling.progress.starting import comparators, start_of
from pejling.stats.models import TableState


def _binding(c: Current, binding_id: str) -> Binding:
    """The plan's binding with this id."""
    for goal in c.plan_file.goals:
        for target in goal.targets:
            for binding in target.bindings:
                if binding.id == binding_id:
                    return binding
    raise KeyError(binding_id)


def _newer_than_status(row: Assessment | None, data: BindingData) -> str | None:
    """The latest period of the data when it is newer than the one the stored status was computed on (a sync
    came after the last assessment), else None."""
    latest = data.vintage.get("latest_period")
    used = next((v for v in (row.data_vintage if row else []) if v.get("binding") == data.binding.id), None)
    if not latest or not used or not used.get("latest_period"):
        return None
    return str(latest) if parse_period(str(latest)) > parse_period(str(used["latest_period"])) else None


def _retired_tables(target: Target) -> list[dict[str, str]]:
    """The tables behind a Mål that their source no longer updates, as the last sync found."""
    tables = {b.table.upper() for b in target.bindings if b.source == "statbank"}
    tables |= {
        b.derivation.denominator.table.upper()
        for b in target.bindings
        if isinstance(b.derivation, RatioDerivation) and b.derivation.denominator.source == "statbank"
    }
    states = TableState.objects.filter(source="statbank", table__in=tables, active=False).order_by("table")
    return [
        {
            "table": state.table,
            "latest_period": state.latest_period,
            "successor": SUCCESSORS[state.table].table if state.table in SUCCESSORS else "",
        }
        for state in states
    ]


def _base(row: Assessment | None, stored: Any, data: BindingData, area: str) -> dict[str, Any]:
    """The base year and its value: the assessment's, else the interpretation's year and the value there."""
    year = (row.base_year if row else None) or stored.base_year
    value = row.base_value if row and row.base_value is not None else data.values.get(area, {}).get(year)
    return {"year": year, "value": value}


def _start(c: Current, target: Target, binding: Binding, data: BindingData, row: Any, stored: Any, peers: Any) -> Any:
    """The starting position before the plan: as stored with the assessment, else computed from the data; the
    gaps a reader may compare (lib/progress/starting.comparable_gaps)."""
    start = _stored_or_computed_start(c, target, binding, data, row, stored, peers)
    return start | {"gaps": comparable_gaps(start.get("gaps", []), binding.unit)} if start else start


def _stored_or_computed_start(
    c: Current, target: Target, binding: Binding, data: BindingData, row: Any, stored: Any, peers: Any
) -> Any:
    if row is not None and row.starting_position is not None:
        return row.starting_position
    year = (row.base_year if row else None) or stored.base_year
    direction = 1 if parse_direction(target.direction).better == "up" else -1
    codes = [p["area"] for p in peers.peers] if peers else []
    return start_of(c.plan_file, binding, data.values, c.area, year, direction, codes)


def _versus(c: Current, target: Target, data: BindingData, found: list[tuple[str, str, Any]]) -> list[dict[str, Any]]:
    """ "Er det os eller hele landet?" (lib/benchmark.versus), the country named in the page's language."""
    direction = 1 if parse_direction(target.direction).better == "up" else -1
    out = versus(data.values.get(c.area, {}), found, direction)
    return [v | {"name": str(_("hele landet"))} if v["kind"] == "country" else v for v in out]


def _every_series(target: Target, main: Binding, loaded: dict[str, BindingData], area: str) -> list[dict[str, Any]]:
    """Every series of a Mål with more than one: its label, latest value and year, unit and source."""
    if len(target.bindings) < 2:
        return []
    out = []
    for binding in target.bindings:
        values = loaded[binding.id].values.get(area, {})
        year = max(values) if values else None
        sample = bool(loaded[binding.id].vintage.get("sample_data"))
        out.append(
            {
                "label": binding.label,
                "main": binding is main,
                "year": year,
                "value": values.get(year) if year is not None else None,
                "unit": binding.unit,
                "citation": provenance(binding.source, binding.table, sample=sample, translate=_)["citation"],
                "sample": sample,
            }
        )
    return out


def target_page(c: Current, target_key: str) -> dict[str, Any] | None:
    target = next((t for g in c.plan_file.goals for t in g.targets if t.id == target_key), None)
    stored = next((t for g in c.version.goals.all() for t in g.targets.all() if t.key == target_key), None)
    if target is None or stored is None:
        return None
    row = (
        Assessment.objects.filter(plan_version=c.version, area=c.area, target=stored.entity_id)
        .order_by("-as_of")
        .first()
    )
    main_id = (row.components.get("main_binding") if row else None) or target.bindings[0].id
    binding = _binding(c, main_id)
    data = load_binding(binding)
    loaded = {b.id: data if b is binding else load_binding(b) for b in target.bindings}  # each series read once
    sample = bool(data.vintage.get("sample_data"))
    caption = _(SOURCES[binding.source].sample_citation) if sample and SOURCES[binding.source].sample_citation else None
    newer_period = _newer_than_status(row, data)
    peers = PeerSet.objects.filter(plan_version=c.version, area=c.area).order_by("-as_of").first()
    found = comparators(c.plan_file, binding, data.values, [p["area"] for p in peers.peers] if peers else [])
    series: dict[str, Any] = {area_name(c.area): data.values[c.area]} if data.values.get(c.area) else {}
    series |= {name if kind == "group" else str(_(name)): values for kind, name, values in found}
    indexed = is_count(binding.unit) and len(series) > 1  # counts of areas of different sizes: compare an index
    base_year = (row.base_year if row else None) or stored.base_year
    index_year, charted = as_index(series, base_year) if indexed else (None, series)
    target_point = (
        (row.target_year, row.target_value) if row and row.target_value is not None and row.target_year else None
    )
    chart = (
        trend_chart(
            charted,
            unit=_("indeks (%(year)s = 100)") % {"year": index_year} if indexed else binding.unit,
            base_year=base_year,
            target=target_point,
            projection=(row.projection if row else []),
            caption=caption,
            description=_("%(label)s: %(series)s over tid") % {"label": binding.label, "series": ", ".join(series)},
            text=chart_text(),
        )
        if charted
        else None
    )
    year = row.current_year if row and row.current_year else None
    in_year = {code: v[year] for code, v in data.values.items() if code in MUNICIPALITY_CODES and year in v}
    better = "higher" if (row.direction if row else 1) > 0 else "lower"
    ranks = (
        rank_chart(
            in_year,
            {code: BY_CODE[code].name for code in in_year},
            highlight=c.area,
            better=better,
            unit=binding.unit,
            caption=caption,
            text=chart_text(),
            description=_("%(label)s i %(year)s for alle kommuner") % {"label": binding.label, "year": year},
        )
        if in_year
        else None
    )
    years = sorted({y for values in series.values() for y in values})
    table = [{"year": y, "values": [series[name].get(y) for name in series]} for y in years]
    return {
        "target": target,
        "stored": stored,
        "row": row,
        "binding": binding,
        "status": status_view(row.status if row else NOT_AVAILABLE),
        "reason": reason_text(row.reason_code, row.reason_params, row.reason) if row else "",
        "changes": change_texts(row.changes) if row and row.changes else [],
        "newer_period": newer_period,
        "retired_tables": _retired_tables(target),
        "breaks": [{"year": b.year, "note": b.note} for b in binding.breaks],
        "series": _every_series(target, binding, loaded, c.area),
        "has_data": any(d.values for d in loaded.values()),
        "direction": direction_label(target.direction),
        "method": method_label(row.method) if row else "",
        "base": _base(row, stored, data, c.area),
        "start": _start(c, target, binding, data, row, stored, peers),
        "versus": _versus(c, target, data, found),
        "confidence": CONFIDENCE,  # the intervals' level, as the method computes them
        "chart": chart,
        "rank_chart": ranks,
        "indexed": indexed,
        "index_year": index_year,
        "table_names": list(series),
        "table": table,
        "provenance": provenance(
            binding.source, binding.table, derived=binding.derivation.kind != "identity", sample=sample, translate=_
        )
        | {"vintage": data.vintage},
        "map_chart": map_chart(
            in_year,
            "/geo/kommuner.geojson",
            unit=binding.unit,
            caption=[line for line in (caption, attribution(settings.PEJLING_GEOJSON)) if line],
            text=chart_text(),
            description=_("Kort: %(label)s i %(year)s for alle kommuner") % {"label": binding.label, "year": year},
        )
        if in_year and settings.PEJLING_GEOJSON.is_file()
        else None,
    }
