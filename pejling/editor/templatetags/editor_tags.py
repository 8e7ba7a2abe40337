"""Labels for initiative statuses, cadences, roles and delivery in the page's language."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.timesince import timesince
from django.utils.translation import get_language, gettext, gettext_lazy

from pejling.editor.labels import COUNTS, FIELD_LABELS, OBJECT_KINDS
from pejling.lib.initiatives.delivery import DELIVERY, TRENDS
from pejling.lib.initiatives.schedule import CADENCES
from pejling.lib.initiatives.statuses import STATUSES
from pejling.lib.problems import in_language
from pejling.lib.roles import ROLES

register = template.Library()


@register.filter
def initiative_status(code: str) -> str:
    status = STATUSES.get(code)
    return gettext(status.label) if status else code


@register.filter
def status_icon(code: str) -> str:
    status = STATUSES.get(code)
    return status.icon if status else ""


@register.filter
def cadence(code: str) -> str:
    found = CADENCES.get(code)
    return gettext(found.label) if found else code


@register.filter
def role_label(code: str) -> str:
    found = ROLES.get(code)
    return gettext(found.label) if found else code


@register.filter
def delivery_label(code: str) -> str:
    return gettext(DELIVERY[code]) if code in DELIVERY else code


@register.filter
def trend_label(code: str) -> str:
    return gettext(TRENDS[code]) if code in TRENDS else code


@register.simple_tag
def field_label(name: str) -> str:
    """An audited field's name in the page's language."""
    label = FIELD_LABELS.get(name)
    return str(label) if label else name


@register.simple_tag
def object_kind(model: str) -> str:
    kind = OBJECT_KINDS.get(model)
    return str(kind) if kind else model


@register.simple_tag
def field_value(name: str, value: Any) -> str:
    """An audited field's value for the Historik table (statuses and cadences by their label)."""
    if name == "status" and isinstance(value, str):
        return initiative_status(value)
    if name == "cadence" and isinstance(value, str):
        return cadence(value)
    if name == "state" and isinstance(value, str):
        return upload_state(value)
    if name == "problems" and isinstance(value, list):
        return "; ".join(f"{p.get('line')}: {problem_message(str(p.get('message', '')))}" for p in value) or "—"
    if name == "groups" and isinstance(value, list):
        return ", ".join(gettext(group) for group in value) or "—"  # a role's group is named by its msgid
    if name == "rows" and isinstance(value, list):
        return str(len(value))
    if name == "counts" and isinstance(value, dict):
        return ", ".join(f"{COUNTS.get(k, k)}: {v}" for k, v in value.items()) or "—"
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return gettext("ja") if value else gettext("nej")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


_RUN_STATUS = {
    "running": gettext_lazy("kører"),
    "ok": gettext_lazy("gennemført"),
    "partial": gettext_lazy("delvist gennemført"),
    "failed": gettext_lazy("fejlet"),
}
_UPLOAD_STATE = {
    "pending": gettext_lazy("afventer bekræftelse"),
    "rejected": gettext_lazy("afvist (fejl i filen)"),
    "stored": gettext_lazy("gemt"),
    "cancelled": gettext_lazy("annulleret"),
}


@register.filter
def run_status(code: str) -> str:
    return str(_RUN_STATUS.get(code, code))


@register.filter
def upload_state(code: str) -> str:
    return str(_UPLOAD_STATE.get(code, code))


@register.filter
def since(value: Any, now: Any) -> str:
    """How long ago, in the page's language, to one unit ("5 måneder")."""
    return timesince(value, now, depth=1)


_LOCATIONS = {
    "area": gettext_lazy("Område"),
    "period": gettext_lazy("Periode"),
    "value": gettext_lazy("Værdi"),
    "kilde": gettext_lazy("Kilde"),
    "$": gettext_lazy("hele filen"),
}


@register.filter
def problem_location(location: str) -> str:
    return str(_LOCATIONS.get(location, location))


@register.filter
def problem_message(message: str) -> str:
    """A bilingual validator message in the page's language."""
    return in_language(message, get_language() or "da")
