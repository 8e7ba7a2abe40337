"""Small template helpers: Danish numbers, percentages, the other language's URL."""

from __future__ import annotations

from django import template
from django.http import HttpRequest
from django.urls import translate_url

register = template.Library()


@register.filter
def dansk(value: float | str | None, decimals: int = 1) -> str:
    """12345.6 → '12.345,6' (Danish thousands and decimal separators); None → '—'."""
    if value is None or value == "":
        return "—"
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


@register.filter
def pct(value: float | None) -> str:
    """0.0123 → '1,23 %'."""
    return "—" if value is None else dansk(value * 100, 2) + " %"


@register.simple_tag
def language_url(request: HttpRequest, language: str) -> str:
    return translate_url(request.get_full_path(), language)
