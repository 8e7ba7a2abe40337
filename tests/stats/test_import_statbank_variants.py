"""Files saved from statistikbanken.dk: Danish labels, cp1252, K quarters; damaged files store nothing."""

import pytest
from django.core.management import call_command

from pejling.stats.models import Observation, SyncRun
from tests.conftest import FIXTURES

pytestmark = pytest.mark.django_db


def test_danish_labels_in_cp1252_without_bom(capsys):
    call_command("data", "import-statbank", str(FIXTURES / "dst/AUK01__labels_da_cp1252.csv"))
    out = capsys.readouterr().out
    assert "tabel AUK01, 3 rækker / rows: 3 nye / new" in out
    assert "udeladt / left out: 'Landsdel Østjylland' (1 rækker / rows" in out
    assert dict(Observation.objects.values_list("area", "value")) == {"000": 19206, "730": 261, "082": 3000}


def test_codes_with_decimal_commas_and_missing_markers():
    call_command("data", "import-statbank", str(FIXTURES / "dst/BOL101__codes_decimal_comma_missing.csv"))
    rows = sorted(Observation.objects.values_list("area", "period", "dims_key", "value", "flag"))
    assert rows == [
        ("000", "2024", '{"BEBO": "1000"}', 2745112.5, ""),
        ("730", "2023", '{"BEBO": "1000"}', None, "missing"),
        ("730", "2024", '{"BEBO": "1000"}', None, "missing"),
        ("730", "2024", '{"BEBO": "2000"}', None, "suppressed"),
    ]


def test_a_damaged_file_stores_nothing(capsys):
    with pytest.raises(SystemExit) as exit_code:
        call_command("data", "import-statbank", str(FIXTURES / "dst/FOLK1A__truncated.csv"))
    assert exit_code.value.code == 1
    assert "linje 3: 3 felter, ventede 4" in capsys.readouterr().out
    assert Observation.objects.count() == 0
    assert SyncRun.objects.count() == 0


def test_a_table_id_is_needed(tmp_path, capsys):
    path = tmp_path / "data.csv"
    path.write_text("OMRÅDE;TID;INDHOLD\n730;2024;1\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        call_command("data", "import-statbank", str(path))
    assert "angiv --table / give --table" in capsys.readouterr().out
