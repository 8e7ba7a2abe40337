"""Representativeness by hand: ten participants (two stated no age) against a population of 1,000."""

import pytest

from pejling.lib.participation.representativeness import Share, most_over_represented, shares

POPULATION = {"0-17": 200, "18-29": 150, "30-49": 250, "50-64": 200, "65+": 200}


def test_shares_beside_the_population():
    stated = ["30-49", "30-49", "30-49", "30-49", "50-64", "65+", "18-29", "30-49", None, ""]
    found, unstated = shares(stated, POPULATION)
    assert unstated == 2
    assert [(s.group, s.participants) for s in found] == [("18-29", 1), ("30-49", 5), ("50-64", 1), ("65+", 1)]
    by_group = {s.group: s for s in found}
    assert by_group["30-49"].share == pytest.approx(5 / 8)
    assert by_group["30-49"].population_share == pytest.approx(0.25)
    assert by_group["30-49"].ratio == pytest.approx(2.5)
    assert most_over_represented(found) == by_group["30-49"]


def test_a_district_outside_the_population_has_no_ratio():
    found, _ = shares(["8900", "9999"], {"8900": 50.0})
    assert found == [Share("8900", 1, 0.5, 1.0, 0.5), Share("9999", 1, 0.5, None, None)]
    assert most_over_represented(found) is None
