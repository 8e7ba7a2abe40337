from datetime import UTC, date, datetime

import pytest

from pejling.lib.planfile.validate import check_plan_file
from pejling.plans.loader import plan_load
from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_bindings, current_plan_files
from pejling.progress.assess import assess_plan
from pejling.stats.runner import sync_all
from tests.conftest import RANDERS_PLAN
from tests.stats.conftest import Clock, fake, statbank_client  # noqa: F401  (fixtures)

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
SYNCED = {"bu43-udsatte-0-22", "neet-andel-16-24", "bev107-nettotilflytning", "hisbk-middellevetid"}


@pytest.fixture
def randers_loaded(db):
    plan_file = check_plan_file(RANDERS_PLAN).plan
    assert plan_file is not None
    plan_load(plan_file, source_text="", source_path="", now=NOW, commit=True)


@pytest.fixture
def randers_assessed(randers_loaded, statbank_client):  # noqa: F811
    """The Randers plan with four bindings synced from the fake StatBank and every Mål assessed."""
    wanted = [(k, b) for k, b in current_bindings() if b.id in SYNCED]
    sync_all(wanted, statbank=statbank_client, jobindsats=None, now=Clock())
    [(slug, plan_file)] = current_plan_files()
    assess_plan(PlanVersion.objects.get(plan__slug=slug), plan_file, as_of=date(2026, 11, 28), now=NOW)


@pytest.fixture
def with_neighbours(randers_loaded, statbank_client):  # noqa: F811
    """As ``randers_assessed``, with the structural variables synced too, so the neighbours are computed."""
    wanted = [(k, b) for k, b in current_bindings() if b.id in SYNCED or b.id.startswith("peer-")]
    sync_all(wanted, statbank=statbank_client, jobindsats=None, now=Clock())
    [(slug, plan_file)] = current_plan_files()
    assess_plan(PlanVersion.objects.get(plan__slug=slug), plan_file, as_of=date(2026, 11, 28), now=NOW)
    return plan_file


def page_html(client, url):
    """A public page's HTML, asserting it answered 200."""
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


from tests.staff_fixtures import plan, staff  # noqa: E402, F401  (fixtures; they use randers_loaded)
