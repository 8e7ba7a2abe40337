from pejling.lib.geography import (
    MUNICIPALITIES,
    REGIONS,
    area_name,
    is_municipality,
    members_of_kommunegruppe,
)


def test_it_knows_the_98_municipalities_and_5_regions():
    assert len(MUNICIPALITIES) == 98
    assert len({a.code for a in MUNICIPALITIES}) == 98
    assert [r.code for r in REGIONS] == ["084", "085", "083", "082", "081"]
    assert area_name("730") == "Randers"
    assert is_municipality("730")
    assert not is_municipality("411")  # Christiansø is not a municipality
    assert not is_municipality("000")


def test_randers_is_a_provinsbykommune_in_midtjylland():
    randers = next(a for a in MUNICIPALITIES if a.code == "730")
    assert randers.region == "082"
    assert members_of_kommunegruppe("3") == (
        "217",
        "219",
        "259",
        "265",
        "370",
        "330",
        "561",
        "607",
        "621",
        "630",
        "615",
        "730",
        "740",
        "657",
        "661",
        "791",
    )
    assert sum(len(members_of_kommunegruppe(str(g))) for g in range(1, 6)) == 98


def test_it_matches_dsts_kommunegrupper_file():
    import csv

    from tests.conftest import shared_path

    path = shared_path("data/real/dst-kommunegrupper/komgrp.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig"), delimiter=";"))
    group = None
    expected = {}
    for row in rows:
        if row["NIVEAU"] == "1":
            group = row["KODE"]
        else:
            expected[row["KODE"]] = (row["TITEL"], group)
    assert {a.code: (a.name, a.kommunegruppe) for a in MUNICIPALITIES} == expected
