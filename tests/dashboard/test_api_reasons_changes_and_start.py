"""The assessments API gives the reason and the changes as codes with values (for readers in any language) and
the starting position, beside the Danish text."""

import pytest

pytestmark = pytest.mark.django_db
SLUG = "randers-fremtidens-randers"


def test_mal_1_1_in_the_api(client, randers_assessed):
    items = client.get(f"/api/plans/{SLUG}/assessments?limit=20").json()["items"]
    row = next(item for item in items if item["target"] == "1.1")
    assert (row["reason_code"], row["reason_params"]) == (
        "too_few_years",
        {"points": 1, "base_year": 2024, "needed": 3},
    )
    assert row["reason"] == "1 år med data siden basisåret 2024; der skal mindst 3 til"
    assert (row["changes"], row["change_note"]) == ([{"code": "first"}], "første vurdering")
    start = row["starting_position"]
    assert (start["year"], start["rank"]["of"]) == (2024, 98)
    assert [gap["kind"] for gap in start["gaps"]] == ["country", "group"]  # no neighbours synced here
