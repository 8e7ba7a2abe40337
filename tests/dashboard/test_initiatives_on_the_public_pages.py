"""Initiatives on the public pages: each målsætning lists its initiatives with status, last update, milestones
and budget, and places them in Levering × effekt; each initiative has its own page; the API and the
downloads carry them; a saved update is on the public page at once (the page cache is cleared on commit)."""

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from pejling.accounts.actions import ensure_forvaltning
from pejling.editor.actions import edit_initiative, save_budget_line, save_milestone, submit_update
from pejling.editor.models import BudgetLine, Milestone
from pejling.plans.models import PlanEntity
from pejling.progress.models import Assessment
from tests.dashboard.conftest import page_html
from tests.staff_fixtures import NOW, SHELL, record

pytestmark = pytest.mark.usefixtures("randers_assessed")


def _target(plan, key):
    return PlanEntity.objects.get(plan=plan, kind="target", key=key)


@pytest.fixture
def goal_five(staff, plan):
    """5.i1 late but its Mål (5.3) improves; 5.i2 delivered while its Mål (5.1, made flat here) stands still;
    5.i3 and 5.i4 not yet linked to a Mål."""
    Assessment.objects.filter(area="730", target__key="5.1").update(status="limited_progress", score=0.5)
    unit = ensure_forvaltning(SHELL, NOW, "Teknik og Miljø")
    first = record(plan, "5.i1")
    edit_initiative(
        SHELL,
        NOW,
        first,
        forvaltning=unit,
        owner=staff["owner"],
        reporting_from=date(2026, 1, 1),
        end=date(2026, 9, 30),
        targets=[_target(plan, "5.3")],
    )
    save_milestone(
        SHELL,
        NOW,
        Milestone(initiative=first),
        title="Kortlægning af boligmassen",
        due=date(2026, 6, 30),
        done=True,
        done_on=date(2026, 6, 20),
    )
    save_budget_line(
        SHELL,
        NOW,
        BudgetLine(initiative=first),
        funding="Investeringsstrategien",
        year=2026,
        planned=Decimal(1_500_000),
        spent=Decimal(750_000),
    )
    save_budget_line(
        SHELL, NOW, BudgetLine(initiative=first), funding="Boligsocial pulje", year=2026, planned=Decimal(500_000)
    )
    five_months_ago = timezone.now() - timedelta(days=165)
    submit_update(
        staff["owner"],
        five_months_ago,
        first,
        period="2026K2",
        text="Kortlægningen er færdig.",
        progress=40,
        status="in_progress",
    )
    second = record(plan, "5.i2")
    edit_initiative(SHELL, NOW, second, status="completed", targets=[_target(plan, "5.1")])
    return first


def test_the_goal_page_lists_the_initiatives_and_places_them(client, goal_five):
    html = page_html(client, "/maalsaetning/5/")
    card = html.split('<a href="/initiativ/5.i1/">Bedre og sundere boliger i by og på land</a></h3>')[1].split(
        "</div></div>"
    )[0]
    assert "<strong>I gang</strong>" in card
    assert "Senest opdateret for 5\xa0måneder siden — 2 opdateringer mangler." in card
    assert "Ansvarlig: Teknik og Miljø." in card
    assert "Budget 2.000.000 kr., heraf forbrugt 750.000 kr." in card
    assert "<tr><td>Kortlægning af boligmassen</td><td>30. juni 2026</td><td>20. juni 2026</td></tr>" in card
    grid = html.split("<caption>Levering over for effekt for målsætningens initiativer</caption>")[1].split("</table>")[
        0
    ]
    rows = {row.split("</th>")[0]: row.split("</th>")[1] for row in grid.split('<th scope="row">')[1:]}
    assert '<a href="/initiativ/5.i1/">5.i1</a> → 5.3' in rows["Forsinket"].split("<td>")[1]  # column: improving
    assert '<a href="/initiativ/5.i2/">5.i2</a> → 5.1' in rows["Leveret"].split("<td>")[2]  # column: flat
    assert "<li>Leveret, men tallet flytter sig ikke — et spørgsmål til byrådet.</li>" in html
    assert "<li>Tallet flytter sig uden levering — det peger på drivkræfter udefra.</li>" in html
    assert (
        'Endnu ikke knyttet til et Mål: <a href="/initiativ/5.i3/">5.i3</a>, <a href="/initiativ/5.i4/">5.i4</a>.'
        in html
    )
    assert "<strong>Fortolkning — ikke politisk vedtaget.</strong>" in html
    english = page_html(client, "/en/maalsaetning/5/")
    assert "Last updated 5\xa0months ago — 2 updates missing." in english
    assert "<li>The figure moves without delivery — it points at outside drivers.</li>" in english


