"""Local data for `local` bindings: CSV or XLSX, every row validated, all or nothing."""

import pytest
from openpyxl import Workbook

from pejling.audit.models import AuditEntry
from pejling.editor.models import LocalUpload
from pejling.stats.models import Observation, Snapshot
from tests.conftest import run_command

pytestmark = pytest.mark.django_db


def _run(capsys, *args):
    return run_command(capsys, "data", "import", *args)


def test_a_cp1252_csv_with_semicolons_and_decimal_commas(randers, tmp_path, capsys):
    path = tmp_path / "fritidsjob.csv"
    path.write_bytes(
        "Område;Periode;Værdi;Kilde\nRanders;2023;38,5;DST særkørsel 2024\n730;2024;39,1;DST særkørsel "
        "2025\nHele landet;2024;35,6;DST bag tallene\n".encode("cp1252")
    )
    code, out = _run(capsys, str(path), "--binding", "fritidsjob-13-17", "--entered-by", "analytiker")
    assert code == 0
    assert "→ fritidsjob-13-17: 3 nye / new" in out
    rows = sorted(Observation.objects.values_list("area", "period", "value", "source", "table"))
    assert rows == [
        ("000", "2024", 35.6, "local", "fritidsjob-13-17"),
        ("730", "2023", 38.5, "local", "fritidsjob-13-17"),
        ("730", "2024", 39.1, "local", "fritidsjob-13-17"),
    ]
    snapshot = Snapshot.objects.get(kind="file")
    assert snapshot.request == {
        "file": "fritidsjob.csv",
        "binding": "fritidsjob-13-17",
        "entered_by": "analytiker",
        "source": "",
    }
    stored = Observation.objects.get(area="730", period="2023")
    assert (stored.dims, stored.notes) == ({}, {"kilde": "DST særkørsel 2024"})
    upload = LocalUpload.objects.get()  # kept like an upload in the browser, and audited
    assert (upload.original_name, upload.state, upload.counts["created"]) == ("fritidsjob.csv", "stored", 3)
    assert {e.actor_label.split(":")[0] for e in AuditEntry.objects.filter(subject=upload.binding)} == {"shell"}


def test_an_xlsx_file_with_a_source_for_all_rows(randers, tmp_path, capsys):
    book = Workbook()
    sheet = book.active
    sheet.append(["område", "periode", "værdi"])
    sheet.append(["Randers", 2018, 46])
    sheet.append(["Randers", 2019, 39])
    path = tmp_path / "tomme.xlsx"
    book.save(path)
    code, _ = _run(capsys, str(path), "--binding", "tomme-erhvervslejemaal-midtby", "--source", "randers.dk")
    assert code == 0
    assert sorted(Observation.objects.values_list("period", "value")) == [("2018", 46.0), ("2019", 39.0)]


def test_every_bad_row_is_reported_and_nothing_is_stored(randers, tmp_path, capsys):
    path = tmp_path / "csr.csv"
    path.write_text(
        "område,periode,værdi,kilde\nRanders,2023,12,opgørelse\nAtlantis,2023,5,x\nRanders,2024K5,3,x\n"
        "Randers,2024,mange,x\nRanders,2023,13,x\n",
        encoding="utf-8",
    )
    code, out = _run(capsys, str(path), "--binding", "csr-job")
    assert code == 1
    assert f"{path}:3: ukendt område / unknown area 'Atlantis'" in out
    assert f"{path}:4: kvartal uden for 1-4 / quarter out of range: '2024K5'" in out
    assert f"{path}:5: ikke et tal / not a number: 'mange'" in out
    assert f"{path}:6: dobbelt række for 730 2023 (også linje 2) / duplicate row for 730 2023 (also line 2)" in out
    assert "4 fejl / errors — intet gemt / nothing stored" in out
    assert Observation.objects.count() == 0


def test_missing_columns_and_sources_are_problems(randers, tmp_path, capsys):
    path = tmp_path / "x.csv"
    path.write_text("område;år\nRanders;2023\n", encoding="utf-8")
    code, out = _run(capsys, str(path), "--binding", "csr-job")
    assert code == 1 and "kolonner mangler: værdi (fandt: ['område', 'år']) / missing columns: værdi" in out
    path.write_text("område;år;værdi\nRanders;2023;4\n", encoding="utf-8")
    code, out = _run(capsys, str(path), "--binding", "csr-job")
    assert code == 1 and f"{path}:2: kilde mangler: brug kolonnen 'kilde' eller --source / no source" in out


def test_only_local_bindings_take_local_data(randers, tmp_path, capsys):
    path = tmp_path / "x.csv"
    path.write_text("område;år;værdi;kilde\nRanders;2023;4;x\n", encoding="utf-8")
    code, out = _run(capsys, str(path), "--binding", "neet-andel-16-24")
    assert code == 1
    assert "binding neet-andel-16-24 henter fra statbank, ikke lokale data" in out
    code, out = _run(capsys, str(path), "--binding", "ingen")
    assert code == 1 and "ingen binding hedder / no binding named 'ingen'" in out
