"""The report's text in the active language, from its data only: every figure in a sentence is a named value
of a gettext template, never typed. The text is a list of blocks (heading, paragraph, list, table, chart, page
break) that the PDF and the DOCX both render, and that the fingerprint covers."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from pejling.formats import long_date, number, pct
from pejling.lib.initiatives.delivery import DELIVERY, QUESTION_TEXTS, TRENDS
from pejling.lib.initiatives.statuses import STATUSES as INITIATIVE_STATUSES
from pejling.lib.progress.robust import CONFIDENCE
from pejling.lib.progress.starting import comparable_gaps
from pejling.lib.progress.statuses import STATUSES
from pejling.lib.sources import provenance
from pejling.progress.labels import METHODS, method_label, reason_text
from pejling.reports.appendix import changes, goalposts_table, method, sources
from pejling.reports.blocks import INTERPRETATION, Block, bullets, heading, paragraph, table, value_of, with_unit


def status_label(code: str) -> str:
    return _(STATUSES[code].label)


def _front(data: dict[str, Any]) -> list[Block]:
    plan = data["plan"]
    rows = [
        [
            t["key"],
            t["label"] or t["text"],
            str((t["provenance"] or {}).get("latest_period") or t["current_year"] or "—"),
            long_date(t["vintage"][0]["retrieved_at"]) if t["vintage"] else "—",
        ]
        for t in data["targets"]
    ]
    return [
        heading(_("Statusrapport til byrådet"), 1),
        paragraph(plan["title"], "title"),
        paragraph(
            _("%(municipality)s · opgjort pr. %(as_of)s · planversion %(version)d")
            % {"municipality": plan["municipality_name"], "as_of": long_date(data["as_of"]), "version": plan["version"]}
        ),
        table(
            _("Datagrundlag: hvilket år hvert Måls tal viser"),
            [_("Mål"), _("Indikator"), _("Tal for"), _("Hentet")],
            rows,
        ),
        {"kind": "page_break"},
    ]


def _summary(data: dict[str, Any]) -> list[Block]:
    s = data["summary"]
    out = [
        heading(_("Sammenfatning"), 1),
        paragraph(
            ngettext(
                "%(assessable)d af %(targets)d Mål kan vurderes.",
                "%(assessable)d af %(targets)d Mål kan vurderes.",
                s["targets"],
            )
            % s
        ),
        bullets([f"{status_label(c['status'])}: {c['count']}" for c in s["counts"]]),
    ]
    if s["compared_with_country"]:
        out.append(
            paragraph(
                _(
                    "Udgangspunktet: før planen lå %(municipality)s bag hele landet på %(behind)d af de "
                    "%(compared)d Mål, der kan sammenlignes med landet."
                )
                % {
                    "municipality": data["plan"]["municipality_name"],
                    "behind": s["behind_country"],
                    "compared": s["compared_with_country"],
                }
            )
        )
    wrong = [t for t in data["targets"] if t["key"] in s["wrong_way"]]
    if wrong:
        out.append(paragraph(_("Mål, der går den forkerte vej:")))
        out.append(bullets([f"{t['key']} {t['text']} ({status_label(t['status'])})" for t in wrong]))
    else:
        out.append(paragraph(_("Ingen Mål går den forkerte vej.")))
    out.append({"kind": "page_break"})
    return out


VERSUS = {
    "better": gettext_noop(
        "%(m)s har udviklet sig bedre end %(c)s siden %(y)s: %(d)s om året i Målets "
        "retning (%(confidence)s-interval %(lo)s til %(hi)s)."
    ),
    "worse": gettext_noop(
        "%(m)s har udviklet sig dårligere end %(c)s siden %(y)s: %(d)s om året i Målets "
        "retning (%(confidence)s-interval %(lo)s til %(hi)s)."
    ),
    "same": gettext_noop(
        "%(m)s har fulgt %(c)s siden %(y)s: forskellen i den årlige udvikling ligger inden for "
        "usikkerheden (%(confidence)s-interval %(lo)s til %(hi)s)."
    ),
}


def _versus(data: dict[str, Any], target: dict[str, Any]) -> list[str]:
    out = []
    for v in target["references"]["versus"]:
        values = {
            "m": data["plan"]["municipality_name"],
            "c": comparator_name(v["kind"], v["name"]),
            "y": v["since"],
            "d": pct(v["difference"]),
            "lo": pct(v["low"]),
            "hi": pct(v["high"]),
            "confidence": pct(CONFIDENCE, 0),
        }
        out.append(_(VERSUS[v["verdict"]]) % values)
    return out


def comparator_name(kind: str, name: str) -> str:
    """The country and the neighbours are msgids; a comparison group's name is the plan's own."""
    return _("hele landet") if kind == "country" else _(name) if kind == "peers" else name


def series_name(kind: str, name: str) -> str:
    """A comparator as a chart's legend names it: "Hele landet", "Statistiske naboer", the group's name."""
    found = comparator_name(kind, name)
    return found[:1].upper() + found[1:]


def _start(target: dict[str, Any]) -> str:
    start = target.get("start")
    if not start:
        return _("Udgangspunktet kan ikke opgøres endnu.")
    parts = []
    for gap in comparable_gaps(start.get("gaps", []), target["unit"]):
        if gap.get("value") is None or gap.get("behind") is None:
            continue
        side = _("dårligere end") if gap["behind"] else _("bedre end")
        name = comparator_name(gap["kind"], gap["name"])
        parts.append(
            _("%(side)s %(name)s (%(value)s)") % {"side": side, "name": name, "value": with_unit(gap["value"], target)}
        )
    text = _("Udgangspunktet i %(year)s: %(value)s") % {
        "year": start["year"],
        "value": with_unit(start["value"], target),
    }
    rank = start.get("rank") or {}
    if rank.get("rank") and rank.get("of"):
        text += _(", nr. %(rank)d af %(of)d kommuner") % rank
    return text + (" — " + "; ".join(parts) if parts else "") + "."


def _target(data: dict[str, Any], target: dict[str, Any]) -> list[Block]:
    status = STATUSES[target["status"]]
    out: list[Block] = [
        heading(_("Mål %(key)s") % {"key": target["key"]}, 3),
        paragraph(target["text"], "quote"),
        paragraph(
            _("Status: %(icon)s %(label)s.") % {"icon": status.icon, "label": _(status.label)}
            + (
                " " + reason_text(target["reason_code"], target["reason_params"], target["reason"])
                if target["reason_code"]
                else ""
            )
        ),
    ]
    if target["inputs"]:
        out.append({"kind": "chart", "target": target["key"], "alt": alt_text(data, target)})
    goal = (
        _("Målværdi: %(value)s i %(year)s.")
        % {"value": value_of(target, "target_value"), "year": target["target_year"]}
        if target["target_value"] is not None
        else _("Ingen målværdi: status følger tendensen.")
    )
    out.append(
        paragraph(
            _("Basis: %(base)s (%(base_year)s). Seneste: %(latest)s (%(latest_year)s).")
            % {
                "base": value_of(target, "base_value"),
                "base_year": target["base_year"] or "—",
                "latest": value_of(target, "current_value"),
                "latest_year": target["current_year"] or "—",
            }
            + " "
            + goal
        )
    )
    if not target["decided"]:
        out.append(paragraph(_(INTERPRETATION), "interpretation"))
    versus = _versus(data, target)
    if versus:
        out.append(paragraph(_("Er det os eller hele landet?"), "lead"))
        out.append(bullets(versus))
    out.append(paragraph(_start(target)))
    if target["provenance"] and target["provenance"]["retrieved_at"]:
        out.append(paragraph(source_line(target["provenance"]), "small"))
    if target["method"] in METHODS:
        out.append(paragraph(_("Metode: %(method)s.") % {"method": method_label(target["method"])}, "small"))
    return out


def source_line(p: dict[str, Any]) -> str:
    """Where a Mål's figures come from: citation, table, period, retrieval date and licence."""
    words = provenance(p["source"], p["table"], derived=p["derived"], sample=p["sample"], translate=_)
    return _("%(citation)s, tabel %(table)s, %(period)s, hentet %(date)s. Licens: %(licence)s.") % {
        "citation": words["citation"],
        "table": p["table"],
        "period": p["latest_period"] or "—",
        "date": long_date(p["retrieved_at"]),
        "licence": words["licence"],
    }


