"""Plan text that looks like a spreadsheet formula stays text in CSV and XLSX downloads."""

import csv
import io
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook

from pejling.lib.planfile.validate import check_plan_text
from pejling.lib.spreadsheet import csv_safe
from pejling.plans.loader import plan_load
from pejling.plans.queries import current_bindings
from pejling.stats.runner import sync_all
from tests.conftest import RANDERS_PLAN
from tests.stats.conftest import Clock, fake, statbank_client  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db

EVIL = '=HYPERLINK("http://evil.example/","pct")'


@pytest.fixture
def evil_unit(db, statbank_client):  # noqa: F811
    text = RANDERS_PLAN.read_text(encoding="utf-8")
    assert text.count("unit: pct.\n") >= 1
    text = text.replace("unit: pct.\n", f"unit: '{EVIL}'\n", 1)
    plan = check_plan_text(text).plan
    assert plan is not None
    plan_load(plan, source_text=text, source_path="", now=datetime(2026, 11, 28, tzinfo=UTC), commit=True)
    wanted = [(k, b) for k, b in current_bindings() if b.id == "bu43-udsatte-0-22"]
    sync_all(wanted, statbank=statbank_client, jobindsats=None, now=Clock())


def test_csv_cells_that_start_a_formula_get_an_apostrophe(client, evil_unit):
    text = client.get("/maal/1.1/data.csv").content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert rows and {r["enhed"] for r in rows} == {"'" + EVIL}


def test_xlsx_cells_hold_the_text_and_never_a_formula(client, evil_unit):
    sheet = load_workbook(io.BytesIO(client.get("/maal/1.1/data.xlsx").content)).active
    units = [row[5] for row in sheet.iter_rows(min_row=2)]
    assert units and {(c.value, c.data_type) for c in units} == {(EVIL, "s")}
    assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+45 1234", "'+45 1234"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("pct.", "pct."),
        (-3.5, -3.5),
    ],
)
def test_csv_safe(value, expected):
    assert csv_safe(value) == expected
