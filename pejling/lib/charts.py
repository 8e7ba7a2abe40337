"""Vega-Lite specs as plain dicts: the Mål's main chart, a sparkline, the rank chart and the map.

Accessible by construction (DKFDS guidance): every series has its own line style and point shape as well as
colour, the colours avoid red–green pairs, every chart has a description (alt text) and the pages put a
data table beside it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
# Colour-blind-safe (Okabe–Ito), dark enough for 3:1 contrast on white.
COLOURS = ["#0b5394", "#b45f06", "#6a3d9a", "#333333", "#00695c"]
SHAPES = ["circle", "square", "triangle-up", "diamond", "cross"]
DASHES = [[1, 0], [6, 3], [2, 2], [8, 2, 2, 2], [4, 4]]


AXIS_FONT = 12  # px, axis labels, titles and legends


@dataclass(frozen=True)
class ChartText:
    """The words a chart shows, in the page's language (Danish defaults; pages pass gettext's)."""

    year: str = "År"
    value: str = "Værdi"
    series: str = "Serie"
    municipality: str = "Kommune"
    base_year: str = "Basisår"
    target: str = "Mål"
    ranking_axis: str = "Kommunerne fra bedst (til venstre) til dårligst (til højre)"


DANISH = ChartText()


def _config() -> dict[str, Any]:
    """Readable text everywhere: 12 px axis labels and titles, legends below the plot so they never squeeze it,
    and long series names never cut."""
    return {
        "axis": {"labelFontSize": AXIS_FONT, "titleFontSize": AXIS_FONT},
        "legend": {
            "labelFontSize": AXIS_FONT,
            "titleFontSize": AXIS_FONT,
            "orient": "bottom",
            "direction": "vertical",
            "labelLimit": 0,
        },
        "text": {"fontSize": AXIS_FONT},
    }


def is_count(unit: str) -> bool:
    """True for a unit that counts things (virksomheder, job, personer): such series of areas of different sizes
    are compared as an index, never side by side. Shares, rates, levels and amounts are not counts."""
    text = unit.strip().lower()
    return not (
        not text
        or "pct" in text
        or "%" in text
        or " pr. " in f" {text} "
        or text.startswith(("pr.", "per ", "indeks", "år", "kr", "gennemsnit", "andel"))
    )


def as_index(
    series: Mapping[str, Mapping[int, float]], base_year: int | None
) -> tuple[int | None, dict[str, dict[int, float]]]:
    """Every series as an index = 100 in one year all series have: the base year, else the latest such year
    before it, else the first. Returns that year and the indexed series."""
    common = set.intersection(*(set(v) for v in series.values())) if series else set()
    before = [y for y in common if base_year is not None and y <= base_year]
    year = max(before) if before else min(common, default=None)
    if year is None:
        return None, {}
    indexed = {
        name: {y: 100 * v / values[year] for y, v in values.items()}
        for name, values in series.items()
        if values.get(year)
    }
    return year, indexed


def _captioned(spec: dict[str, Any], caption: str | list[str] | None) -> dict[str, Any]:
    """Visible lines inside the chart (so a screenshot carries them): that the figures are sample data, a
    map's attribution."""
    if caption:
        spec["title"] = {
            "text": caption,
            "orient": "bottom",
            "anchor": "start",
            "fontSize": 12,
            "fontWeight": "bold",
            "color": "#8a3a00",
        }
    return spec


def _rows(series: Mapping[str, Mapping[int, float]]) -> list[dict[str, Any]]:
    return [
        {"series": name, "year": year, "value": value}
        for name, values in series.items()
        for year, value in sorted(values.items())
        if value is not None
    ]


def trend_chart(
    series: Mapping[str, Mapping[int, float]],
    *,
    unit: str,
    description: str,
    base_year: int | None = None,
    target: tuple[int, float] | None = None,
    projection: Sequence[Mapping[str, float]] = (),
    caption: str | None = None,
    text: ChartText = DANISH,
) -> dict[str, Any]:
    """Lines for the municipality, the country and the groups over time, with the base year and the target
    labelled, the projection's band, and the legend below."""
    names = list(series)
    layers: list[dict[str, Any]] = []
    if projection:
        layers.append(
            {
                "data": {"values": [dict(p) for p in projection]},
                "mark": {"type": "area", "opacity": 0.2, "color": COLOURS[0]},
                "encoding": {
                    "x": {"field": "year", "type": "quantitative"},
                    "y": {"field": "low", "type": "quantitative"},
                    "y2": {"field": "high"},
                },
            }
        )
    layers.append(
        {
            "mark": {"type": "line", "point": {"filled": True, "size": 50}},
            "encoding": {
                "x": {"field": "year", "type": "quantitative", "title": text.year, "axis": {"format": "d"}},
                "y": {"field": "value", "type": "quantitative", "title": unit, "scale": {"zero": False}},
                "color": {
                    "field": "series",
                    "type": "nominal",
                    "title": None,
                    "scale": {"domain": names, "range": COLOURS[: len(names)]},
                },
                "strokeDash": {
                    "field": "series",
                    "type": "nominal",
                    "scale": {"domain": names, "range": DASHES[: len(names)]},
                },
                "shape": {
                    "field": "series",
                    "type": "nominal",
                    "scale": {"domain": names, "range": SHAPES[: len(names)]},
                },
                "strokeWidth": {"condition": {"test": f"datum.series === {names[0]!r}", "value": 3}, "value": 1.5},
                "tooltip": [
                    {"field": "series", "title": text.series},
                    {"field": "year", "format": "d", "title": text.year},
                    {"field": "value", "format": ",.2f", "title": unit},
                ],
            },
        }
    )
    if base_year is not None:
        marker = {"data": {"values": [{"year": base_year, "label": f"{text.base_year} {base_year}"}]}}
        layers.append(
            marker
            | {
                "mark": {"type": "rule", "strokeDash": [4, 4], "color": "#333333"},
                "encoding": {"x": {"field": "year", "type": "quantitative"}},
            }
        )
        layers.append(
            marker
            | {
                "mark": {"type": "text", "align": "left", "baseline": "top", "dx": 4, "y": 4, "color": "#333333"},
                "encoding": {"x": {"field": "year", "type": "quantitative"}, "text": {"field": "label"}},
            }
        )
    if target is not None:
        point = {"data": {"values": [{"year": target[0], "value": target[1], "label": f"{text.target} {target[0]}"}]}}
        encoding = {"x": {"field": "year", "type": "quantitative"}, "y": {"field": "value", "type": "quantitative"}}
        layers.append(
            point
            | {
                "mark": {"type": "point", "shape": "cross", "size": 160, "color": "#000000", "filled": True},
                "encoding": encoding,
            }
        )
        layers.append(
            point
            | {
                "mark": {"type": "text", "align": "right", "dx": -10, "dy": -10, "color": "#000000"},
                "encoding": encoding | {"text": {"field": "label"}},
            }
        )
    spec = {
        "$schema": SCHEMA,
        "description": description,
        "width": "container",
        "height": 300,
        "data": {"values": _rows(series)},
        "layer": layers,
        "config": _config(),
    }
    return _captioned(spec, caption)


