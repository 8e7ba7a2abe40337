"""The staff pages in the browser: logging in and writing an update by keyboard alone, and axe-core finding no
WCAG 2.1 A/AA violation on any staff page, in Danish and in English."""

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from pejling.accounts.actions import ensure_forvaltning, save_staff
from pejling.accounts.actors import Operator
from pejling.editor.actions import edit_initiative, lock_period, save_budget_line, save_milestone
from pejling.editor.models import BudgetLine, InitiativeUpdate, Milestone
from pejling.editor.queries import initiative_entity, record_for
from pejling.plans.models import Plan
from tests.e2e.conftest import screenshot
from tests.e2e.test_accessibility import AXE
from tests.editor.test_staff_pages_in_one_language import PAGES as STAFF_PAGES

NOW = datetime(2026, 11, 28, 9, tzinfo=UTC)
SHELL = Operator("test")
PASSWORD = "korrekt-hest-batteri-hæfteklamme"
PAGES = [path for path in STAFF_PAGES if path != "/redaktion/log-ind/"]  # the login page is checked signed out


@pytest.fixture
def staffed(site):
    plan = Plan.objects.get()
    unit = ensure_forvaltning(SHELL, NOW, "Børn og Skole", contact_email="chef@randers.dk")
    user = save_staff(SHELL, NOW, "analyse@randers.dk", roles=["strategi"], forvaltning=unit)
    user.set_password(PASSWORD)
    user.save()
    record = record_for(initiative_entity(plan, "1.i1"), NOW.date())
    edit_initiative(SHELL, NOW, record, owner=user, forvaltning=unit, reporting_from=date(2026, 7, 1))
    save_milestone(SHELL, NOW, Milestone(initiative=record), title="Handleplan vedtaget", due=date(2027, 3, 1))
    save_budget_line(SHELL, NOW, BudgetLine(initiative=record), funding="Investeringsstrategien", planned=Decimal(100))
    lock_period(SHELL, NOW, plan, "2026K1")
    return site


def _login_by_keyboard(page, site):
    page.goto(f"{site}/redaktion/")
    page.wait_for_url(f"{site}/redaktion/log-ind/?next=/redaktion/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "id_username":
            break
    page.keyboard.type("analyse@randers.dk")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site}/redaktion/")


def test_an_update_written_by_keyboard_alone(staffed, page):
    _login_by_keyboard(page, staffed)
    page.goto(f"{staffed}/redaktion/initiativ/1.i1/opdatering/")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "id_period":
            break
    page.keyboard.press("Tab")
    page.keyboard.type("Arbejdsgruppen er nedsat.")
    page.keyboard.press("Tab")
    page.keyboard.type("20")
    page.keyboard.press("Tab")  # status: keep "Ikke startet"? choose "I gang" with the arrow key
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Gem opdateringen"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{staffed}/redaktion/initiativ/1.i1/")
    screenshot(page, "staff-update-saved")
    update = InitiativeUpdate.objects.get()
    assert (update.text, update.progress, update.status) == ("Arbejdsgruppen er nedsat.", 20, "in_progress")


def test_no_wcag_violations_on_any_staff_page(staffed, page):
    if not AXE.exists():
        pytest.skip("axe-core is not installed (make installs it from frontend/)")
    _login_by_keyboard(page, staffed)
    found = {}
    for path in [*PAGES, *(f"/en{p}" for p in PAGES)]:
        page.goto(f"{staffed}{path}")
        page.wait_for_load_state("networkidle")
        page.add_script_tag(url=f"{staffed}/static/vendor/axe/axe.min.js")
        result = page.evaluate(
            "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        )
        assert result["passes"], path
        found[path] = [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
        ]
        screenshot(page, "axe-staff" + path.replace("/", "_"))
    assert {path: v for path, v in found.items() if v} == {}, json.dumps(found, indent=1)
