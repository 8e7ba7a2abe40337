"""Every write that changes what the site shows announces it once committed; the dashboard then clears the
page cache. A write that rolls back announces nothing."""

from datetime import UTC, date, datetime

import pytest
from django.core.cache import cache
from django.db import transaction

from pejling.changes import announce, data_changed
from pejling.lib.planfile.validate import check_plan_file
from pejling.plans.loader import plan_load
from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_bindings, current_plan_files
from pejling.progress.assess import assess_plan
from pejling.stats.runner import sync_all
from tests.conftest import FIXTURES
from tests.stats.conftest import Clock, fake, statbank_client  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db(transaction=True)
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.fixture
def heard():
    seen = []

    def listen(sender, what, **kwargs):
        seen.append(what)

    data_changed.connect(listen)
    yield seen
    data_changed.disconnect(listen)


def _cached():
    cache.set("page", "old")
    return lambda: cache.get("page")


def test_load_sync_and_assess_each_announce_once_and_clear_the_cache(heard, statbank_client):  # noqa: F811
    page = _cached()
    plan = check_plan_file(FIXTURES / "plans" / "assess.yaml").plan
    plan_load(plan, source_text="", source_path="", now=NOW, commit=True)
    assert (heard, page()) == (["plan"], None)
    page = _cached()
    sync_all(current_bindings("testplan"), statbank=statbank_client, jobindsats=None, now=Clock())
    assert (heard, page()) == (["plan", "data"], None)
    page = _cached()
    [(_, plan_file)] = current_plan_files("testplan")
    version = PlanVersion.objects.get(plan__slug="testplan")
    assess_plan(version, plan_file, as_of=date(2026, 11, 28), now=NOW, areas=["730"])
    assert (heard, page()) == (["plan", "data", "assessments"], None)


def test_a_dry_run_and_a_rolled_back_write_announce_nothing(heard):
    page = _cached()
    plan = check_plan_file(FIXTURES / "plans" / "assess.yaml").plan
    plan_load(plan, source_text="", source_path="", now=NOW, commit=False)
    with pytest.raises(RuntimeError), transaction.atomic():
        announce("data")
        raise RuntimeError("the write failed")
    assert (heard, page()) == ([], "old")
