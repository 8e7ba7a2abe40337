"""A Mål whose table Danmarks Statistik no longer updates says so on its page, in Danish and in English."""

import pytest

from pejling.plans.queries import current_bindings
from pejling.stats.runner import sync_all
from tests.dashboard.conftest import page_html
from tests.stats.conftest import Clock

pytestmark = pytest.mark.django_db


def test_the_maal_page_names_the_inactive_table(client, randers_loaded, statbank_client, fake):
    fake.config.inactive = {"NEET3"}
    wanted = [(k, b) for k, b in current_bindings() if b.id == "neet-andel-16-24"]
    sync_all(wanted, statbank=statbank_client, jobindsats=None, now=Clock())
    danish = page_html(client, "/maal/1.4/")
    assert (
        '<p class="note" data-testid="inactive-table">Danmarks Statistik opdaterer ikke længere tabellen NEET3; '
        "seneste periode 2024.</p>"
    ) in danish
    english = page_html(client, "/en/maal/1.4/")
    assert (
        '<p class="note" data-testid="inactive-table">Statistics Denmark no longer updates table NEET3; '
        "latest period 2024.</p>"
    ) in english
    assert 'data-testid="inactive-table"' not in page_html(client, "/maal/1.1/")
