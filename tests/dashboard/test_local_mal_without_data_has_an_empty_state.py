"""A Mål bound to local data that are not loaded says who delivers them and how, and offers no empty download."""

import pytest

from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db


def test_an_empty_state_and_no_download(client, randers_assessed):
    html = page_html(client, "/maal/1.3/")
    assert "<h2>Ingen data endnu</h2>" in html
    assert (
        '<p data-testid="no-data">Der er endnu ingen tal for “Andel 13-17-årige med fritidsjob (mindst 1 betalt time '
        "i referenceugen, ultimo november)”. Tallene er kommunens egne: den forvaltning, der ejer Målet, leverer dem, "
        "og de indlæses med pejling data import, når de foreligger. Planfilen angiver ikke hvem eller hvornår. "
        "Ingen tabel i Statistikbanken; tal fra en DST-særkørsel eller en lokal undersøgelse.</p>"
    ) in html
    assert "data.csv" not in html and "Hent data" not in html
    english = page_html(client, "/en/maal/1.3/")
    assert "<h2>No data yet</h2>" in english and "The plan file does not say who or when." in english


def test_a_mal_with_data_keeps_its_downloads(client, randers_assessed):
    html = page_html(client, "/maal/1.1/")
    assert 'data-testid="no-data"' not in html and 'href="/maal/1.1/data.csv" download' in html
