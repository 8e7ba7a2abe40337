"""The staff export (CSV and XLSX, formulas neutralised, no e-mail or pseudonym) for those who may answer input,
and the counts per Mål in the public JSON API (published contributions only, nothing personal)."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from pejling.participation import actions
from pejling.participation.models import Participant
from tests.participation.helpers import published
from tests.staff_fixtures import NOW

pytestmark = pytest.mark.django_db
FORMULA = '=HYPERLINK("http://evil.example","klik")'


def test_the_export_neutralises_formulas_and_holds_nothing_personal(client, randers_loaded, staff):
    c = published(staff["moderator"], NOW, text=FORMULA, giver="business", organisation="+Firma ApS", cvr="10103940")
    actions.answer(staff["moderator"], NOW, c, status="answered", text="@svar")
    client.force_login(staff["moderator"])
    answer = client.get("/redaktion/inddragelse/eksport.csv")
    assert answer["Content-Disposition"] == 'attachment; filename="pejling-input-randers-fremtidens-randers.csv"'
    [header, row] = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig")), delimiter=";"))
    assert ";".join(header[:9]) == "id;planelement;slags;givet af;forening/virksomhed;cvr;aldersgruppe;postnummer;tekst"
    assert len(header) == 18
    assert row[1:9] == ["target:1.1", "idea", "business", "'+Firma ApS", "10103940", "", "", "'" + FORMULA]
    assert row[13:16] == ["answered", "", "'@svar"]
    text = answer.content.decode("utf-8-sig")
    assert "borger@example.dk" not in text and Participant.objects.get().pseudonym not in text
    sheet = openpyxl.load_workbook(io.BytesIO(client.get("/redaktion/inddragelse/eksport.xlsx").content)).active
    assert sheet.cell(row=2, column=9).value == FORMULA and sheet.cell(row=2, column=9).data_type == "s"  # text


def test_only_those_who_may_answer_export(client, randers_loaded, staff):
    client.force_login(staff["reader"])
    assert client.get("/redaktion/inddragelse/eksport.csv").status_code == 403
    assert b"eksport.csv" not in client.get("/redaktion/inddragelse/").content


def test_the_api_counts_published_input_per_element(client, randers_loaded, staff):
    c = published(staff["moderator"], NOW)
    actions.answer(staff["moderator"], NOW, c, status="answered", text="Tak.")
    published(staff["moderator"], NOW, email="b@example.dk", key="1.2")
    held = published(staff["moderator"], NOW, email="c@example.dk", key="1.2")
    actions.moderate(staff["moderator"], NOW, held, actions.HIDE, "Reklame.")
    body = client.get("/api/plans/randers-fremtidens-randers/input?limit=100").json()
    items = {(i["kind"], i["id"]): i for i in body["items"]}
    assert body["count"] == len(items) and ("goal", "1") in items and ("initiative", "1.i1") in items
    assert items[("target", "1.1")] == {
        "kind": "target",
        "id": "1.1",
        "published": 1,
        "by_status": {"received": 0, "in_progress": 0, "answered": 1, "in_initiative": 0, "not_followed": 0},
    }
    assert items[("target", "1.2")]["published"] == 1  # the hidden one is not counted
    assert items[("target", "1.3")]["published"] == 0
    assert "Flere stier" not in str(body) and "example.dk" not in str(body)
