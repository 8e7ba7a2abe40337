"""The fake StatBank's levels meet the real values of dst-tables.md §8 for Randers and the country (within
5 %), with the real relations: about 5.9 million inhabitants in 2025, Randers' area about 748 km², Randers'
life expectancy below the country's, Randers' NEET share above and its BU43 share below the country's."""

import pytest

from pejling.lib.fakestat.catalogue import TABLES
from pejling.lib.fakestat.engine import Choice, Options, cell_value
from pejling.lib.periods import parse_period


def _value(table_id, area, period, **codes):
    table = TABLES[table_id]
    picks = {}
    for variable in table.variables:
        code = codes.get(variable.id, variable.eliminate_to)
        picks[variable.id] = Choice(code, "", (code,))
    return cell_value(table, area, parse_period(period), picks, Options())


def _neet(area):
    return (
        100
        * _value("NEET3", area, "2023", STATUSNEET="10", ALDER="1624")
        / _value("NEET3", area, "2023", STATUSNEET="00", ALDER="1624")
    )


@pytest.mark.parametrize(
    ("table", "period", "codes", "randers", "country"),
    [
        ("FOLK1A", "2008K1", {}, 93_644, 5_475_791),
        ("FOLK1A", "2022K1", {}, 98_988, 5_873_420),
        ("BU43", "2024", {"FORANSTALT": "IALT", "ALDER": "TOT22"}, 3.3, 3.6),
        ("AUK01", "2025K4", {"YDELSESTYPE": "LK"}, 261, 9_168),
    ],
)
def test_randers_and_the_country_within_five_percent(table, period, codes, randers, country):
    assert _value(table, "730", period, **codes) == pytest.approx(randers, rel=0.05)
    assert _value(table, "000", period, **codes) == pytest.approx(country, rel=0.05)


def test_the_neet_shares_and_the_real_relations():
    assert _neet("730") == pytest.approx(11.82, rel=0.05) and _neet("000") == pytest.approx(9.6, rel=0.05)
    assert _value("FOLK1A", "000", "2025K1") == pytest.approx(5_990_000, rel=0.02)  # about 5.9-6.0 million
    assert _value("ARE207", "730", "2025") == pytest.approx(748, rel=0.01)
    density = _value("FOLK1A", "730", "2025K1") / _value("ARE207", "730", "2025")
    assert 125 < density < 140  # 132 per km² in reality (the old fake said 348)
    assert _value("HISBK", "730", "2021:2025", KØN="TOT") < _value("HISBK", "000", "2021:2025", KØN="TOT")
    assert _value("BEV107", "000", "2024", BEVÆGELSE="B07") == 0  # net internal migration nets out
