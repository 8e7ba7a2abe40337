"""The forside shows each Mål's starting position in brief, computed by hand here from the stored indicator
values: Mål 1.1's rank among the municipalities in its base year and its distance to the national average in percentage points,
in Danish and in English."""

import pytest

from pejling.lib.geography import MUNICIPALITY_CODES
from tests.dashboard.conftest import page_html
from tests.dashboard.test_starting_position_on_the_maal_page import _values

pytestmark = pytest.mark.django_db


def _line(html: str, key: str) -> str:
    return html.split(f'data-testid="glance-start-{key}">')[1].split("</span>")[0]


def test_mal_1_1_at_a_glance(client, randers_assessed):
    values = _values()
    mine, country = values["730"], values["000"]
    in_2024 = {code: v[2024] for code, v in values.items() if code in MUNICIPALITY_CODES and 2024 in v}
    place = 1 + sum(v < mine[2024] for v in in_2024.values())  # down is better
    distance = abs(mine[2024] - country[2024])  # percentage points: the Mål is a share
    side = ("efter", "behind") if mine[2024] > country[2024] else ("foran", "ahead of")
    danish = f"{distance:.2f}".replace(".", ",")
    assert _line(page_html(client, "/"), "1.1") == (
        f"2024: nr. {place} af {len(in_2024)}; {danish} procentpoint {side[0]} landsgennemsnittet"
    )
    assert _line(page_html(client, "/en/"), "1.1") == (
        f"2024: no. {place} of {len(in_2024)}; {distance:.2f} percentage points {side[1]} the national average"
    )


def test_a_mal_without_data_has_no_starting_position(client, randers_assessed):
    assert 'data-testid="glance-start-1.2"' not in page_html(client, "/")
