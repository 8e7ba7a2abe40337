"""The forside's "Ændret siden sidst": after a revision of one figure and a new assessment, the forside names
the date, the Mål and the revision in the page's language; a first assessment alone says nothing changed
since it."""

from datetime import date

import pytest

from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_plan_files
from pejling.progress.assess import assess_plan
from pejling.stats.indicators import refresh_indicators
from pejling.stats.models import Observation
from tests.dashboard.conftest import NOW, page_html

pytestmark = pytest.mark.django_db
LATER = date(2026, 12, 1)


def _section(html: str) -> str:
    return html.split('data-testid="changes"')[1].split("</ul>")[0].split("</p>")[0]


def test_a_first_assessment_is_not_a_change(client, randers_assessed):
    assert _section(page_html(client, "/")) == ">Intet er ændret siden den første vurdering 28. november 2026."
    assert _section(page_html(client, "/en/")) == ">Nothing has changed since the first assessment on 28 November 2026."


def test_a_revision_is_listed_with_its_date_and_cause(client, randers_assessed):
    [(slug, plan_file)] = current_plan_files()
    latest = Observation.objects.filter(table="HISBK", area="730").order_by("-period").first()
    latest.value += 0.4
    latest.save()
    refresh_indicators([latest.series_id], NOW)
    assess_plan(PlanVersion.objects.get(plan__slug=slug), plan_file, as_of=LATER, now=NOW)
    year = latest.period.split(":")[-1]
    danish = _section(page_html(client, "/"))
    assert danish == (
        '><li><strong>1. december 2026</strong>: <a href="/maal/3.1/">3.1 '
        + _target_text("3.1")
        + f"</a> — Pejlings testserver (eksempeldata) har revideret tallet for {year}</li>"
    )
    english = _section(page_html(client, "/en/"))
    assert english == (
        '><li><strong>1 December 2026</strong>: <a href="/en/maal/3.1/">3.1 '
        + _target_text("3.1")
        + f"</a> — Pejling&#x27;s test server (sample data) revised the figure for {year}</li>"
    )


def _target_text(key: str) -> str:
    [(_, plan_file)] = current_plan_files()
    return next(t.text for g in plan_file.goals for t in g.targets if t.id == key)
