"""Every loaded plan is on the site: the default one at ``/``, another municipality's under ``/plan/<id>/``,
with links that stay within the plan shown, both languages, and the API listing both."""

import re
from datetime import date

import pytest

from pejling.lib.planfile.validate import check_plan_file
from pejling.plans.loader import plan_load
from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_bindings, current_plan_files
from pejling.progress.assess import assess_plan
from pejling.stats.runner import sync_all
from tests.conftest import FIXTURES
from tests.dashboard.conftest import NOW, page_html
from tests.stats.conftest import Clock

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_plans(randers_assessed, statbank_client):
    plan_load(
        check_plan_file(FIXTURES / "plans" / "viborg.yaml").plan, source_text="", source_path="", now=NOW, commit=True
    )
    sync_all(current_bindings("viborg-test"), statbank=statbank_client, jobindsats=None, now=Clock())
    [(_, plan_file)] = current_plan_files("viborg-test")
    version = PlanVersion.objects.get(plan__slug="viborg-test")
    assess_plan(version, plan_file, as_of=date(2026, 11, 28), now=NOW)


def test_the_other_plan_has_its_own_pages(client, two_plans):
    html = page_html(client, "/plan/viborg-test/")
    assert "<h1>Viborgs testplan</h1>" in html
    assert re.findall(r'<h3><a href="([^"]+)">', html) == ["/plan/viborg-test/maalsaetning/1/"]
    assert '<a href="/plan/viborg-test/sammenligning/">Sammenligning</a>' in html
    assert '<a href="/">Strategisk plan for Fremtidens Randers Kommune</a>' in html  # the default, at /
    goal = page_html(client, "/plan/viborg-test/maalsaetning/1/")
    assert '<a href="/plan/viborg-test/maal/1.2/">Levetiden skal stige.</a>' in goal
    target = page_html(client, "/plan/viborg-test/maal/1.2/")
    assert '<a href="/plan/viborg-test/maal/1.2/data.csv" download>CSV</a>' in target
    csv = client.get("/plan/viborg-test/maal/1.2/data.csv")
    assert csv.status_code == 200 and b"levetid-kvinder" in csv.content
    english = page_html(client, "/en/plan/viborg-test/")
    assert '<a href="/en/plan/viborg-test/om-metoden/">About the method</a>' in english
    assert "Other plans on this site:" in english


def test_the_default_plan_links_to_the_others_and_unknown_plans_are_404(client, two_plans):
    html = page_html(client, "/")
    assert '<a href="/plan/viborg-test/">Viborgs testplan</a>' in html
    assert re.findall(r'<h3><a href="([^"]+)">', html)[0] == "/maalsaetning/1/"
    assert client.get("/plan/ingen-plan/").status_code == 404
    assert client.get("/plan/ingen-plan/maal/1.1/").status_code == 404
    assert sorted(p["id"] for p in client.get("/api/plans").json()["items"]) == [
        "randers-fremtidens-randers",
        "viborg-test",
    ]
