"""Both imports store finite numbers only and read Danish thousands separators by the file's own convention."""

import pytest

from pejling.stats.models import Observation
from tests.conftest import run_command

pytestmark = pytest.mark.django_db


def _local(capsys, path):
    return run_command(capsys, "data", "import", str(path), "--binding", "csr-job", "--source", "opgørelse")


def test_non_finite_values_are_refused_with_their_lines(randers, tmp_path, capsys):
    path = tmp_path / "csr.csv"
    path.write_text("område;periode;værdi\nRanders;2021;nan\nRanders;2022;inf\nRanders;2023;-1e400\n", encoding="utf-8")
    code, out = _local(capsys, path)
    assert code == 1
    assert f"{path}:2: ikke et tal / not a number: 'nan'" in out
    assert f"{path}:3: ikke et tal / not a number: 'inf'" in out
    assert f"{path}:4: ikke et endeligt tal / not a finite number: '-1e400'" in out
    assert Observation.objects.count() == 0


def test_danish_thousands_are_read_when_the_file_uses_decimal_commas(randers, tmp_path, capsys):
    path = tmp_path / "csr.csv"
    path.write_text("område;periode;værdi\nRanders;2023;12.345\nRanders;2024;38,5\n", encoding="utf-8")
    assert _local(capsys, path)[0] == 0
    assert sorted(Observation.objects.values_list("period", "value")) == [("2023", 12345.0), ("2024", 38.5)]


def test_an_ambiguous_number_is_refused_when_the_file_does_not_say(randers, tmp_path, capsys):
    path = tmp_path / "csr.csv"
    path.write_text("område;periode;værdi\nRanders;2023;12.345\nRanders;2024;12\n", encoding="utf-8")
    code, out = _local(capsys, path)
    assert code == 1
    assert f"{path}:2: tvetydigt tal / ambiguous number '12.345'" in out


def test_a_file_named_xlsx_that_is_not_a_workbook(randers, tmp_path, capsys):
    path = tmp_path / "csr.xlsx"
    path.write_text("område;periode;værdi\n", encoding="utf-8")
    code, out = _local(capsys, path)
    assert code == 1
    assert f"{path}:0: filen er ikke en gyldig XLSX-fil / the file is not a valid XLSX workbook" in out


def test_an_xlsx_cell_that_is_not_finite(randers, tmp_path, capsys):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["område", "periode", "værdi"])
    sheet.append(["Randers", 2023, "NaN"])
    path = tmp_path / "csr.xlsx"
    book.save(path)
    code, out = _local(capsys, path)
    assert code == 1
    assert f"{path}:2: ikke et tal / not a number: 'NaN'" in out


def test_a_statbank_file_with_a_non_finite_value_names_table_line_and_variable(randers, tmp_path, capsys):
    path = tmp_path / "auk01.csv"
    path.write_text("OMRÅDE;TID;INDHOLD\nRanders;2024K1;261\nRanders;2024K2;nan\n", encoding="utf-8")
    code, out = run_command(capsys, "data", "import-statbank", str(path))
    assert code == 1
    assert "tabel AUK01, variabel INDHOLD: linje 3: ikke et tal / not a number: 'nan'" in out
    assert Observation.objects.count() == 0
