"""A report is immutable and reproducible: building it again gives the archived one back, and after newer data
and a newer assessment the report for the past as-of date is rebuilt from stored history with the same figures
and fingerprint."""

from datetime import UTC, date, datetime

import pytest

from pejling.editor.actions import edit_initiative
from pejling.plans.queries import validated_file
from pejling.progress.assess import assess_plan
from pejling.reports.build import compose
from pejling.reports.models import ArchivedForGood, Report
from pejling.stats.models import IndicatorValue
from tests.reports.conftest import AS_OF, build
from tests.staff_fixtures import SHELL, record

LATER = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)


def test_a_past_report_rebuilds_to_the_archived_one(reported):
    archived = build(reported)
    assert archived.new
    again = build(reported)
    assert not again.new and again.report == archived.report and again.file == archived.file
    value = IndicatorValue.objects.get(indicator__series__table="BU43", area="730", period="2024")
    value.value = 3.1
    value.save()
    edit_initiative(SHELL, LATER, record(reported, "1.i1"), status="completed")
    version = reported.latest_version()
    assess_plan(version, validated_file(version), as_of=date(2026, 12, 10), now=LATER)
    content, fingerprint = compose(reported, AS_OF, "da", None)
    assert fingerprint == archived.report.fingerprint
    assert content == archived.report.content
    rebuilt = build(reported, now=LATER)
    assert not rebuilt.new and rebuilt.report == archived.report
    newer, _ = compose(reported, date(2026, 12, 10), "da", archived.report)
    [target] = [t for t in newer["data"]["targets"] if t["key"] == "1.1"]
    assert target["current_value"] == 3.1
    [initiative] = [i for i in newer["data"]["initiatives"] if i["key"] == "1.i1"]
    assert initiative["status"] == "completed"


def test_an_archived_report_is_never_changed_or_deleted(reported):
    report = build(reported).report
    report.language = "en"
    with pytest.raises(ArchivedForGood):
        report.save()
    with pytest.raises(ArchivedForGood):
        Report.objects.get().delete()
    assert Report.objects.get().language == "da"
