""" "Er det os eller hele landet?": a sentence per comparator from the difference in yearly trends, with its 90 %
interval, in the page's language; the verdict follows the interval (better, worse, or within the uncertainty)."""

import pytest

from pejling.lib.benchmark import trend_difference
from pejling.plans.queries import current_bindings
from pejling.stats.indicators import binding_points
from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db


def _series(area):
    binding = next(b for _, b in current_bindings() if b.id == "bu43-udsatte-0-22")
    return {int(p.period): p.value for p in binding_points(binding, area=area) if p.value is not None}


def _pct(value):
    return f"{value * 100:.2f}".replace(".", ",") + " %"


def test_the_sentence_against_the_country(client, randers_assessed):
    mine, country = _series("730"), _series("000")
    found = trend_difference(mine, country, min(mine))
    low, high = sorted((-found.low, -found.high))  # down is better for Mål 1.1
    html = page_html(client, "/maal/1.1/")
    section = html.split('data-testid="versus"')[1].split("</section>")[0]
    assert "<h2>Er det os eller hele landet?</h2>" in section
    if low > 0:
        start = f"Randers har udviklet sig bedre end hele landet siden {found.since}: {_pct(-found.difference)} om året"
    elif high < 0:
        start = (
            f"Randers har udviklet sig dårligere end hele landet siden {found.since}: {_pct(-found.difference)} om året"
        )
    else:
        start = f"Randers har fulgt hele landet siden {found.since}: forskellen i den årlige udvikling ligger inden for"
    assert start in section
    assert f"(90 %-interval {_pct(low)} til {_pct(high)})." in section
    assert section.count("<p>") == 2  # the country and the default comparison group


def test_in_english(client, randers_assessed):
    html = page_html(client, "/en/maal/1.1/")
    section = html.split('data-testid="versus"')[1].split("</section>")[0]
    assert "<h2>Is it us or the whole country?</h2>" in section and "the whole country since" in section
    assert "siden" not in section
