"""Small template helpers: Danish numbers, percentages, the other language's URL, links within the shown plan."""

from __future__ import annotations

from typing import Any

from django import template
from django.http import HttpRequest
from django.urls import reverse, translate_url
from django.utils.translation import get_language

register = template.Library()


@register.filter
def dansk(value: float | str | None, decimals: int = 1) -> str:
    """A number in the page's language: 12345.6 → '12.345,6' on Danish pages, '12,345.6' on English ones;
    None → '—'."""
    if value is None or value == "":
        return "—"
    text = f"{float(value):,.{decimals}f}"
    if (get_language() or "da").startswith("en"):
        return text
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


@register.filter
def pct(value: float | None) -> str:
    """0.0123 → '1,23 %'."""
    return "—" if value is None else dansk(value * 100, 2) + " %"


@register.simple_tag
def language_url(request: HttpRequest, language: str) -> str:
    return translate_url(request.get_full_path(), language)


@register.simple_tag(takes_context=True)
def plan_url(context: template.Context, name: str, *args: Any) -> str:
    """``{% plan_url 'dashboard:goal' key %}``: the page of the plan being shown (``/plan/<id>/…`` for a plan
    other than the default one at ``/``)."""
    slug = context.get("plan_slug")
    if not slug:
        return reverse(name, args=args)
    namespace, _, page = name.partition(":")
    return reverse(f"{namespace}:plan_{page}", args=[slug, *args])
