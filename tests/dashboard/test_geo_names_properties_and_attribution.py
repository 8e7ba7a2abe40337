"""Boundaries with another code property, outdated names or no DAGI origin: the map gets the current official
names, the attribution given for the file, and a report of which of the 98 were matched."""

import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pejling.dashboard.geodata import attribution
from pejling.lib.geo import DAGI_ATTRIBUTION, GeoError, normalise
from tests.conftest import run_command, shared_path

pytestmark = pytest.mark.django_db


def _old_style(tmp_path, prop="lau_1"):
    """The real DAGI boundaries with the code under another property and the names of before 2011."""
    collection = json.loads(shared_path("data/real/geo/dagi_kommuner.geojson").read_text(encoding="utf-8"))
    old_names = {"0751": "Århus", "0810": "Brønderslev-Dronninglund"}
    for feature in collection["features"]:
        props = feature["properties"]
        code = props.pop("KOMKODE")
        props[prop] = code
        props["KOMNAVN"] = old_names.get(code, props["KOMNAVN"])
    path = tmp_path / "kommuner-gammel.geojson"
    path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    return path


def _names(path):
    collection = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"]["KOMKODE"]: f["properties"]["KOMNAVN"] for f in collection["features"]}


def test_import_with_lau_codes_and_outdated_names(capsys, tmp_path):
    out_path = tmp_path / "kommuner.geojson"
    code, out = run_command(
        capsys, "geo", "import", str(_old_style(tmp_path)), "--output", str(out_path), "--attribution", "Kilde: test"
    )
    assert code == 0
    assert (
        "98 af 98 kommuner fundet / of 98 municipalities matched (kode: lau_1); ukendte koder / unknown codes: 411"
        in out
    )
    names = _names(out_path)
    assert (names["0751"], names["0810"], names["0730"], names["0411"]) == (
        "Aarhus",
        "Brønderslev",
        "Randers",
        "Christiansø",
    )
    assert attribution(out_path) == "Kilde: test"


def test_a_named_code_property_and_a_report_of_the_missing(capsys, tmp_path):
    collection = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"kommune_nr": "730", "navn": "Randers"}, "geometry": None},
            {"type": "Feature", "properties": {"kommune_nr": "0751", "navn": "Århus"}, "geometry": None},
        ],
    }
    path = tmp_path / "to.geojson"
    path.write_text(json.dumps(collection), encoding="utf-8")
    out_path = tmp_path / "out.geojson"
    code, out = run_command(capsys, "geo", "import", str(path), "--output", str(out_path))
    assert code == 1 and "ingen kommunekode blandt / no municipality code among kommune_nr, navn" in out
    code, out = run_command(
        capsys, "geo", "import", str(path), "--output", str(out_path), "--code-property", "kommune_nr"
    )
    assert code == 1  # 96 municipalities have no boundary
    assert (
        "2 af 98 kommuner fundet / of 98 municipalities matched (kode: kommune_nr); mangler / missing: København (101)"
        in out
    )
    assert _names(out_path) == {"0730": "Randers", "0751": "Aarhus"}
    assert attribution(out_path) == "Kilde: to.geojson (kilden er ikke angivet / source not stated)"
    with pytest.raises(GeoError, match="feature 0: kommune_nr='x' er ingen kommunekode"):
        normalise(
            {"type": "FeatureCollection", "features": [{"properties": {"kommune_nr": "x"}}]}, code_property="kommune_nr"
        )


def test_fetch_from_another_server_is_not_credited_to_dagi(capsys, tmp_path):
    source = _old_style(tmp_path, prop="kode")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/{source.name}"
    try:
        out_path = tmp_path / "hentet.geojson"
        code, out = run_command(capsys, "geo", "fetch", "--url", url, "--output", str(out_path))
    finally:
        server.shutdown()
    assert code == 0 and f"(Kilde: {url})" in out and DAGI_ATTRIBUTION not in out
    assert attribution(out_path) == f"Kilde: {url}"
    assert _names(out_path)["0751"] == "Aarhus"


def test_a_hand_placed_file_is_normalised_when_served(client, settings, tmp_path):
    settings.PEJLING_GEOJSON = _old_style(tmp_path, prop="komkode")
    settings.PEJLING_GEOJSON_ATTRIBUTION = "Kilde: egen fil"
    collection = json.loads(client.get("/geo/kommuner.geojson").content)
    names = {f["properties"]["KOMKODE"]: f["properties"]["KOMNAVN"] for f in collection["features"]}
    assert names["0751"] == "Aarhus" and names["0730"] == "Randers"
    assert attribution(settings.PEJLING_GEOJSON) == "Kilde: egen fil"
