"""The words the charts show (lib/charts.ChartText), in the page's language."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pejling.lib.charts import ChartText


def chart_text() -> ChartText:
    return ChartText(
        year=_("År"),
        value=_("Værdi"),
        series=_("Serie"),
        municipality=_("Kommune"),
        base_year=_("Basisår"),
        target=_("Mål"),
        ranking_axis=_("Kommunerne fra bedst (til venstre) til dårligst (til højre)"),
    )
