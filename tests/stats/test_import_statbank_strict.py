"""`data import-statbank` is as strict as the local import: every problem with its line, nothing stored."""

import pytest

from pejling.stats.models import Observation, SyncRun
from tests.conftest import run_command
from tests.stats.conftest import run_sync

pytestmark = pytest.mark.django_db


def _import(capsys, path, *table):
    return run_command(capsys, "data", "import-statbank", str(path), *table)


def test_duplicates_unknown_areas_and_formula_codes_are_all_reported(tmp_path, capsys):
    path = tmp_path / "auk01.csv"
    path.write_text(
        "OMRÅDE;YDELSESTYPE;TID;INDHOLD\n"
        "Randers;TOT;2024K1;261\n"
        "Atlantis;TOT;2024K1;5\n"
        "Randers;=cmd|' /C calc'!A0;2024K1;7\n"
        "Randers;TOT;2024K1;262\n"
        "Province Østjylland;TOT;2024K1;900\n",
        encoding="utf-8",
    )
    code, out = _import(capsys, path)
    assert code == 1
    assert f"{path}:3: tabel AUK01, variabel OMRÅDE: ukendt område / unknown area 'Atlantis'" in out
    assert f"{path}:4: tabel AUK01, variabel YDELSESTYPE: ugyldig kode / invalid code \"=cmd|' /C calc'!A0\"" in out
    assert (
        f"{path}:5: tabel AUK01, dobbelt række / duplicate row for 730 2024K1 {{'YDELSESTYPE': 'TOT'}} "
        "(også linje / also line 2)"
    ) in out
    assert "udeladt / left out: 'Province Østjylland' (1 rækker / rows" in out
    assert "3 fejl / errors — intet gemt / nothing stored" in out
    assert (Observation.objects.count(), SyncRun.objects.count()) == (0, 0)


def test_codes_are_checked_against_the_stored_tableinfo(randers, statbank_client, tmp_path, capsys):
    run_sync(statbank_client, only={"hisbk-middellevetid"})  # stores HISBK's tableinfo
    before = Observation.objects.count()
    path = tmp_path / "hisbk.csv"
    path.write_text("OMRÅDE;KØN;TID;INDHOLD\n730;TOT;2021:2025;80,1\n730;XYZ;2021:2025;79,9\n", encoding="utf-8")
    code, out = _import(capsys, path, "--table", "HISBK")
    assert code == 1
    assert (
        f"{path}:3: tabel HISBK, variabel KØN: koden 'XYZ' findes ikke i tabellen / code 'XYZ' is not in the table"
        in out
    )
    assert Observation.objects.count() == before
    path.write_text("OMRÅDE;KØN;TID;INDHOLD\n730;TOT;2021:2025;80,1\n", encoding="utf-8")
    assert _import(capsys, path, "--table", "HISBK")[0] == 0
