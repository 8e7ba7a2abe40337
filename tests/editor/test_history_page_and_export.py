"""Historik per initiative and for the plan, in the page's language, and its export with one row per field."""

import csv
import io
from datetime import date, timedelta

from openpyxl import load_workbook

from pejling.editor.actions import edit_initiative
from tests.staff_fixtures import NOW, record


def test_an_initiatives_history_shows_who_changed_what(client, staff, plan):
    edit_initiative(
        staff["owner"],
        NOW + timedelta(hours=2),
        record(plan, "1.i1"),
        status="delayed",
        status_reason='=HYPERLINK("x")',
        end=date(2027, 6, 30),
    )
    client.force_login(staff["reader"])
    html = client.get("/redaktion/initiativ/1.i1/historik/").content.decode()
    assert "<h1>Historik for initiativ 1.i1</h1>" in html
    assert (
        "<tr><td>28. november 2026 12:00</td><td>ejer@randers.dk</td><td>Initiativ 1.i1</td>\n"
        "      <td>slut</td><td>—</td><td>2027-06-30</td></tr>"
    ) in html
    assert "<td>status</td><td>Ikke startet</td><td>Forsinket</td>" in html
    english = client.get("/en/redaktion/initiativ/1.i1/historik/").content.decode()
    assert "<td>status</td><td>Not started</td><td>Delayed</td>" in english
    assert "<td>end</td><td>—</td><td>2027-06-30</td>" in english
    assert "2.i1" not in html.split("<tbody>")[1]


def test_the_export_has_one_row_per_changed_field_and_no_formulas(client, staff, plan):
    edit_initiative(
        staff["owner"],
        NOW + timedelta(hours=2),
        record(plan, "1.i1"),
        status="delayed",
        status_reason='=HYPERLINK("x")',
    )
    client.force_login(staff["strategi"])
    response = client.get("/redaktion/initiativ/1.i1/historik/?format=csv")
    assert response["Content-Disposition"] == 'attachment; filename="pejling-historik-1.i1.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "tidspunkt",
        "bruger",
        "handling",
        "slags",
        "objekt-id",
        "objekt",
        "planelement",
        "felt",
        "før",
        "efter",
    ]
    changed = [r for r in rows[1:] if r[0] == "2026-11-28T12:00:00+01:00"]
    assert [r[1:] for r in changed] == [
        [
            "ejer@randers.dk",
            "initiative.change",
            "initiativerecord",
            changed[0][4],
            "1.i1",
            "1.i1",
            "status",
            "not_started",
            "delayed",
        ],
        [
            "ejer@randers.dk",
            "initiative.change",
            "initiativerecord",
            changed[0][4],
            "1.i1",
            "1.i1",
            "status_reason",
            "",
            '\'=HYPERLINK("x")',
        ],
    ]
    book = load_workbook(io.BytesIO(client.get("/redaktion/historik/?format=xlsx").content))
    cells = [c for row in book.active.iter_rows(values_only=True) for c in row]
    assert '=HYPERLINK("x")' in cells
    assert book.active["A1"].value == "tidspunkt"
