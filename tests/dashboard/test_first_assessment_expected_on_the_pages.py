"""A Mål that waits only for years of data says when its first progress status is expected, on its page and
on the forside, in the page's language: Mål 1.1 (BU43, one year since the base year 2024, three needed) waits
for two more yearly releases, Mål 3.1 for one."""

from datetime import date

import pytest

from pejling.lib.progress.releases import add_years
from pejling.progress.models import Assessment
from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db
AS_OF = date(2026, 11, 28)


def test_on_the_maal_page_and_the_forside(client, randers_assessed):
    one = Assessment.objects.get(target__key="1.1", area="730")
    three = Assessment.objects.get(target__key="3.1", area="730")
    assert one.next_update is not None and one.next_update >= AS_OF  # the next release, never in the past
    assert one.first_assessment == add_years(one.next_update, 1)  # two years missing: the next and one more
    assert three.first_assessment == three.next_update  # one year missing
    expected = one.first_assessment
    danish = page_html(client, "/maal/1.1/")
    assert (
        f'<p data-testid="first-assessment">Første vurdering af fremdrift ventes {expected.day}. '
        f"{_danish_month(expected)} {expected.year} (anslået ud fra tabellens udgivelsesrytme).</p>"
    ) in danish
    english = page_html(client, "/en/maal/1.1/")
    assert f"The first assessment of progress is expected on {expected.day} {expected:%B} {expected.year}" in english
    forside = page_html(client, "/")
    assert f'data-testid="first-assessment-1.1">første vurdering ventes {expected.day}. ' in forside


def test_a_mal_without_data_has_no_date(client, randers_assessed):
    assert Assessment.objects.get(target__key="1.2", area="730").first_assessment is None
    assert 'data-testid="first-assessment"' not in page_html(client, "/maal/1.2/")


def _danish_month(day: date) -> str:
    months = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ]
    return months[day.month - 1]
