"""The real AUK01, LBESK69 and FOLK1A files (English labels, Q quarters, BOM, CRLF) import correctly."""

import pytest
from django.core.management import call_command

from pejling.stats.models import Observation, Snapshot
from tests.conftest import shared_path

pytestmark = pytest.mark.django_db


def _value(table, area, period):
    return Observation.objects.get(table=table, area=area, period=period).value


def test_auk01(capsys):
    path = shared_path("data/real/dst-auk01/auk01_social_assistance.csv")
    call_command("data", "import-statbank", str(path))
    out = capsys.readouterr().out
    assert "tabel AUK01, 7904 rækker / rows: 7904 nye / new" in out
    assert "udeladt / left out: 'Province Østjylland' (76 rækker / rows" in out
    assert _value("AUK01", "730", "2025K4") == 261
    assert _value("AUK01", "000", "2007K1") == 19206
    assert Observation.objects.filter(table="AUK01").values("area").distinct().count() == 104
    obs = Observation.objects.get(table="AUK01", area="730", period="2025K4")
    assert obs.dims == {
        "YDELSESTYPE": "Net unemployed recipients of social assistance",
        "KØN": "Total",
        "ALDER": "Age, total",
    }
    snapshot = Snapshot.objects.get(kind="file", table="AUK01")
    assert bytes(snapshot.content) == path.read_bytes()


def test_lbesk69_with_its_area_in_the_second_column():
    call_command(
        "data", "import-statbank", str(shared_path("data/real/dst-lbesk69/lbesk69_employees_by_municipality.csv"))
    )
    assert _value("LBESK69", "730", "2025K3") == 39612
    assert Observation.objects.filter(table="LBESK69", area="411").exists()  # Christiansø is kept


def test_folk1a_and_a_second_import_changes_nothing(capsys):
    path = shared_path("data/real/dst-folk1a/folk1a_population_annual.csv")
    call_command("data", "import-statbank", str(path), "--table", "FOLK1A")
    assert _value("FOLK1A", "730", "2008K1") == 93644
    assert _value("FOLK1A", "000", "2008K1") == 5475791
    call_command("data", "import-statbank", str(path), "--table", "FOLK1A")
    assert "0 nye / new, 0 revideret / revised, 525 uændrede / unchanged" in capsys.readouterr().out
