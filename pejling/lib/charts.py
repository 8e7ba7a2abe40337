"""Vega-Lite specs as plain dicts: the Mål's main chart, a sparkline, the rank chart and the map.

Accessible by construction (DKFDS guidance): every series has its own line style and point shape as well as
colour, the colours avoid red–green pairs, every chart has a description (alt text) and the pages put a
data table beside it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
# Colour-blind-safe (Okabe–Ito), dark enough for 3:1 contrast on white.
COLOURS = ["#0b5394", "#b45f06", "#6a3d9a", "#333333", "#00695c"]
SHAPES = ["circle", "square", "triangle-up", "diamond", "cross"]
DASHES = [[1, 0], [6, 3], [2, 2], [8, 2, 2, 2], [4, 4]]


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
        {"serie": name, "år": year, "værdi": value}
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
) -> dict[str, Any]:
    """Lines for the municipality, the country and the groups over time, with base year, target and projection."""
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
                "x": {"field": "år", "type": "quantitative", "title": "År", "axis": {"format": "d"}},
                "y": {"field": "værdi", "type": "quantitative", "title": unit, "scale": {"zero": False}},
                "color": {
                    "field": "serie",
                    "type": "nominal",
                    "title": None,
                    "scale": {"domain": names, "range": COLOURS[: len(names)]},
                },
                "strokeDash": {
                    "field": "serie",
                    "type": "nominal",
                    "scale": {"domain": names, "range": DASHES[: len(names)]},
                },
                "shape": {
                    "field": "serie",
                    "type": "nominal",
                    "scale": {"domain": names, "range": SHAPES[: len(names)]},
                },
                "strokeWidth": {"condition": {"test": f"datum.serie === {names[0]!r}", "value": 3}, "value": 1.5},
                "tooltip": [{"field": "serie"}, {"field": "år", "format": "d"}, {"field": "værdi", "format": ",.2f"}],
            },
        }
    )
    if base_year is not None:
        layers.append(
            {
                "data": {"values": [{"år": base_year, "tekst": "Basisår"}]},
                "mark": {"type": "rule", "strokeDash": [4, 4], "color": "#333333"},
                "encoding": {"x": {"field": "år", "type": "quantitative"}},
            }
        )
    if target is not None:
        layers.append(
            {
                "data": {"values": [{"år": target[0], "værdi": target[1], "tekst": "Mål"}]},
                "mark": {"type": "point", "shape": "cross", "size": 160, "color": "#000000", "filled": True},
                "encoding": {
                    "x": {"field": "år", "type": "quantitative"},
                    "y": {"field": "værdi", "type": "quantitative"},
                },
            }
        )
    spec = {
        "$schema": SCHEMA,
        "description": description,
        "width": "container",
        "height": 300,
        "data": {"values": _rows(series)},
        "layer": layers,
    }
    return _captioned(spec, caption)


def sparkline(values: Mapping[int, float], *, description: str) -> dict[str, Any]:
    """A small line without axes, for lists of Mål."""
    return {
        "$schema": SCHEMA,
        "description": description,
        "width": 120,
        "height": 30,
        "data": {"values": [{"år": y, "værdi": v} for y, v in sorted(values.items())]},
        "mark": {"type": "line", "color": COLOURS[0], "point": {"size": 12}},
        "encoding": {
            "x": {"field": "år", "type": "quantitative", "axis": None},
            "y": {"field": "værdi", "type": "quantitative", "axis": None, "scale": {"zero": False}},
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
    caption: str | None = None,
) -> dict[str, Any]:
    """All municipalities sorted best first; the municipality stands out by colour and by a label."""
    rows = [
        {"kode": code, "kommune": names.get(code, code), "værdi": value, "valgt": code == highlight}
        for code, value in values.items()
    ]
    spec = {
        "$schema": SCHEMA,
        "description": description,
        "width": "container",
        "height": 220,
        "data": {"values": rows},
        "mark": {"type": "bar"},
        "encoding": {
            "x": {
                "field": "kommune",
                "type": "nominal",
                "title": None,
                "axis": None,
                "sort": {"field": "værdi", "order": "descending" if better == "higher" else "ascending"},
            },
            "y": {"field": "værdi", "type": "quantitative"},
            "color": {"condition": {"test": "datum.valgt", "value": COLOURS[1]}, "value": "#9fb8d0"},
            "tooltip": [{"field": "kommune"}, {"field": "værdi", "format": ",.2f"}],
        },
    }
    return _captioned(spec, caption)


def map_chart(
    values: Mapping[str, float],
    geojson_url: str,
    *,
    unit: str,
    description: str,
    caption: str | list[str] | None = None,
) -> dict[str, Any]:
    """A choropleth of the municipalities (join: int(KOMKODE) = DST area code)."""
    spec = {
        "$schema": SCHEMA,
        "description": description,
        "width": "container",
        "height": 360,
        "data": {"url": geojson_url, "format": {"type": "json", "property": "features"}},
        "transform": [
            {"calculate": "toNumber(datum.properties.KOMKODE)", "as": "kode"},
            {
                "lookup": "kode",
                "from": {
                    "data": {"values": [{"kode": int(c), "værdi": v} for c, v in sorted(values.items())]},
                    "key": "kode",
                    "fields": ["værdi"],
                },
            },
        ],
        "projection": {"type": "mercator"},
        "mark": {"type": "geoshape", "stroke": "#ffffff", "strokeWidth": 0.5},
        "encoding": {
            "color": {"field": "værdi", "type": "quantitative", "title": unit, "scale": {"scheme": "blues"}},
            "tooltip": [
                {"field": "properties.KOMNAVN", "title": "Kommune"},
                {"field": "værdi", "format": ",.2f", "title": unit},
            ],
        },
    }
    return _captioned(spec, caption)
