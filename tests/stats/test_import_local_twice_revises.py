"""Importing local data again revises the same observations: the citation is provenance, not a dimension."""

from datetime import UTC, date, datetime

import pytest

from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_plan_files
from pejling.progress.assess import assess_plan
from pejling.stats.models import Observation, ObservationRevision
from tests.conftest import run_command

pytestmark = pytest.mark.django_db


def _import(capsys, path, source):
    return run_command(capsys, "data", "import", str(path), "--binding", "fritidsjob-13-17", "--source", source)


def test_a_second_import_with_another_source_revises_and_the_site_keeps_working(randers, tmp_path, capsys, client):
    path = tmp_path / "fritidsjob.csv"
    path.write_text("område;periode;værdi\nRanders;2023;38,5\nRanders;2024;39,1\n", encoding="utf-8")
    assert _import(capsys, path, "DST særkørsel 2024")[0] == 0
    path.write_text("område;periode;værdi\nRanders;2023;38,5\nRanders;2024;40,2\n", encoding="utf-8")
    code, out = _import(capsys, path, "DST særkørsel 2025")
    assert code == 0
    assert "0 nye / new, 1 revideret / revised, 1 uændrede / unchanged" in out
    rows = sorted(Observation.objects.values_list("area", "period", "value", "dims", "notes"))
    assert rows == [
        ("730", "2023", 38.5, {}, {"kilde": "DST særkørsel 2025"}),
        ("730", "2024", 40.2, {}, {"kilde": "DST særkørsel 2025"}),
    ]
    assert list(ObservationRevision.objects.values_list("observation__period", "value")) == [("2024", 39.1)]

    [(slug, plan_file)] = current_plan_files()
    version = PlanVersion.objects.get(plan__slug=slug)
    now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    assess_plan(version, plan_file, as_of=date(2026, 11, 28), now=now)  # raised DerivationError before the fix
    for url in ("/maal/1.3/", "/maal/1.3/data.csv", "/maal/1.3/data.xlsx"):
        assert client.get(url).status_code == 200, url
