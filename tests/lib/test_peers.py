"""Nearest-neighbour peers: deterministic, stable under row order, explainable, with stability figures."""

import math
import random

import pytest

from pejling.lib.fakestat.model import centred
from pejling.lib.geography import MUNICIPALITIES
from pejling.lib.peers import PeerVariable, nearest_neighbours, stability

CODES = sorted(m.code for m in MUNICIPALITIES)
VARIABLES = [
    PeerVariable("pop", "befolkning", "log"),
    PeerVariable("density", "befolkning", "log"),
    PeerVariable("young", "alder"),
    PeerVariable("old", "alder"),
]


def _data(seed=""):
    return {
        c: {
            "pop": 30_000 * math.exp(centred("p", c, seed)),
            "density": 100 * math.exp(2 * centred("d", c, seed)),
            "young": 20 + 3 * centred("y", c, seed),
            "old": 20 + 4 * centred("o", c, seed),
        }
        for c in CODES
    }


def test_every_municipality_gets_k_peers_never_itself():
    result = nearest_neighbours(_data(), VARIABLES, k=10)
    assert sorted(result) == CODES
    for area, peers in result.items():
        assert len(peers.peers) == 10
        assert area not in [p.area for p in peers.peers]
        distances = [p.distance for p in peers.peers]
        assert distances == sorted(distances)
        assert all(0 <= d <= 1 for d in distances)


def test_why_similar_shares_sum_to_one_and_follow_the_theme_weights():
    data = _data()
    result = nearest_neighbours(data, VARIABLES, {"befolkning": 3.0, "alder": 1.0}, k=5)
    peer = result["730"].peers[0]
    assert sum(peer.why.values()) == pytest.approx(1.0)
    assert set(peer.why) == {"pop", "density", "young", "old"}


def test_the_result_does_not_depend_on_row_or_key_order():
    data = _data()
    shuffled_codes = CODES[:]
    random.Random(3).shuffle(shuffled_codes)
    shuffled = {c: dict(reversed(list(data[c].items()))) for c in shuffled_codes}
    first = nearest_neighbours(data, VARIABLES)
    second = nearest_neighbours(shuffled, VARIABLES)
    assert {a: [p.area for p in r.peers] for a, r in first.items()} == {
        a: [p.area for p in r.peers] for a, r in second.items()
    }


def test_identical_municipalities_are_each_others_nearest_and_ties_break_by_code():
    data = _data()
    data["615"] = dict(data["730"])
    data["621"] = dict(data["730"])
    result = nearest_neighbours(data, VARIABLES)
    assert [p.area for p in result["730"].peers[:2]] == ["615", "621"]
    assert result["730"].peers[0].distance == 0.0


def test_missing_values_are_imputed_and_reported():
    data = _data()
    data["825"]["density"] = None
    result = nearest_neighbours(data, VARIABLES)
    assert result["825"].imputed == ("density",)
    assert result["730"].imputed == ()


def test_stability_against_the_previous_year():
    now = nearest_neighbours(_data(), VARIABLES)
    same = stability(now, now)
    assert same["730"]["turnover"] == 0.0 and same["730"]["new"] == []
    other = nearest_neighbours(_data("another year"), VARIABLES)
    moved = stability(now, other)["730"]
    assert moved["turnover"] == len(moved["new"]) / 10
    assert len(moved["kept"]) + len(moved["new"]) == 10
