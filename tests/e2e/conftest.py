"""A real browser (Debian's chromium, driven by Playwright) against a live server with assessed data."""

import os
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pejling.lib.fakestat.server import FakeConfig, FakeStatBankServer
from pejling.lib.planfile.validate import check_plan_file
from pejling.lib.statbank.client import StatBankClient
from pejling.plans.loader import plan_load
from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_bindings, current_plan_files
from pejling.progress.assess import assess_plan
from pejling.stats.runner import sync_all
from tests.conftest import RANDERS_PLAN, REPO
from tests.stats.conftest import Clock

# Playwright keeps an event loop in this thread; the test data are written from it before the browser acts.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
CHROMIUM = os.environ.get("PEJLING_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
SYNCED = {"bu43-udsatte-0-22", "neet-andel-16-24", "bev107-nettotilflytning", "hisbk-middellevetid"}


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        pytest.skip(f"{CHROMIUM} findes ikke / is absent: install Debian's chromium (make test does, as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def site(transactional_db, live_server):
    """The Randers plan, four bindings and the neighbours' structural variables synced from the fake StatBank,
    every Mål assessed; the live server's URL."""
    plan = check_plan_file(RANDERS_PLAN).plan
    assert plan is not None
    now = datetime(2026, 11, 28, 9, tzinfo=UTC)
    plan_load(plan, source_text="", source_path="", now=now, commit=True)
    server = FakeStatBankServer(config=FakeConfig())
    server.start_in_thread()
    try:
        client = StatBankClient(server.url, requests_per_second=1e6)
        sync_all(
            [(k, b) for k, b in current_bindings() if b.id in SYNCED or b.id.startswith("peer-")],
            statbank=client,
            jobindsats=None,
            now=Clock(),
        )
    finally:
        server.stop()
    [(slug, plan_file)] = current_plan_files()
    assess_plan(PlanVersion.objects.get(plan__slug=slug), plan_file, as_of=date(2026, 11, 28), now=now)
    ARTIFACTS.mkdir(exist_ok=True)
    return live_server.url


@pytest.fixture
def site_with_report(site):
    """As ``site``, with one byrådsrapport archived as PDF and DOCX."""
    from pejling.accounts.actors import Operator
    from pejling.plans.models import Plan
    from pejling.reports.actions import build_report

    plan = Plan.objects.get()
    for file_format in ("pdf", "docx"):
        build_report(
            Operator("e2e"), datetime(2026, 11, 30, 9, tzinfo=UTC), plan, date(2026, 11, 30), file_format=file_format
        )
    return site


def screenshot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
