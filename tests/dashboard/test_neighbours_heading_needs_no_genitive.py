"""The neighbours' heading names the municipality without a Danish genitive that breaks on names ending in s
(it said "Randerss statistiske naboer")."""

import pytest

from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db


def test_the_neighbours_heading_needs_no_genitive(client, randers_assessed):
    html = page_html(client, "/sammenligning/?gruppe=naboer")
    assert "<h2>Statistiske naboer til Randers</h2>" in html and "Randerss" not in html
    english = page_html(client, "/en/sammenligning/?gruppe=naboer")
    assert "<h2>Statistical neighbours of Randers</h2>" in english