def test_the_initiative_page(client, goal_five):
    html = page_html(client, "/initiativ/5.i1/")
    assert "<h1>Initiativ 5.i1</h1>" in html
    assert '<p class="font-lead">Bedre og sundere boliger i by og på land</p>' in html
    assert "Periode: — – 30. september 2026" in html
    assert (
        '<li><a href="/maal/5.3/">5.3 Randers Kommune skal være en attraktiv bosætnings- og vækstkommune med nettotilflytning af borgere</a> — Tallet forbedres</li>'
        in html
    )
    assert '<h3 class="header-title">2026K2 — I gang, 40 % gennemført</h3>' in html
    assert "<p>Kortlægningen er færdig.</p>" in html
    assert "Kilde: Randers Kommune (initiativets ansvarlige)." in html
    assert "ejer@randers.dk" not in html  # no person on the public page
    assert page_html(client, "/en/initiativ/5.i1/").count("Initiative 5.i1") == 2  # title and heading
    assert client.get("/initiativ/9.i9/").status_code == 404


def test_the_api_and_the_downloads(client, goal_five):
    data = json.loads(client.get("/api/plans/randers-fremtidens-randers/initiatives?limit=100").content)
    assert data["count"] == 14
    [item] = [i for i in data["items"] if i["id"] == "5.i1"]
    assert item | {"updates": None} == {
        "id": "5.i1",
        "goal": "5",
        "text": "Bedre og sundere boliger i by og på land",
        "forvaltning": "Teknik og Miljø",
        "status": "in_progress",
        "status_label_da": "I gang",
        "status_reason": "",
        "start": None,
        "end": "2026-09-30",
        "cadence": "quarterly",
        "delivery": "late",
        "targets": [
            {
                "key": "5.3",
                "text": "Randers Kommune skal være en attraktiv bosætnings- og vækstkommune med nettotilflytning af borgere",
                "trend": "improving",
            }
        ],
        "milestones": [
            {"title": "Kortlægning af boligmassen", "due": "2026-06-30", "done": True, "done_on": "2026-06-20"}
        ],
        "budget": {
            "planned": 2000000,
            "spent": 750000,
            "lines": [
                {"funding": "Investeringsstrategien", "year": 2026, "planned": 1500000, "spent": 750000},
                {"funding": "Boligsocial pulje", "year": 2026, "planned": 500000, "spent": 0},
            ],
        },
        "updates": None,
        "missing_updates": ["2026K1", "2026K3"],
        "source": "Randers Kommune (initiativets ansvarlige)",
    }
    assert [(u["period"], u["text"], u["progress"]) for u in item["updates"]] == [
        ("2026K2", "Kortlægningen er færdig.", 40)
    ]
    csv_text = client.get("/initiativer.csv").content.decode("utf-8-sig")
    assert (
        "5.i1;5;Bedre og sundere boliger i by og på land;Teknik og Miljø;I gang;late;;2026-09-30;5.3;2000000;750000;"
        in csv_text
    )
    downloaded = json.loads(client.get("/initiativer.json").content)
    assert [i["id"] for i in downloaded][-4:] == ["5.i1", "5.i2", "5.i3", "5.i4"]
    assert downloaded[-4]["missing_updates"] == ["2026K1", "2026K3"]


def test_a_saved_update_is_on_the_public_page_at_once(client, goal_five, staff, django_capture_on_commit_callbacks):
    assert "Klar til byrådet." not in page_html(client, "/initiativ/5.i1/")
    with django_capture_on_commit_callbacks(execute=True):
        submit_update(
            staff["owner"],
            timezone.now(),
            goal_five,
            period="2026K3",
            text="Klar til byrådet.",
            progress=60,
            status="in_progress",
        )
    html = page_html(client, "/initiativ/5.i1/")
    assert "<p>Klar til byrådet.</p>" in html and "1 opdatering mangler" in html
