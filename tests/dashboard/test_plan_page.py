"""The plain plan page lists the whole plan and marks interpretations as not decided."""

import re
from datetime import UTC, datetime

import pytest

from pejling.lib.planfile.validate import check_plan_file
from pejling.plans.loader import plan_load
from tests.conftest import RANDERS_PLAN


@pytest.fixture
def loaded_plan(db):
    plan = check_plan_file(RANDERS_PLAN).plan
    assert plan is not None
    plan_load(plan, source_text="", source_path="", now=datetime(2026, 11, 28, tzinfo=UTC), commit=True)


def test_home_without_a_plan_says_how_to_load_one(client, db):
    response = client.get("/")
    assert response.status_code == 200
    assert "pejling plan load plans/randers.yaml --commit" in response.content.decode()


def test_home_redirects_to_the_only_plan(client, loaded_plan):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/plan/randers-fremtidens-randers/"


def test_the_plan_page_lists_goals_targets_initiatives_and_prerequisites(client, loaded_plan):
    response = client.get("/plan/randers-fremtidens-randers/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Strategisk plan for Fremtidens Randers Kommune</h1>" in html
    assert [t.strip() for t in re.findall(r"<h3 id=\"goal-\d\">([^<]+)", html)] == [
        "1. Færre børn og unge i udsatte positioner",
        "2. Færre borgere på kanten af arbejdsmarkedet",
        "3. Øget sundhed og trivsel",
        "4. Flere private arbejdspladser",
        "5. Boliger i bedre kvalitet",
    ]
    assert html.count('<li id="target-') == 15
    assert html.count("Fortolkning — ikke politisk vedtaget") == 15
    assert html.count('<span class="badge">Prioritet') == 2
    assert "<strong>Andelen af børn der lever i udsathed skal nedbringes markant</strong>" in html
    assert "<li>Klimabåndet og Flodbyen Randers</li>" in html
    assert "<h3>Et aktivt civilsamfund</h3>" in html
    assert "Provinsbykommuner (DST&#x27;s kommunegrupper)</strong> (standard): 16 medlemmer" in html


def test_an_unknown_plan_is_404(client, db):
    assert client.get("/plan/ukendt/").status_code == 404


def test_the_plan_page_shows_latest_values_with_provenance_and_the_sample_data_banner(client, loaded_plan):
    from pejling.lib.fakestat.server import FakeStatBankServer
    from pejling.lib.statbank.client import StatBankClient
    from pejling.plans.queries import current_bindings
    from pejling.stats.runner import sync_all

    server = FakeStatBankServer()
    server.start_in_thread()
    try:
        statbank = StatBankClient(server.url, requests_per_second=1e6)
        bindings = [(k, b) for k, b in current_bindings() if b.id in {"bu43-udsatte-0-22", "neet1-andel-16-24"}]
        sync_all(bindings, statbank=statbank, jobindsats=None, now=lambda: datetime(2026, 11, 28, 8, tzinfo=UTC))
    finally:
        server.stop()
    html = client.get("/plan/randers-fremtidens-randers/").content.decode()
    assert '<div class="sample-data" role="note"><strong>Eksempeldata — ikke officielle tal.</strong>' in html
    assert html.count('<p class="latest">Seneste: ') == 2
    assert html.count("Ingen data endnu / no data yet") == 16
    assert (
        'Kilde: Danmarks Statistik, tabel <a href="https://www.statbank.dk/BU43">BU43</a>, hentet 28. november 2026'
        in html
    )
    assert (
        'Egne beregninger baseret på Danmarks Statistik, tabel <a href="https://www.statbank.dk/NEET1">NEET1</a>'
        in html
    )


def test_no_banner_without_sample_data(client, loaded_plan):
    html = client.get("/plan/randers-fremtidens-randers/").content.decode()
    assert "Eksempeldata" not in html
