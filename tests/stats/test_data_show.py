import json

import pytest
from django.core.management import call_command

from tests.stats.conftest import run_sync

pytestmark = pytest.mark.django_db


def test_show_prints_each_value_with_its_provenance(randers, statbank_client, capsys):
    run_sync(statbank_client, only={"hisbk-middellevetid"})
    capsys.readouterr()
    call_command("data", "show", "--table", "HISBK", "--area", "730", "--format", "json")
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 26  # five-year windows ending 2000 … 2025
    first = rows[0]
    assert (first["area"], first["area_name"], first["period"], first["dims"]) == (
        "730",
        "Randers",
        "1996:2000",
        {"KØN": "TOT"},
    )
    provenance = first["provenance"]  # from the fake server: sample data, never credited to Danmarks Statistik
    assert provenance["producer"] == "Pejlings testserver (eksempeldata)"
    assert provenance["table_url"] == ""
    assert provenance["licence"] == "ingen — eksempeldata"
    assert provenance["citation"] == "Eksempeldata fra Pejlings testserver — ikke tal fra Danmarks Statistik"
    assert provenance["retrieved_at"].startswith("2026-11-28T")
    assert provenance["sample_data"] is True
    assert provenance["note"] == "Eksempeldata fra Pejlings testserver — ikke tal fra Danmarks Statistik"
    call_command("data", "show", "--table", "HISBK", "--area", "825")
    assert (
        capsys.readouterr().out == "Ingen observationer for tabel HISBK / no observations\n"
    )  # Læsø has no life table
