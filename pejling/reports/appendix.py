"""The report's closing sections: the changes since the last report, the goalposts, the method and the sources."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from pejling.formats import long_date, pct
from pejling.lib.progress.interpretation import AMBITION_PERCENT
from pejling.lib.progress.robust import CONFIDENCE
from pejling.progress.labels import METHODS, method_label
from pejling.reports.blocks import INTERPRETATION, Block, bullets, heading, paragraph, table, with_unit
from pejling.reports.changes_text import change_lines


def changes(data: dict[str, Any]) -> list[Block]:
    out = [heading(_("Ændringer siden sidste rapport"), 1)]
    if data["since"] is None:
        return [*out, paragraph(_("Dette er den første rapport; der er ingen tidligere rapport at sammenligne med."))]
    out.append(
        paragraph(
            _("Siden rapporten opgjort pr. %(as_of)s (fingeraftryk %(fingerprint)s).")
            % {"as_of": long_date(data["since"]["as_of"]), "fingerprint": data["since"]["fingerprint"][:16]}
        )
    )
    lines = change_lines(data)
    return [*out, bullets(lines) if lines else paragraph(_("Intet er ændret."))]


def goalposts_table(data: dict[str, Any]) -> list[Block]:
    rows = []
    for g in data["goalposts"]:
        o, c = g["original"], g["current"]
        target = next(t for t in data["targets"] if t["key"] == g["key"])

        def goal_text(posts: dict[str, Any], target: dict[str, Any] = target) -> str:
            if not posts:
                return "—"
            if posts.get("target_value") is None:
                return _("ingen målværdi (basisår %(base)s)") % {"base": posts.get("base_year") or "—"}
            value = with_unit(posts["target_value"], target)
            return _("%(value)s i %(year)s (basisår %(base)s)") % {
                "value": value,
                "year": posts.get("target_year") or "—",
                "base": posts.get("base_year") or "—",
            }

        rows.append(
            [
                g["key"],
                goal_text(o),
                goal_text(c),
                _("ja") if c.get("decided") else _("nej"),
                _("flyttet") if g["moved"] else _("uændret"),
            ]
        )
    return [
        heading(_("Målstolperne: oprindelige og nuværende mål"), 1),
        table(
            _("Oprindelige og nuværende målværdier og basisår"),
            [_("Mål"), _("Oprindeligt"), _("Nu"), _("Vedtaget"), _("Ændring")],
            rows,
        ),
    ]


def method(data: dict[str, Any]) -> list[Block]:
    used = sorted({t["method"] for t in data["targets"] if t["method"] in METHODS})
    ambitions = [
        _("“%(word)s”: %(percent)s bedre end basisværdien i målåret") % {"word": word, "percent": pct(percent / 100, 0)}
        for word, percent in AMBITION_PERCENT.items()
    ]
    return [
        heading(_("Metode"), 1),
        paragraph(
            _(
                "Hvert Mål vurderes ud fra sin indikators udvikling siden basisåret. Uden en målværdi "
                "følger status tendensen (metode 1); med en målværdi sammenlignes den faktiske udvikling "
                "med den, der skal til for at nå målet i målåret (metode 2). Den robuste variant beregner "
                "et %(confidence)s-interval for tendensen; spænder intervallet over to statusser, er status "
                "uafklaret."
            )
            % {"confidence": pct(CONFIDENCE, 0)}
        ),
        paragraph(
            _(
                "Hvor planen ikke selv sætter tal, bruger vurderingen en fortolkning, der er markeret "
                "“%(label)s”, indtil byrådet vedtager tal. Planens ambitionsord læses sådan:"
            )
            % {"label": _(INTERPRETATION)}
        ),
        bullets(ambitions),
        paragraph(_("Metoderne i denne rapport:")),
        bullets([method_label(m) for m in used]),
    ]


def sources(data: dict[str, Any]) -> list[Block]:
    rows = [
        [
            _(s["producer"]),
            s["table"],
            s["latest_period"] or "—",
            long_date(s["retrieved_at"]) if s["retrieved_at"] else "—",
            _(s["licence"]),
        ]
        for s in data["sources"]
    ]
    return [
        heading(_("Kilder"), 1),
        table(
            _("Kilderne bag tallene"),
            [_("Producent"), _("Tabel"), _("Seneste periode"), _("Hentet"), _("Licens")],
            rows,
        ),
        bullets(sorted({_(s["citation"]) for s in data["sources"]})),
    ]
