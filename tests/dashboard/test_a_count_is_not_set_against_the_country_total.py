"""A count (Mål 4.2, firms in the municipality) is never set against the country's total: the Mål page's
starting-position table and the forside's brief compare it with the comparison group, not "hele landet"."""

from datetime import date

import pytest

from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_bindings, current_plan_files
from pejling.progress.assess import assess_plan
from pejling.stats.runner import sync_all
from tests.dashboard.conftest import NOW, page_html
from tests.stats.conftest import Clock

pytestmark = pytest.mark.django_db


def test_the_firms_start_against_the_group_not_the_country(client, randers_loaded, statbank_client):
    wanted = [(k, b) for k, b in current_bindings() if b.id == "gf12-virksomheder"]
    sync_all(wanted, statbank=statbank_client, jobindsats=None, now=Clock())
    [(slug, plan_file)] = current_plan_files()
    assess_plan(PlanVersion.objects.get(plan__slug=slug), plan_file, as_of=date(2026, 11, 28), now=NOW)
    page = page_html(client, "/maal/4.2/")
    table = page.split('data-testid="starting-position"')[1].split("</section>")[0]
    assert "Hele landet" not in table and "Provinsbykommuner (DST&#x27;s kommunegrupper)" in table
    brief = page_html(client, "/").split('data-testid="glance-start-4.2">')[1].split("</span>")[0]
    assert brief == "2023: nr. 7 af 98; 2.434,94 virksomheder foran Provinsbykommuner (DST&#x27;s kommunegrupper)"
