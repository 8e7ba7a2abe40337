"""Re-assessing the same date replaces it; a later date keeps the history and says what changed."""

from datetime import date

import pytest

from pejling.plans.queries import current_bindings
from pejling.progress.assess import assess_plan
from pejling.progress.models import Assessment
from pejling.stats.indicators import refresh_indicators
from pejling.stats.models import Observation
from pejling.stats.runner import sync_all
from tests.progress.conftest import NOW
from tests.stats.conftest import Clock

pytestmark = pytest.mark.django_db
JUNE, NOVEMBER = date(2026, 6, 1), date(2026, 11, 28)


def test_assess_is_idempotent(testplan):
    version, plan_file = testplan
    assess_plan(version, plan_file, as_of=NOVEMBER, now=NOW)
    first = list(Assessment.objects.order_by("target__key", "area").values_list("status", "score"))
    assess_plan(version, plan_file, as_of=NOVEMBER, now=NOW)
    assert list(Assessment.objects.order_by("target__key", "area").values_list("status", "score")) == first
    assert Assessment.objects.count() == 294


def test_a_revision_is_named_in_the_change_note(testplan):
    version, plan_file = testplan
    assess_plan(version, plan_file, as_of=JUNE, now=NOW)
    revised = Observation.objects.get(table="HISBK", area="730", period="2019:2023")
    revised.value += 0.4
    revised.save()
    refresh_indicators([revised.series_id], NOW)  # what a sync does after storing a revision
    assess_plan(version, plan_file, as_of=NOVEMBER, now=NOW)
    row = Assessment.objects.get(target__key="2.1", area="730", as_of=NOVEMBER)
    revision = next(c for c in row.changes if c["code"] == "revised")
    assert revision["producer"] == "Pejlings testserver (eksempeldata)"  # the fake never claims DST
    assert revision["periods"] == "2023"
    assert revision["values"] == [{"period": "2023", "old": revised.value - 0.4, "new": revised.value}]
    assert row.change_note.startswith("Pejlings testserver (eksempeldata) har revideret tallet for 2023")
    first = Assessment.objects.get(target__key="2.1", area="730", as_of=JUNE)
    assert (first.changes, first.change_note) == ([{"code": "first"}], "første vurdering")
    assert Assessment.objects.count() == 2 * 294  # both dates kept


def test_new_data_is_named_in_the_change_note(testplan, statbank_client):
    version, plan_file = testplan
    june = Observation.objects.filter(table="NEET1", period="2023")
    series = set(june.values_list("series_id", flat=True))
    june.delete()  # 2023 had not arrived in June
    refresh_indicators(series, NOW)
    assess_plan(version, plan_file, as_of=JUNE, now=NOW)
    sync_all(current_bindings("testplan"), statbank=statbank_client, jobindsats=None, now=Clock(), force=True)
    assess_plan(version, plan_file, as_of=NOVEMBER, now=NOW)
    before = Assessment.objects.get(target__key="1.1", area="730", as_of=JUNE)
    after = Assessment.objects.get(target__key="1.1", area="730", as_of=NOVEMBER)
    assert (before.current_year, after.current_year) == (2022, 2023)
    assert after.changes[0] == {"code": "new_data", "period": "2023"}
    assert after.change_note.startswith("nye tal for 2023")


def test_a_changed_interpretation_is_named(testplan):
    from datetime import UTC, datetime

    from pejling.lib.planfile.validate import check_plan_text
    from pejling.plans.loader import plan_load
    from pejling.plans.models import PlanVersion
    from pejling.plans.queries import current_plan_files
    from tests.conftest import FIXTURES

    version, plan_file = testplan
    assess_plan(version, plan_file, as_of=JUNE, now=NOW)
    text = (
        (FIXTURES / "plans" / "assess.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "interpretation: {base_year: 2015, target_year: 2030, rule: trend}",
            "interpretation: {base_year: 2015, target_year: 2033, rule: trend}",
        )
    )
    plan_load(
        check_plan_text(text).plan, source_text=text, source_path="", now=datetime(2026, 7, 1, tzinfo=UTC), commit=True
    )
    [(_, new_file)] = current_plan_files("testplan")
    assess_plan(PlanVersion.objects.get(plan__slug="testplan", number=2), new_file, as_of=NOVEMBER, now=NOW)
    row = Assessment.objects.get(target__key="2.1", area="730", as_of=NOVEMBER)
    assert {"code": "interpretation", "version": 2} in row.changes
    assert "fortolkningen er ændret (planversion 2)" in row.change_note
    unchanged = Assessment.objects.get(target__key="1.1", area="730", as_of=NOVEMBER)
    assert all(c["code"] != "interpretation" for c in unchanged.changes)
