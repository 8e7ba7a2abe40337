"""Which plan the site shows is decided in one place: PEJLING_PLAN, else the first loaded plan by id."""

from datetime import UTC, datetime

import pytest

from pejling.lib.planfile.validate import check_plan_file
from pejling.plans.loader import plan_load
from pejling.plans.queries import current_plan
from tests.conftest import FIXTURES, RANDERS_PLAN

pytestmark = pytest.mark.django_db


def test_the_setting_chooses_and_the_first_plan_is_the_default(settings, client):
    assert current_plan() is None
    for path in (RANDERS_PLAN, FIXTURES / "plans" / "assess.yaml"):
        plan = check_plan_file(path).plan
        plan_load(plan, source_text="", source_path="", now=datetime(2026, 11, 1, tzinfo=UTC), commit=True)
    assert current_plan().slug == "randers-fremtidens-randers"
    settings.PEJLING_PLAN = "testplan"
    assert current_plan().slug == "testplan"
    assert "Testplan for vurderinger" in client.get("/").content.decode()
    settings.PEJLING_PLAN = "findes-ikke"
    assert current_plan() is None
