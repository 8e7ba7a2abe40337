"""Randers' AUK01 series against DST's Provinsbykommuner, with expected numbers computed here from the raw files."""

import csv

import pytest

from pejling.lib.benchmark import compare
from tests.conftest import shared_path


def _komgrp():
    rows = list(
        csv.DictReader(shared_path("data/real/dst-kommunegrupper/komgrp.csv").open(encoding="utf-8-sig"), delimiter=";")
    )
    names, groups, current = {}, {}, None
    for row in rows:
        if row["NIVEAU"] == "1":
            current = row["TITEL"]
        else:
            names[row["TITEL"]] = row["KODE"]
            groups.setdefault(current, []).append(row["KODE"])
    return names, groups


def _auk01_yearly(names):
    """Yearly mean of the four quarters, per area code, straight from the raw file."""
    path = shared_path("data/real/dst-auk01/auk01_social_assistance.csv")
    quarters = {}
    for row in csv.DictReader(path.open(encoding="utf-8-sig"), delimiter=";"):
        label = {"All Denmark": "Hele landet", "Copenhagen": "København"}.get(row["OMRÅDE"], row["OMRÅDE"])
        code = "000" if label == "Hele landet" else names.get(label)
        if code is None:
            continue
        year = int(row["TID"][:4])
        quarters.setdefault(code, {}).setdefault(year, []).append(float(row["INDHOLD"]))
    return {code: {y: sum(v) / 4 for y, v in years.items() if len(v) == 4} for code, years in quarters.items()}


def test_randers_against_the_provinsbykommuner_in_2024():
    names, groups = _komgrp()
    members = groups["Provinsbykommuner"]
    assert "730" in members and len(members) == 16
    values = _auk01_yearly(names)
    result = compare(values, "730", 2024, direction=-1, groups={"Provinsbykommuner": members})
    expected_mean = sum(values[m][2024] for m in members) / len(members)
    assert result["value"] == values["730"][2024]
    assert result["country"] == values["000"][2024]
    group = result["groups"]["Provinsbykommuner"]["value"]
    assert group["unweighted"] == pytest.approx(expected_mean)
    assert group["members_used"] == 16 and group["members_missing"] == ()
    municipal = {code: series[2024] for code, series in values.items() if code != "000"}
    better = sum(1 for v in municipal.values() if v < values["730"][2024])
    assert result["rank"]["rank"] == better + 1
    assert result["rank"]["of"] == 98
    first = min(values["730"])
    assert result["index"]["municipality"][2024] == pytest.approx(values["730"][2024] / values["730"][first] * 100)
