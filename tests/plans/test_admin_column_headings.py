"""The plan in Django's admin is read only and its column headings are Danish like the rest of it."""

import re

import pytest

from tests.dashboard.conftest import randers_loaded  # noqa: F401  (fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("randers_loaded")]


def test_the_column_headings_are_danish(admin_client):
    for url, wanted in (
        (
            "/admin/plans/target/",
            ["Id", "Planens ordlyd", "Retning", "Ambitionsord", "Målregel", "Politisk vedtaget", "Målsætning"],
        ),
        ("/admin/plans/binding/", ["Id", "Kilde", "Tabel", "Enhed", "Koder verificeret", "Mål"]),
        ("/admin/plans/initiative/", ["Id", "Tekst", "Målsætning"]),
        ("/admin/plans/goal/", ["Nummer", "Titel", "Prioritet", "Planversion"]),
    ):
        html = admin_client.get(url).content.decode()
        headings = re.findall(r'<th scope="col" class="[^"]*column-[^"]*">.*?<a href="[^"]*">([^<]+)</a>', html, re.S)
        assert headings == wanted, url
        assert "Target" not in headings and "Goal" not in headings
