"""The real FOLK1A and AUK01 files (English labels) import into the series the Randers bindings read, through
the fake's English tableinfo, with their exact values; real data are cited as Danmarks Statistik's."""

import json

import pytest
from django.core.management import call_command

from pejling.lib.bindings import indicator_request
from pejling.plans.queries import current_bindings
from pejling.stats.models import Observation, Series
from tests.conftest import run_command, shared_path

pytestmark = pytest.mark.django_db


def _english_tableinfo(statbank_client, table, tmp_path):
    _, raw = statbank_client.tableinfo(table, lang="en")
    path = tmp_path / f"{table}-en.json"
    path.write_bytes(raw.content)
    return path


def _series_of(binding_id):
    binding = next(b for _, b in current_bindings() if b.id == binding_id)
    return Series.objects.get(key=indicator_request(binding).value.key)


def test_folk1a_feeds_the_population_peer_variable(randers, statbank_client, tmp_path, capsys):
    path = shared_path("data/real/dst-folk1a/folk1a_population_annual.csv")
    info = _english_tableinfo(statbank_client, "FOLK1A", tmp_path)
    call_command("data", "import-statbank", str(path), "--table", "FOLK1A", "--tableinfo", str(info))
    series = _series_of("peer-befolkning")
    rows = {(o.area, o.period): o.value for o in Observation.objects.filter(series=series, area__in=["730", "000"])}
    assert rows[("730", "2008K1")] == 93644 and rows[("730", "2022K1")] == 98988
    assert rows[("000", "2008K1")] == 5475791 and rows[("000", "2022K1")] == 5873420
    assert Observation.objects.filter(series=series).count() == 105 * 5
    capsys.readouterr()
    code, out = run_command(capsys, "data", "show", "--table", "FOLK1A", "--area", "730", "--format", "json")
    assert code == 0
    provenance = json.loads(out)[0]["provenance"]
    assert (provenance["citation"], provenance["licence"], provenance["sample_data"]) == (
        "Kilde: Danmarks Statistik",
        "CC BY 4.0",
        False,
    )


def test_auk01_labels_become_the_real_codes(randers, statbank_client, tmp_path):
    path = shared_path("data/real/dst-auk01/auk01_social_assistance.csv")
    info = _english_tableinfo(statbank_client, "AUK01", tmp_path)
    call_command("data", "import-statbank", str(path), "--table", "AUK01", "--tableinfo", str(info))
    randers = Observation.objects.get(table="AUK01", area="730", period="2025K4")
    assert (randers.value, randers.dims) == (261, {"YDELSESTYPE": "LK", "KØN": "TOT", "ALDER": "TOT"})
    assert Observation.objects.get(table="AUK01", area="000", period="2007K1").value == 19206
