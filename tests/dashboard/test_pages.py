"""The public pages, Danish and English, with exact content."""

import json
import re

import pytest

from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db


def test_without_a_plan_the_front_page_says_how_to_load_one(client, db):
    html = page_html(client, "/")
    assert "Ingen plan er indlæst endnu." in html
    assert "pejling plan load plans/randers.yaml --commit" in html


def test_the_front_page(client, randers_assessed):
    html = page_html(client, "/")
    assert '<html lang="da">' in html
    assert "<h1>Strategisk plan for Fremtidens Randers Kommune</h1>" in html
    assert '<span class="badge">Udkast</span>' in html
    titles = re.findall(r'<h3><a href="/maalsaetning/(\d)/">([^<]+)</a>', html)
    assert titles == [
        ("1", "1. Færre børn og unge i udsatte positioner"),
        ("2", "2. Færre borgere på kanten af arbejdsmarkedet"),
        ("3", "3. Øget sundhed og trivsel"),
        ("4", "4. Flere private arbejdspladser"),
        ("5", "5. Boliger i bedre kvalitet"),
    ]
    assert html.count('<span class="priority">— prioritet') == 2
    assert "Eksempeldata — ikke officielle tal" in html  # the fake server's data
    assert '<span class="status-icon" aria-hidden="true">–</span> Kan ikke vurderes</span>: 5' in html
    assert '<a href="/was">Tilgængelighedserklæring</a>' in html
    assert "Ansvarlig myndighed: Randers Kommune" in html
    assert "<li>Et aktivt civilsamfund</li>" in html


def test_the_front_page_in_english(client, randers_assessed):
    html = page_html(client, "/en/")
    assert '<html lang="en">' in html
    assert "Sample data — not official statistics" in html
    assert "Responsible authority: Randers Kommune" in html
    assert '<a href="/" lang="da" hreflang="da">Dansk</a>' in html
    assert '<a href="/en/" lang="en" hreflang="en" aria-current="true">English</a>' in html
    assert '<a href="/en/was">' not in html and '<a href="/was">Accessibility statement</a>' in html


def test_a_goal_page_lists_targets_with_status_sparklines_and_initiatives(client, randers_assessed):
    html = page_html(client, "/maalsaetning/1/")
    assert "<h1>1. Færre børn og unge i udsatte positioner</h1>" in html
    assert html.count('<td><a href="/maal/1.') == 5
    assert '<div class="sparkline" data-vega-spec="spark-1.1"' in html
    spec = json.loads(re.search(r'<script id="spark-1.1" type="application/json">(.*?)</script>', html).group(1))
    assert spec["mark"]["type"] == "line" and len(spec["data"]["values"]) == 10
    assert (
        '<h3 class="header-title"><a href="/initiativ/1.i3/">Ungeløftet der skal styrke samskabelsen omkring de unge'
        " på tværs af forvaltningsområder</a></h3>"
    ) in html


def test_a_target_page_has_the_plan_words_interpretation_chart_table_provenance_and_downloads(client, randers_assessed):
    html = page_html(client, "/maal/1.1/")
    assert "<h1>Andelen af børn der lever i udsathed skal nedbringes markant</h1>" in html
    assert "<strong>Fortolkning — ikke politisk vedtaget</strong>" in html
    assert '<div class="chart" data-vega-spec="spec-main" role="img"' in html
    chart = json.loads(re.search(r'<script id="spec-main" type="application/json">(.*?)</script>', html).group(1))
    assert {row["series"] for row in chart["data"]["values"]} == {
        "Randers",
        "Hele landet",
        "Provinsbykommuner (DST's kommunegrupper)",
    }
    assert '<summary class="details-summary">Vis som tabel</summary>' in html
    assert '<summary class="details-summary">Sådan er status beregnet</summary>' in html
    assert (
        '<p data-testid="source-line"><strong>Eksempeldata fra Pejlings testserver — ikke tal fra Danmarks Statistik'
        "</strong>, tabel BU43, seneste periode 2024, hentet 28. november 2026." in html
    )
    assert "Kilde: Danmarks Statistik" not in html and "CC BY 4.0" not in html  # sample data claim nothing
    for fmt in ("csv", "xlsx", "json"):
        assert f'<a href="/maal/1.1/data.{fmt}" download>' in html
    assert "Nr. " in html and "af 98 kommuner i 2024 (1 = bedst)." in html


def test_unknown_goals_and_targets_are_404(client, randers_assessed):
    assert client.get("/maalsaetning/9/").status_code == 404
    assert client.get("/maal/9.9/").status_code == 404


def test_was_redirects_to_the_accessibility_statement(client, settings):
    settings.PEJLING_WAS_URL = "https://was.digst.dk/example-dk"
    response = client.get("/was")
    assert (response.status_code, response["Location"]) == (302, "https://was.digst.dk/example-dk")


def test_pages_answer_conditional_requests(client, randers_assessed):
    first = client.get("/")
    assert first.has_header("ETag") and first.has_header("Last-Modified")
    again = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_the_method_page_renders_docs_method_in_the_page_language(client, randers_loaded):
    html = page_html(client, "/om-metoden/")
    assert "<h1>Sådan beregner Pejling status</h1>\n<h2>Kort fortalt</h2>" in html
    assert "<table>" in html and "<h2>Efterprøv selv</h2>" in html
    assert "In short" not in html and "What a status is" not in html  # one language per page
    english = page_html(client, "/en/om-metoden/")
    assert "<h1>How Pejling assesses progress</h1>\n<h2>In short</h2>" in english
    assert "Kort fortalt" not in english and "Interpretation — not politically adopted" in english


def test_the_target_page_in_english_translates_the_chart_too(client, randers_assessed):
    html = page_html(client, "/en/maal/1.1/")
    chart = json.loads(re.search(r'<script id="spec-main" type="application/json">(.*?)</script>', html).group(1))
    assert {row["series"] for row in chart["data"]["values"]} >= {"Randers", "Whole country"}
    assert chart["description"].endswith("over time")
    assert "<strong>Interpretation — not politically adopted</strong>" in html
    assert '<summary class="details-summary">Show as table</summary>' in html
