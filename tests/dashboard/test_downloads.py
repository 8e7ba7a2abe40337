import csv
import io
import json

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db


def test_csv_xlsx_and_json_carry_every_area_and_the_provenance(client, randers_assessed):
    text = client.get("/maal/1.1/data.csv").content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert list(rows[0]) == [
        "binding",
        "område",
        "områdenavn",
        "år",
        "værdi",
        "enhed",
        "kilde",
        "tabel",
        "licens",
        "hentet",
        "eksempeldata",
    ]
    assert len(rows) == 99 * 10  # BU43: the country and the 98 municipalities, no regions
    randers = next(r for r in rows if r["område"] == "730" and r["år"] == "2024")
    assert (randers["områdenavn"], randers["kilde"], randers["licens"], randers["eksempeldata"]) == (
        "Randers",
        "Eksempeldata fra Pejlings testserver — ikke tal fra Danmarks Statistik",
        "ingen — eksempeldata",
        "True",
    )
    data = json.loads(client.get("/maal/1.1/data.json").content)
    json_randers = next(r for r in data if r["område"] == "730" and r["år"] == 2024)
    assert str(json_randers["værdi"]).replace(".", ",") == randers["værdi"]
    response = client.get("/maal/1.1/data.xlsx")
    assert response["Content-Disposition"] == 'attachment; filename="pejling-maal-1.1.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.max_row == 99 * 10 + 1
    assert client.get("/maal/1.1/data.pdf").status_code == 404
