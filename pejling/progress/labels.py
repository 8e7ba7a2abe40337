"""Status labels in the reader's language: the registry's Danish msgid through gettext."""

from __future__ import annotations

from django.utils.translation import gettext, override

from pejling.lib.progress.statuses import STATUSES


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
