"""Why a Mål cannot be assessed is said in the page's language, with the plural form the count needs, and never
as Danish and English glued together."""

import pytest

from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db


def _reason(html: str) -> str:
    return html.split('<p data-testid="reason">')[1].split("</p>")[0]


def test_too_few_years_in_danish_and_english(client, randers_assessed):
    assert _reason(page_html(client, "/maal/1.1/")) == "1 år med data siden basisåret 2024; der skal mindst 3 til."
    assert (
        _reason(page_html(client, "/en/maal/1.1/")) == "1 year of data since the base year 2024; at least 3 are needed."
    )
    assert _reason(page_html(client, "/en/maal/3.1/")) == (
        "2 years of data since the base year 2024; at least 3 are needed."
    )


def test_no_data_names_the_series(client, randers_assessed):
    label = "Karaktergennemsnit minus socioøkonomisk reference, 9. klasse, elevvægtet over kommunens skoler"
    assert _reason(page_html(client, "/maal/1.2/")) == f"Ingen data for serien {label}."
    assert _reason(page_html(client, "/en/maal/1.2/")) == f"No data for the series {label}."
