"""The Mål page's expected next release follows the table's yearly rhythm from its last update and is never
before the assessment date (BU43 was updated 26 June 2025; assessed on 28 November 2026)."""

from datetime import date

import pytest

from pejling.progress.models import Assessment
from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db


def test_the_expected_release_is_ahead(client, randers_assessed):
    row = Assessment.objects.get(target__key="1.1", area="730")
    assert row.next_update == date(2027, 6, 26)  # 2026-06-26 has passed: the next on the rhythm
    html = page_html(client, "/maal/1.1/")
    assert "<td>26. juni 2027</td>" in html
