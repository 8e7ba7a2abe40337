""" "Ændringer siden sidste rapport" in the active language: one line per change (lib/reports/since.py), each
saying its cause. A registry of one wording function per change code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from pejling.formats import long_date, long_datetime
from pejling.lib.initiatives.statuses import STATUSES as INITIATIVE_STATUSES
from pejling.lib.progress.statuses import STATUSES
from pejling.progress.labels import method_label
from pejling.reports.blocks import with_unit

Wording = Callable[[dict[str, Any], dict[str, Any]], str]
CAUSES = {
    "new_data": gettext_noop("nye data"),
    "revised": gettext_noop("en revision"),
    "interpretation": gettext_noop("en ændret fortolkning"),
    "target_moved": gettext_noop("et flyttet mål"),
    "method": gettext_noop("en ny metode"),
}


def _value(change: dict[str, Any], key: str, target: dict[str, Any]) -> str:
    value = change.get(key)
    return "—" if value is None else with_unit(value, target)


def _new_data(c: dict[str, Any], t: dict[str, Any]) -> str:
    return _("Mål %(target)s: nye data for %(period)s — %(new)s (før: %(old)s for %(old_period)s).") % {
        "target": c["target"],
        "period": c["period"],
        "new": _value(c, "new", t),
        "old": _value(c, "old", t),
        "old_period": c["old_period"] or "—",
    }


def _revised(c: dict[str, Any], t: dict[str, Any]) -> str:
    values = "; ".join(
        _("%(period)s: %(old)s → %(new)s")
        % {"period": v["period"], "old": _value(v, "old", t), "new": _value(v, "new", t)}
        for v in c["values"]
    )
    return _("Mål %(target)s: %(producer)s har revideret tallene — %(values)s.") % {
        "target": c["target"],
        "producer": _(c["producer"]) if c["producer"] else _("kilden"),
        "values": values,
    }


def _decision(d: dict[str, Any]) -> str:
    state = _("vedtaget af byrådet") if d["decided"] else _("ikke politisk vedtaget")
    at = long_datetime(timezone.localtime(datetime.fromisoformat(d["at"])))
    text = _("indlæst %(at)s af %(by)s, %(state)s") % {"at": at, "by": d["by"], "state": state}
    return text + (f": {d['note']}" if d["note"] else "")


def _interpretation(c: dict[str, Any], t: dict[str, Any]) -> str:
    changed = sorted(k for k in {*c["before"], *c["after"]} if c["before"].get(k) != c["after"].get(k))
    text = _("Mål %(target)s: fortolkningen er ændret (%(fields)s).") % {
        "target": c["target"],
        "fields": ", ".join(changed),
    }
    decisions = [_decision(d) for d in c["decisions"]]
    return text + (" " + _("Beslutningen: %(decisions)s.") % {"decisions": "; ".join(decisions)} if decisions else "")


def _target_moved(c: dict[str, Any], t: dict[str, Any]) -> str:
    because = ", ".join(_(CAUSES[code]) for code in c["because"]) or _("en ændret basisværdi")
    return _(
        "Mål %(target)s: målværdien er flyttet fra %(old)s i %(old_year)s til %(new)s i "
        "%(new_year)s (årsag: %(because)s)."
    ) % {
        "target": c["target"],
        "old": _value(c, "old", t),
        "old_year": c["old_year"] or "—",
        "new": _value(c, "new", t),
        "new_year": c["new_year"] or "—",
        "because": because,
    }


def _method(c: dict[str, Any], t: dict[str, Any]) -> str:
    return _("Mål %(target)s: metoden er skiftet fra %(before)s til %(after)s.") % {
        "target": c["target"],
        "before": method_label(c["before"] or ""),
        "after": method_label(c["after"] or ""),
    }


def _status(c: dict[str, Any], t: dict[str, Any]) -> str:
    because = ", ".join(_(CAUSES[code]) for code in c["because"] if code in CAUSES) or _("samme data, ny vurdering")
    return _("Mål %(target)s: status er skiftet fra %(before)s til %(after)s (årsag: %(because)s).") % {
        "target": c["target"],
        "before": _(STATUSES[c["before"]].label) if c["before"] in STATUSES else "—",
        "after": _(STATUSES[c["after"]].label),
        "because": because,
    }


def _added(c: dict[str, Any], t: dict[str, Any]) -> str:
    return _("Mål %(target)s er nyt i denne rapport.") % {"target": c["target"]}


def _initiative_status(c: dict[str, Any], t: dict[str, Any]) -> str:
    return _("Initiativ %(initiative)s: status er skiftet fra %(before)s til %(after)s.") % {
        "initiative": c["initiative"],
        "before": _(INITIATIVE_STATUSES[c["before"]].label),
        "after": _(INITIATIVE_STATUSES[c["after"]].label),
    }


def _initiative_update(c: dict[str, Any], t: dict[str, Any]) -> str:
    return _(
        "Initiativ %(initiative)s: opdatering for %(period)s indsendt %(date)s (%(status)s, "
        "%(progress)d %% gennemført)."
    ) % {
        "initiative": c["initiative"],
        "period": c["period"],
        "date": long_date(c["submitted_at"]),
        "status": _(INITIATIVE_STATUSES[c["status"]].label),
        "progress": c["progress"],
    }


WORDINGS: dict[str, Wording] = {
    "added": _added,
    "new_data": _new_data,
    "revised": _revised,
    "interpretation": _interpretation,
    "target_moved": _target_moved,
    "method": _method,
    "status": _status,
    "initiative_status": _initiative_status,
    "initiative_update": _initiative_update,
}


def change_lines(data: dict[str, Any]) -> list[str]:
    """Every change in the report's data, worded."""
    targets = {t["key"]: t for t in data["targets"]}
    lines = [WORDINGS[c["code"]](c, targets.get(c.get("target", ""), {})) for c in data["changes"]]
    return [line[:-1] if line.endswith("..") else line for line in lines]  # a unit or note ending in "."
