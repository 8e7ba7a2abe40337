"""A Mål measured in counts (the number of firms, 4.2) is charted as an index (= 100 in the latest year up to the base year that all its series have) so that
Randers, the country and the group — areas of very different sizes — can be compared; the page says so and
its table keeps the counts."""

import json
import re
from datetime import date
from typing import Any, cast

import pytest

from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_bindings, current_plan_files
from pejling.progress.assess import assess_plan
from pejling.stats.indicators import binding_points
from pejling.stats.runner import sync_all
from tests.dashboard.conftest import NOW, page_html
from tests.stats.conftest import Clock

pytestmark = pytest.mark.django_db


@pytest.fixture
def firms(randers_loaded, statbank_client):
    wanted = [(k, b) for k, b in current_bindings() if b.id == "gf12-virksomheder"]
    sync_all(wanted, statbank=statbank_client, jobindsats=None, now=Clock())
    [(slug, plan_file)] = current_plan_files()
    assess_plan(PlanVersion.objects.get(plan__slug=slug), plan_file, as_of=date(2026, 11, 28), now=NOW)
    return {p.area: p for p in binding_points(wanted[0][1]) if p.period == "2023"}, wanted[0][1]


def _chart(html: str) -> dict[str, Any]:
    found = re.search(r'<script id="spec-main" type="application/json">(.*?)</script>', html)
    assert found is not None
    return cast(dict[str, Any], json.loads(found.group(1)))


def test_the_number_of_firms_is_an_index(client, firms):
    in_2023, binding = firms
    html = page_html(client, "/maal/4.2/")
    chart = _chart(html)
    line = next(layer for layer in chart["layer"] if layer["mark"]["type"] == "line")
    assert line["encoding"]["y"]["title"] == "indeks (2023 = 100)"
    at_base = {row["series"]: row["value"] for row in chart["data"]["values"] if row["year"] == 2023}
    assert at_base == {"Randers": 100.0, "Hele landet": 100.0, "Provinsbykommuner (DST's kommunegrupper)": 100.0}
    randers = {row["year"]: row["value"] for row in chart["data"]["values"] if row["series"] == "Randers"}
    earlier = next(p for p in binding_points(binding, "730") if p.period == "2020")
    assert randers[2020] == pytest.approx(100 * earlier.value / in_2023["730"].value)
    assert "grafen viser derfor et indeks (2023 = 100)" in html
    count = f"{in_2023['730'].value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    assert f'<th scope="row">2023</th><td>{count}</td>' in html  # the table keeps the counts
    english = _chart(page_html(client, "/en/maal/4.2/"))
    assert next(lay for lay in english["layer"] if lay["mark"]["type"] == "line")["encoding"]["y"]["title"] == (
        "index (2023 = 100)"
    )


def test_a_share_is_charted_as_it_is(client, randers_assessed):
    chart = _chart(page_html(client, "/maal/1.1/"))
    assert (
        next(layer for layer in chart["layer"] if layer["mark"]["type"] == "line")["encoding"]["y"]["title"] == "pct."
    )
