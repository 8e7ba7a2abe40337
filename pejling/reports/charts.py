"""The report's charts: the dashboard's Vega-Lite trend chart (lib/charts.py) drawn from the figures stored in
the report, rendered by vl-convert-python as SVG (the PDF) or PNG (the DOCX), with the report's alt text."""

from __future__ import annotations

from typing import Any

import vl_convert
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pejling.dashboard.chart_text import chart_text
from pejling.lib.charts import as_index, is_count, trend_chart
from pejling.reports.narrative import alt_text, series_name

LOCALES: dict[str, Any] = {"da": "da-DK", "en": "en-US"}  # d3-format's number and date conventions


def _series(values: dict[str, float]) -> dict[int, float]:
    return {int(year): value for year, value in values.items()}


def chart_spec(data: dict[str, Any], target: dict[str, Any]) -> dict[str, Any]:
    """The Mål's trend chart in the active language: the municipality, the country and the comparison group
    (as an index for counts), the base year, the target and the projection, as the assessment stored them."""
    series = {data["plan"]["municipality_name"]: _series(target["inputs"])}
    for ref in target["references"]["series"]:
        series[series_name(ref["kind"], ref["name"])] = _series(ref["values"])
    indexed = is_count(target["unit"]) and len(series) > 1
    index_year, charted = as_index(series, target["base_year"]) if indexed else (None, series)
    goal = target["target_value"], target["target_year"]
    spec = trend_chart(
        charted,
        unit=_("indeks (%(year)s = 100)") % {"year": index_year} if indexed else target["unit"],
        base_year=target["base_year"],
        target=(goal[1], goal[0]) if goal[0] is not None and goal[1] and not indexed else None,
        projection=[] if indexed else target["projection"],
        description=alt_text(data, target),
        text=chart_text(),
    )
    return spec | {"width": 440, "height": 220}  # a page has no container to fill


def _locale() -> Any:
    return LOCALES.get((get_language() or "da")[:2], "da-DK")


def svg(spec: dict[str, Any]) -> str:
    return str(vl_convert.vegalite_to_svg(spec, vl_version="6.4", format_locale=_locale()))


def png(spec: dict[str, Any]) -> bytes:
    return bytes(vl_convert.vegalite_to_png(spec, vl_version="6.4", scale=2, format_locale=_locale()))