def sparkline(values: Mapping[int, float], *, description: str) -> dict[str, Any]:
    """A small line without axes, for lists of Mål."""
    return {
        "$schema": SCHEMA,
        "description": description,
        "width": 120,
        "height": 30,
        "data": {"values": [{"year": y, "value": v} for y, v in sorted(values.items())]},
        "mark": {"type": "line", "color": COLOURS[0], "point": {"size": 12}},
        "encoding": {
            "x": {"field": "year", "type": "quantitative", "axis": None},
            "y": {"field": "value", "type": "quantitative", "axis": None, "scale": {"zero": False}},
        },
        "config": {"view": {"stroke": None}},
    }


def rank_chart(
    values: Mapping[str, float],
    names: Mapping[str, str],
    *,
    highlight: str,
    better: str,
    description: str,
    unit: str = "",
    caption: str | None = None,
    text: ChartText = DANISH,
) -> dict[str, Any]:
    """All municipalities sorted best first (the axis says which end is best); the municipality stands out by
    colour and is named above its bar with its rank."""
    sign = -1 if better == "higher" else 1
    order = sorted(values, key=lambda code: (sign * values[code], code))
    rows = [
        {
            "code": code,
            "municipality": names.get(code, code),
            "value": values[code],
            "position": i,  # the bar's place, best first
            "rank": 1 + sum(sign * v < sign * values[code] for v in values.values()),  # ties share a rank
        }
        for i, code in enumerate(order)
    ]
    for row in rows:
        row["label"] = f"{row['municipality']}: {row['rank']}/{len(rows)}" if row["code"] == highlight else ""
    x = {
        "field": "municipality",
        "type": "nominal",
        "title": text.ranking_axis,
        "axis": {"labels": False, "ticks": False},
        "sort": {"field": "position", "op": "min", "order": "ascending"},
    }
    layers: list[dict[str, Any]] = [
        {
            "mark": {"type": "bar"},
            "encoding": {
                "x": x,
                "y": {"field": "value", "type": "quantitative", "title": unit or text.value},
                "color": {
                    "condition": {"test": f"datum.code === {highlight!r}", "value": COLOURS[1]},
                    "value": "#9fb8d0",
                },
                "tooltip": [
                    {"field": "municipality", "title": text.municipality},
                    {"field": "rank", "title": "#"},
                    {"field": "value", "format": ",.2f", "title": unit or text.value},
                ],
            },
        },
        {  # the same data, so both layers share one sorted axis
            "transform": [{"filter": f"datum.code === {highlight!r}"}],
            "mark": {"type": "text", "dy": -8, "fontWeight": "bold", "color": "#000000"},
            "encoding": {"x": x, "y": {"field": "value", "type": "quantitative"}, "text": {"field": "label"}},
        },
    ]
    spec = {
        "$schema": SCHEMA,
        "description": description,
        "width": "container",
        "height": 220,
        "data": {"values": rows},
        "layer": layers,
        "config": _config(),
    }
    return _captioned(spec, caption)


def map_chart(
    values: Mapping[str, float],
    geojson_url: str,
    *,
    unit: str,
    description: str,
    caption: str | list[str] | None = None,
    text: ChartText = DANISH,
) -> dict[str, Any]:
    """A choropleth of the municipalities (join: int(KOMKODE) = DST area code)."""
    spec = {
        "$schema": SCHEMA,
        "description": description,
        "width": "container",
        "height": 360,
        "data": {"url": geojson_url, "format": {"type": "json", "property": "features"}},
        "transform": [
            {"calculate": "toNumber(datum.properties.KOMKODE)", "as": "code"},
            {
                "lookup": "code",
                "from": {
                    "data": {"values": [{"code": int(c), "value": v} for c, v in sorted(values.items())]},
                    "key": "code",
                    "fields": ["value"],
                },
            },
        ],
        "projection": {"type": "mercator"},
        "mark": {"type": "geoshape", "stroke": "#ffffff", "strokeWidth": 0.5},
        "encoding": {
            "color": {"field": "value", "type": "quantitative", "title": unit, "scale": {"scheme": "blues"}},
            "tooltip": [
                {"field": "properties.KOMNAVN", "title": text.municipality},
                {"field": "value", "format": ",.2f", "title": unit},
            ],
        },
        "config": _config(),
    }
    return _captioned(spec, caption)