def alt_text(data: dict[str, Any], target: dict[str, Any]) -> str:
    """The chart's alt text: what it draws, over which years, and the latest value."""
    years = sorted(int(y) for y in target["inputs"])
    names = [data["plan"]["municipality_name"]]
    names += [series_name(s["kind"], s["name"]) for s in target["references"]["series"]]
    return _(
        "Linjediagram: %(label)s for %(series)s, %(first)d–%(last)d. Seneste værdi for "
        "%(municipality)s: %(latest)s (%(year)s)."
    ) % {
        "label": target["label"],
        "series": ", ".join(names),
        "first": years[0],
        "last": years[-1],
        "municipality": data["plan"]["municipality_name"],
        "latest": value_of(target, "current_value"),
        "year": target["current_year"] or years[-1],
    }


def _milestones(milestones: list[dict[str, Any]]) -> str:
    """ "1 af 2 nået; næste: Første evaluering (1. juni 2027)", or "—"."""
    if not milestones:
        return "—"
    done = sum(1 for m in milestones if m["done"])
    text = _("%(done)d af %(all)d nået") % {"done": done, "all": len(milestones)}
    upcoming = next((m for m in milestones if not m["done"]), None)
    if upcoming is not None:
        text += "; " + _("næste: %(title)s (%(due)s)") % {"title": upcoming["title"], "due": long_date(upcoming["due"])}
    return text


