"""The Mål page says the direction and the method in words of the page's language, and shows the base value
even when the status cannot be assessed yet (it was "Basisår og -værdi 2024: —")."""

import pytest

from pejling.plans.queries import current_bindings
from pejling.stats.indicators import binding_points
from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db


def _base_value():
    binding = next(b for _, b in current_bindings() if b.id == "bu43-udsatte-0-22")
    return next(p.value for p in binding_points(binding, area="730") if p.period == "2024")


def test_danish(client, randers_assessed):
    html = page_html(client, "/maal/1.1/")
    value = f"{_base_value():.2f}".replace(".", ",")
    assert "Retning: ned (lavere er bedre) · ambition: markant · basisår 2024" in html
    assert '<th scope="row">Metode</th><td>robust trend mod en målværdi</td>' in html
    assert f'<th scope="row">Basisår og -værdi</th><td>2024: {value} pct.</td>' in html
    assert "Retning: over 0" in page_html(client, "/maal/5.3/")


def test_english(client, randers_assessed):
    html = page_html(client, "/en/maal/1.1/")
    value = f"{_base_value():.2f}"
    assert "Direction: down (lower is better) · ambition: markant · base year 2024" in html
    assert '<th scope="row">Method</th><td>robust trend towards a target value</td>' in html
    assert f'<th scope="row">Base year and value</th><td>2024: {value} pct.</td>' in html
