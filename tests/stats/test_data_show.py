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
    assert len(rows) == 16
    first = rows[0]
    assert (first["area"], first["area_name"], first["period"], first["dims"]) == (
        "730",
        "Randers",
        "2006:2010",
        {"KØN": "TOT"},
    )
    provenance = first["provenance"]
    assert provenance["producer"] == "Danmarks Statistik"
    assert provenance["table_url"] == "https://www.statbank.dk/HISBK"
    assert provenance["licence"] == "CC BY 4.0"
    assert provenance["citation"] == "Kilde: Danmarks Statistik"
    assert provenance["retrieved_at"].startswith("2026-11-28T")
    assert provenance["sample_data"] is True
    assert provenance["note"] == "Eksempeldata — ikke officielle tal"
    call_command("data", "show", "--table", "HISBK", "--area", "825")
    out = capsys.readouterr().out
    assert out.count("diskretioneret") == 16  # ".." in the answer
    assert "Eksempeldata — ikke officielle tal" in out
