"""The blocks a report's text is made of (heading, paragraph, list, table, chart, page break) and the figures
they quote with their units."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_noop

from pejling.formats import figure

Block = dict[str, Any]
INTERPRETATION = gettext_noop("Fortolkning — ikke politisk vedtaget")


def heading(text: str, level: int = 1) -> Block:
    return {"kind": "heading", "level": level, "text": text}


def paragraph(text: str, style: str = "") -> Block:
    return {"kind": "paragraph", "text": text, "style": style}


def bullets(items: list[str]) -> Block:
    return {"kind": "list", "items": items}


def table(caption: str, header: list[str], rows: list[list[str]]) -> Block:
    return {"kind": "table", "caption": caption, "header": header, "rows": rows}


def value_of(target: dict[str, Any], key: str) -> str:
    """A figure of a Mål with its unit ("3,3 pct."), or "—"."""
    value = target.get(key)
    return "—" if value is None else with_unit(value, target)


def with_unit(value: float, target: dict[str, Any]) -> str:
    """A figure with the Mål's unit: "3,3 pct.", "7.637 virksomheder"."""
    return f"{figure(value)} {target.get('unit', '')}".strip()
