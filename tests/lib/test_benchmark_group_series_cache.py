"""Comparing many areas on the same values with a shared group-series cache gives exactly the same result as
without it, and computes each group's series once."""

from pejling.lib.benchmark import compare

VALUES = {
    "000": {2020: 10.0, 2021: 11.0, 2022: 12.0, 2023: 12.5},
    "730": {2020: 9.0, 2021: 9.5, 2022: 10.5, 2023: 11.0},
    "751": {2020: 12.0, 2021: 12.2, 2022: 12.1, 2023: 12.9},
    "791": {2020: 8.0, 2021: 8.8, 2022: 9.1, 2023: 9.9},
}
GROUPS = {"Jylland": ["730", "751", "791"]}


def test_the_cache_changes_nothing_and_is_filled_once():
    cache: dict = {}
    for area in ("730", "751", "791"):
        plain = compare(VALUES, area, 2023, 1, GROUPS, weights={"730": 1.0, "751": 2.0, "791": 1.0})
        cached = compare(
            VALUES, area, 2023, 1, GROUPS, weights={"730": 1.0, "751": 2.0, "791": 1.0}, group_series_cache=cache
        )
        assert cached == plain
    [(members, series)] = cache.items()
    assert members == ("730", "751", "791")
    assert series == {year: sum(VALUES[m][year] for m in members) / 3 for year in (2020, 2021, 2022, 2023)}
