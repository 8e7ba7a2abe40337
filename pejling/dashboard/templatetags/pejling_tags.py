"""Small template helpers: numbers, percentages and dates in the page's language, the other language's URL,
links within the shown plan."""

from __future__ import annotations

from typing import Any

from django import template
from django.http import HttpRequest
from django.urls import reverse, translate_url

from pejling.formats import figure, genitive, long_date, long_datetime, number, pct

register = template.Library()


register.filter("number", number)
register.filter("pct", pct)
register.filter("long_date", long_date, expects_localtime=True)
register.filter("long_datetime", long_datetime, expects_localtime=True)
register.filter("genitive", genitive)
register.filter("figure", figure)


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