def _outcome(initiative: dict[str, Any]) -> str:
    """The trend of each Mål the initiative is meant to move: "1.1: Tallet forbedres", or "—"."""
    return "; ".join(f"{t['key']}: {_(TRENDS[t['trend']])}" for t in initiative["targets"]) or "—"


def _initiatives(data: dict[str, Any], goal: dict[str, Any]) -> list[Block]:
    items = [i for i in data["initiatives"] if i["goal"] == goal["key"]]
    if not items:
        return []
    rows = []
    questions = []
    for i in items:
        last, budget = i["last_update"], i["budget"]
        money = {"spent": number(budget["spent"], 0), "planned": number(budget["planned"], 0)} if budget else {}
        rows.append(
            [
                i["key"],
                _(INITIATIVE_STATUSES[i["status"]].label),
                _("%(period)s (%(progress)d %%)") % last if last else _("ingen endnu"),
                _milestones(i["milestones"]),
                _("%(spent)s af %(planned)s kr.") % money if budget else "—",
                _(DELIVERY[i["delivery"]]),
                _outcome(i),
            ]
        )
        questions += [
            _("%(initiative)s og Mål %(target)s: %(question)s")
            % {"initiative": i["key"], "target": t["key"], "question": _(QUESTION_TEXTS[t["question"]])}
            for t in i["targets"]
            if t["question"]
        ]
    header = [_("Initiativ"), _("Status"), _("Seneste opdatering"), _("Milepæle"), _("Budget (forbrugt af planlagt)")]
    header += [_("Levering"), _("Effekt (Målenes tal)")]
    out = [
        heading(_("Initiativer"), 3),
        table(_("Initiativerne: status, seneste opdatering, milepæle, budget, levering og effekt"), header, rows),
        bullets([f"{i['key']}: {i['title']}" for i in items]),
    ]
    if questions:
        out.append(paragraph(_("Levering × effekt:"), "lead"))
        out.append(bullets(questions))
    return out


def _goals(data: dict[str, Any]) -> list[Block]:
    targets = {t["key"]: t for t in data["targets"]}
    out: list[Block] = []
    for goal in data["goals"]:
        out.append(heading(_("Målsætning %(number)d: %(title)s") % goal, 2))
        for key in goal["targets"]:
            out += _target(data, targets[key])
        out += _initiatives(data, goal)
    out.append({"kind": "page_break"})
    return out


def narrate(data: dict[str, Any]) -> list[Block]:
    """The whole report's text in the active language."""
    return (
        _front(data)
        + _summary(data)
        + _goals(data)
        + changes(data)
        + goalposts_table(data)
        + method(data)
        + sources(data)
    )
