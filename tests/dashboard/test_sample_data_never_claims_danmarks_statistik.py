"""Figures from Pejling's fake server say so on every source line, chart, download and CLI output, and never
"Kilde: Danmarks Statistik" (a screenshot of a chart must not pass as official)."""

import json

import pytest

from tests.conftest import run_command
from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db
OFFICIAL = "Kilde: Danmarks Statistik"
SAMPLE = "Eksempeldata fra Pejlings testserver — ikke tal fra Danmarks Statistik"
SAMPLE_EN = "Sample data from Pejling&#x27;s test server — not figures from Statistics Denmark"


def _chart_captions(html):
    specs = [json.loads(part.split("</script>")[0]) for part in html.split('type="application/json">')[1:]]
    return [spec.get("title", {}).get("text") for spec in specs if "$schema" in spec]


def test_pages_and_charts(client, randers_assessed):
    for url in ("/", "/maal/1.1/", "/maal/5.3/", "/maalsaetning/1/", "/sammenligning/", "/en/maal/1.1/"):
        assert OFFICIAL not in page_html(client, url), url
    html = page_html(client, "/maal/1.1/")
    assert f'<p data-testid="source-line"><strong>{SAMPLE}</strong>, tabel BU43' in html
    assert _chart_captions(html) == [SAMPLE, SAMPLE]  # the trend and the ranking of the 98
    english = page_html(client, "/en/maal/1.1/")
    assert f'<p data-testid="source-line"><strong>{SAMPLE_EN}</strong>, table BU43' in english


def test_downloads_and_api(client, randers_assessed):
    for fmt in ("csv", "json"):
        body = client.get(f"/maal/1.1/data.{fmt}").content.decode("utf-8-sig")
        assert OFFICIAL not in body and SAMPLE in body, fmt
    rows = json.loads(client.get("/maal/1.1/data.json").content)
    assert {(r["kilde"], r["licens"], r["eksempeldata"]) for r in rows} == {(SAMPLE, "ingen — eksempeldata", True)}
    api = client.get("/api/series/BU43?area=730").json()
    assert {row["provenance"]["citation"] for row in api["items"]} == {SAMPLE}
    assert OFFICIAL not in json.dumps(api, ensure_ascii=False)


def test_cli(capsys, randers_assessed):
    for args in (
        ("data", "show", "--table", "BU43", "--area", "730"),
        ("data", "show", "--binding", "bu43-udsatte-0-22", "--area", "730"),
        ("data", "show", "--table", "BU43", "--area", "730", "--format", "json"),
    ):
        code, out = run_command(capsys, *args)
        assert code == 0 and OFFICIAL not in out and SAMPLE in out, args


def test_the_fake_sync_says_what_it_serves(capsys, randers_loaded):
    code, out = run_command(capsys, "sync", "--fake", "--only", "bu43-udsatte-0-22")
    assert code == 0 and SAMPLE in out and OFFICIAL not in out
