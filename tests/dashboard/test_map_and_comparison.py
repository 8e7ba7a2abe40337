import json

import pytest

from pejling.lib.geography import MUNICIPALITY_CODES
from tests.conftest import run_command, shared_path

pytestmark = pytest.mark.django_db


def test_the_target_page_has_a_map_when_boundaries_are_configured(client, randers_assessed, settings):
    settings.PEJLING_GEOJSON = shared_path("data/real/geo/dagi_kommuner.geojson")
    html = client.get("/maal/1.1/").content.decode()
    assert '<div class="chart" data-vega-spec="spec-map" role="img"' in html
    geo = client.get("/geo/kommuner.geojson")
    collection = json.loads(geo.content)  # a hand-placed file: normalised when served
    codes = {int(f["properties"]["KOMKODE"]) for f in collection["features"]}
    assert {int(code) for code in MUNICIPALITY_CODES} <= codes  # the 98 (the 2014 file also has Christiansø)


def test_without_boundaries_there_is_no_map(client, randers_assessed, settings, tmp_path):
    settings.PEJLING_GEOJSON = tmp_path / "none.geojson"
    assert "spec-map" not in client.get("/maal/1.1/").content.decode()
    assert client.get("/geo/kommuner.geojson").status_code == 404


def test_geo_fetch_offline_says_so(capsys, tmp_path):
    code, out = run_command(
        capsys, "geo", "fetch", "--url", "http://127.0.0.1:9/kommuner", "--output", str(tmp_path / "k.geojson")
    )
    assert code == 1 and "http://127.0.0.1:9/kommuner svarer ikke / does not answer" in out


def test_the_comparison_page_shows_groups(client, randers_assessed):
    html = client.get("/sammenligning/").content.decode()
    assert '<option value="provinsbykommuner" selected>Provinsbykommuner (DST&#x27;s kommunegrupper) (standard)' in html
    assert "<li>Randers (730)</li>" in html
    six = client.get("/sammenligning/?gruppe=6-by").content.decode()
    assert "<h2>6-by-netværket</h2>" in six and "<li>Aalborg (851)</li>" in six
    neighbours = client.get("/sammenligning/?gruppe=naboer").content.decode()
    assert "Naboerne er ikke beregnet endnu" in neighbours
