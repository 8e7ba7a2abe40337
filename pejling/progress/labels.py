"""Status, method and direction labels in the reader's language: Danish msgids through gettext."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext, gettext_noop, ngettext, override

from pejling.formats import number
from pejling.lib.planfile.direction import parse_direction
from pejling.lib.progress.messages import render
from pejling.lib.progress.statuses import STATUSES

METHODS = {
    "robust-1": gettext_noop("robust trend uden målværdi"),
    "robust-2": gettext_noop("robust trend mod en målværdi"),
    "opensdg-1": gettext_noop("Open SDG, metode 1 (uden målværdi)"),
    "opensdg-2": gettext_noop("Open SDG, metode 2 (med målværdi)"),
    "threshold": gettext_noop("tærskel: gennemsnittet af de seneste tre år"),
    "aggregate": gettext_noop("gennemsnit af Målets serier"),
}


def method_label(code: str) -> str:
    """A method's name in the active language (the code itself for one not listed)."""
    return gettext(METHODS[code]) if code in METHODS else code


def direction_label(text: str, number: str = "") -> str:
    """A Mål's direction as a reader says it: "op (højere er bedre)", "over 0" …"""
    direction = parse_direction(text)
    if direction.threshold is None:
        return gettext("op (højere er bedre)") if direction.better == "up" else gettext("ned (lavere er bedre)")
    value = number or f"{direction.threshold:g}"
    return (gettext("over %(value)s") if direction.better == "up" else gettext("under %(value)s")) % {"value": value}


def status_label(code: str) -> str:
    """The label in the active language."""
    return gettext(STATUSES[code].label)


def status_labels(code: str) -> dict[str, str]:
    """Both labels, for JSON that serves Danish and English readers alike."""
    with override("da"):
        danish = gettext(STATUSES[code].label)
    with override("en"):
        english = gettext(STATUSES[code].label)
    return {"label_da": danish, "label_en": english}


def status_view(code: str) -> dict[str, str]:
    """What a page shows for a status: code (for the CSS class), icon and label in the active language."""
    status = STATUSES[code]
    return {"code": code, "icon": status.icon, "label": gettext(status.label)}


def reason_text(code: str, params: dict[str, Any], fallback: str = "") -> str:
    """Why an assessment has its status, in the active language (``fallback``, the stored Danish text, for a
    row without a code)."""
    return render("reason", code, params, gettext, ngettext, lambda v: number(v, 2)) if code else fallback


def change_texts(changes: list[dict[str, Any]]) -> list[str]:
    """Each change since the previous assessment, in the active language."""
    return [render("change", c["code"], c, gettext, ngettext, lambda v: number(v, 2)) for c in changes]


def reason_texts(code: str, params: dict[str, Any]) -> dict[str, str]:
    """A reason in both languages, for the bilingual CLI and JSON."""
    with override("da"):
        danish = reason_text(code, params)
    with override("en"):
        english = reason_text(code, params)
    return {"reason_da": danish, "reason_en": english}
