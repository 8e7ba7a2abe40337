from datetime import UTC, datetime

import pytest

from pejling.lib.planfile.validate import check_plan_file
from pejling.plans.loader import plan_load
from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_bindings, current_plan_files
from pejling.stats.runner import sync_all
from tests.conftest import FIXTURES
from tests.stats.conftest import Clock, fake, statbank_client  # noqa: F401  (fixtures)

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.fixture
def testplan(db, statbank_client):  # noqa: F811
    plan = check_plan_file(FIXTURES / "plans" / "assess.yaml").plan
    assert plan is not None
    plan_load(plan, source_text="", source_path="", now=NOW, commit=True)
    sync_all(current_bindings("testplan"), statbank=statbank_client, jobindsats=None, now=Clock())
    [(_, plan_file)] = current_plan_files("testplan")
    return PlanVersion.objects.get(plan__slug="testplan"), plan_file


@pytest.fixture
def randers_with_peers(db, statbank_client):  # noqa: F811
    """The Randers plan, synced for one target and every peer variable, then assessed."""
    from datetime import date

    from pejling.progress.assess import assess_plan
    from tests.conftest import RANDERS_PLAN

    plan = check_plan_file(RANDERS_PLAN).plan
    assert plan is not None
    plan_load(plan, source_text="", source_path="", now=NOW, commit=True)
    wanted = [(k, b) for k, b in current_bindings() if b.id.startswith("peer-") or b.id == "bu43-udsatte-0-22"]
    sync_all(wanted, statbank=statbank_client, jobindsats=None, now=Clock())
    [(slug, plan_file)] = current_plan_files()
    assess_plan(PlanVersion.objects.get(plan__slug=slug), plan_file, as_of=date(2026, 11, 28), now=NOW)
