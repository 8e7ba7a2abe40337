"""A binding's break in the series (the 2025 reform for Mål 1.5) is stated on the Mål page."""

import pytest

from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db
NOTE = (
    "Kontanthjælpsreformen afløser uddannelseshjælpen fra 1. juli 2025; serien for de unge skal bindes til "
    "reformens nye ydelsesgrupper, når Jobindsats offentliggør dem."
)


def test_the_reform_break_is_on_the_page(client, randers_loaded):
    assert f'<p class="note" data-testid="series-break">Databrud i 2025: {NOTE}</p>' in page_html(client, "/maal/1.5/")
    english = page_html(client, "/en/maal/1.5/")
    assert f'<p class="note" data-testid="series-break">Break in the series in 2025: {NOTE}</p>' in english
    assert 'data-testid="series-break"' not in page_html(client, "/maal/1.1/")
