"""Small template helpers: dictionary lookup and Danish number formatting."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def lookup(mapping: dict[str, Any], key: str) -> Any:
    return mapping.get(key)


@register.filter
def dansk(value: float | None, decimals: int = 1) -> str:
    """12345.6 → '12.345,6' (Danish thousands and decimal separators)."""
    if value is None:
        return "—"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
