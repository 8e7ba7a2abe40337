"""The forside lists all 15 Mål under their målsætning with status, latest value, rank and sparkline, and the Mål
going the wrong way (none among those that can be assessed here), in Danish and English."""

import pytest

from pejling.progress.models import Assessment
from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db


def _item(html, key):
    return html.split(f'data-testid="glance-{key}">')[1].split("</tr>")[0]


def test_every_mal_at_a_glance(client, randers_assessed):
    html = page_html(client, "/")
    rows = {r.target.key: r for r in Assessment.objects.filter(area="730")}
    assert len(rows) == 15
    for key, row in rows.items():
        item = _item(html, key)
        assert f'href="/maal/{key}/">{key} ' in item
        if row.current_value is not None:
            value = f"{row.current_value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
            assert f"<td>{value} {row.components['series'][0]['unit']} ({row.current_year})</td>" in item
        rank = (row.benchmark or {}).get("rank") or {}
        if rank.get("rank"):
            assert f"nr. {rank['rank']} af {rank['of']}" in item
    assert 'data-vega-spec="spark-1.1"' in _item(html, "1.1")
    assert '<p data-testid="wrong-way">Ingen af de Mål, der kan vurderes, går den forkerte vej.</p>' in html


def test_in_english(client, randers_assessed):
    html = page_html(client, "/en/")
    assert "<h2>Targets going the wrong way</h2>" in html
    assert '<th scope="col">Latest</th>' in html and "<td>3.30 pct. (2024)</td>" in _item(html, "1.1")
