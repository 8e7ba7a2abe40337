"""Numbers, percentages and dates in the active language: Danish (12.345,6 · 1,23 % · 1. december 2026) or
English (12,345.6 · 1.23% · 1 December 2026). Templates use them as filters (pejling_tags)."""

from __future__ import annotations

from datetime import date, datetime

from django.template.defaultfilters import date as date_filter
from django.utils.translation import get_language


def _english() -> bool:
    return (get_language() or "da").startswith("en")


def number(value: float | str | None, decimals: int = 1) -> str:
    """A number in the page's language: 12345.6 → '12.345,6' on Danish pages, '12,345.6' on English ones;
    None → '—'."""
    if value is None or value == "":
        return "—"
    text = f"{float(value):,.{decimals}f}"
    if _english():
        return text
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def pct(value: float | None, decimals: int = 2) -> str:
    """0.0123 → '1,23 %' on Danish pages, '1.23%' on English ones."""
    if value is None:
        return "—"
    return number(value * 100, decimals) + ("%" if _english() else " %")


def long_date(value: date | datetime | str | None) -> str:
    """'1. december 2026' on Danish pages, '1 December 2026' on English ones (an ISO date text too); None → ''."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return str(value)
    return "" if value is None else str(date_filter(value, "j F Y" if _english() else "j. F Y"))


def long_datetime(value: datetime | None) -> str:
    """'1. december 2026 21:30' / '1 December 2026 21:30'."""
    return "" if value is None else date_filter(value, "j F Y H:i" if _english() else "j. F Y H:i")


def genitive(name: str) -> str:
    """A name's genitive in the active language: Danish "Randers'" (after s, x, z) and "Aarhus'", else
    "Odenses"; English "Randers'" and "Odense's"."""
    if _english():
        return f"{name}'" if name.endswith("s") else f"{name}'s"
    return f"{name}'" if name[-1:].lower() in {"s", "x", "z"} else f"{name}s"


def figure(value: float | None) -> str:
    """A figure with as many decimals as a reader needs: none from 1,000 up (100.479), else one (22,9)."""
    return number(value, 0 if value is not None and abs(float(value)) >= 1000 else 1)
