"""Fake population, area, migration and life-expectancy tables: FOLK1A, ARE207, BEV107, HISBK.

Codes, levels and time ranges follow dst-tables.md §1–§5; values are generated (``model.py``)."""

from __future__ import annotations

from collections.abc import Callable

from pejling.lib.fakestat.model import Rate, land_area, net_share, population
from pejling.lib.fakestat.tables import (
    COUNTRY_LEVEL,
    MUNICIPALITY_LEVEL,
    REGION_LEVEL,
    FakeTable,
    FakeVariable,
    quarters,
    summed,
    table_of,
    years,
)

# FOLK1A ages 0..125: a smooth, deterministic age profile that sums to 1.
_AGE_WEIGHTS = [1.0 if a < 60 else max(0.0, 1.0 - (a - 60) / 45) ** 1.5 for a in range(126)]
AGE_SHARE = {str(a): w / sum(_AGE_WEIGHTS) for a, w in enumerate(_AGE_WEIGHTS)}
SEX_SHARE = table_of({"M": 0.497, "K": 0.503, "1": 0.497, "2": 0.503})
KØN_TOT_1_2 = FakeVariable(
    "KØN",
    "køn",
    {"TOT": "I alt", "1": "Mænd", "2": "Kvinder"},
    {"TOT": (("1", 1), ("2", 1))},
    "TOT",
    english={"TOT": "Total", "1": "Men", "2": "Women"},
    text_en="sex",
)

FOLK1A = FakeTable(
    id="FOLK1A",
    text="Befolkningen den 1. i kvartalet",
    text_en="Population on the first day of the quarter",
    unit="Antal",
    area_variable="OMRÅDE",
    time_codes=quarters(2008, 2026, 3),
    variables=(
        KØN_TOT_1_2,
        FakeVariable(
            "ALDER",
            "alder",
            {"IALT": "Alder i alt"} | {str(a): f"{a} år" for a in range(126)},
            {"IALT": tuple((str(a), 1) for a in range(126))},
            "IALT",
            english={"IALT": "Age, total"} | {str(a): f"{a} years" for a in range(126)},
            text_en="age",
        ),
        FakeVariable(
            "CIVILSTAND",
            "civilstand",
            {"TOT": "I alt", "U": "Ugift", "G": "Gift/separeret", "E": "Enke/enkemand", "F": "Fraskilt"},
            {"TOT": (("U", 1), ("G", 1), ("E", 1), ("F", 1))},
            "TOT",
            english={"TOT": "Total", "U": "Never married", "G": "Married/separated", "E": "Widowed", "F": "Divorced"},
            text_en="marital status",
        ),
    ),
    kind="count",
    level=population,
    shares={
        "KØN": SEX_SHARE,
        "ALDER": lambda c, m, y: AGE_SHARE[c],
        "CIVILSTAND": table_of({"U": 0.47, "G": 0.37, "E": 0.05, "F": 0.11}),
    },
    levels=(COUNTRY_LEVEL, REGION_LEVEL, MUNICIPALITY_LEVEL),
    christianso=True,
    updated="2026-11-11T08:00:00",
)

ARE207 = FakeTable(
    id="ARE207",
    text="Areal 1. januar efter område og tid",
    text_en="Area 1 January by region and time",
    unit="km²",
    area_variable="OMRÅDE",
    time_codes=years(2007, 2026),
    variables=(),
    kind="count",
    level=lambda m, y: land_area(m),
    decimals=2,
    levels=(COUNTRY_LEVEL, REGION_LEVEL, MUNICIPALITY_LEVEL),
)

_BIRTHS, _DEATHS = Rate("births", 0.0105, trend=-0.005, spread=0.12), Rate("deaths", 0.0095, spread=0.15)
_IN = Rate("internal-in", 0.045, spread=0.2, noise=0.05)
_NET_INTERNAL = Rate("internal-net", 0.004, spread=1.0, noise=0.3)
_IMMIGRATION, _EMIGRATION = Rate("immigration", 0.012, spread=0.35), Rate("emigration", 0.008, spread=0.3)
_FLOWS: dict[str, Callable[[str, float], float]] = {
    "B01A": lambda m, y: 1.0,
    "B02": _BIRTHS,
    "B03": _DEATHS,
    "B05": _IN,
    "B06": lambda m, y: _IN(m, y) - net_share(_NET_INTERNAL, m, y),
    "B08A": lambda m, y: 0.85 * _IMMIGRATION(m, y),
    "B08B": lambda m, y: 0.15 * _IMMIGRATION(m, y),
    "B09A": lambda m, y: 0.8 * _EMIGRATION(m, y),
    "B09B": lambda m, y: 0.2 * _EMIGRATION(m, y),
    "B12": lambda m, y: 0.0002,
}
BEV107 = FakeTable(
    id="BEV107",
    text="Befolkningens udvikling efter område, bevægelsesart, køn og tid",
    text_en="Summary vital statistics by region, type of movement, sex and time",
    unit="Antal",
    area_variable="OMRÅDE",
    time_codes=years(2006, 2024),
    variables=(
        FakeVariable(
            "BEVÆGELSE",
            "bevægelsesart",
            {
                "B01A": "Befolkningen ultimo forrige år",
                "B02": "Levendefødte",
                "B03": "Døde",
                "B04": "Fødselsoverskud",
                "B05": "Tilflyttede",
                "B06": "Fraflyttede",
                "B07": "Nettotilflyttede",
                "B08AA": "Indvandrede i alt",
                "B08A": "Indvandrede i indeværende år",
                "B08B": "Indvandrede før indeværende år",
                "B09BA": "Udvandrede i alt",
                "B09A": "Udvandrede i indeværende år",
                "B09B": "Udvandrede før indeværende år",
                "B10": "Nettoindvandrede",
                "B12": "Korrektioner",
                "B11": "Befolkningstilvækst",
                "B20A": "Befolkningen ultimo indeværende år",
            },
            {
                "B04": (("B02", 1), ("B03", -1)),
                "B07": (("B05", 1), ("B06", -1)),
                "B08AA": (("B08A", 1), ("B08B", 1)),
                "B09BA": (("B09A", 1), ("B09B", 1)),
                "B10": (("B08AA", 1), ("B09BA", -1)),
                "B11": (("B04", 1), ("B07", 1), ("B10", 1), ("B12", 1)),
                "B20A": (("B01A", 1), ("B11", 1)),
            },
            english={"B01A": "Population at the end of the previous year", "B07": "Net internal migration"},
            text_en="type of movement",
        ),
        summed("KØN", "køn", {"M": "Mænd", "K": "Kvinder"}, english={"M": "Men", "K": "Women"}, text_en="sex"),
    ),
    kind="count",
    level=population,  # a year's 1 January population: the end of the previous year
    shares={"BEVÆGELSE": lambda c, m, y: _FLOWS[c](m, y), "KØN": table_of({"M": 0.497, "K": 0.503})},
    levels=(MUNICIPALITY_LEVEL,),
    updated="2026-02-11T08:00:00",
)

# Life expectancy at birth over five-year windows; Randers below the country, as in reality.
_ISLANDS_WITHOUT_LIFE_TABLES = frozenset({"825", "492", "563", "741"})  # Læsø, Ærø, Fanø, Samsø
_LIFE = Rate(
    "HISBK",
    81.4,
    trend=0.0021,
    spread=0.012,
    noise=0.001,
    base_year=2025,
    randers_ratio=0.9905,
    exclude=_ISLANDS_WITHOUT_LIFE_TABLES,
)
HISBK = FakeTable(
    id="HISBK",
    text="Middellevetid for 0-årige efter område, køn og tid",
    text_en="Life expectancy at birth by region, sex and time",
    unit="År",
    area_variable="OMRÅDE",
    time_codes=tuple(f"{y - 4}:{y}" for y in range(2000, 2026)),
    variables=(
        FakeVariable(
            "KØN",
            "køn",
            {"TOT": "I alt", "M": "Mænd", "K": "Kvinder"},
            english={"TOT": "Total", "M": "Men", "K": "Women"},
            text_en="sex",
        ),
    ),
    kind="rate",
    level=_LIFE,
    shares={"KØN": table_of({"TOT": 1.0, "M": 0.976, "K": 1.024})},
    decimals=2,
    levels=(COUNTRY_LEVEL, MUNICIPALITY_LEVEL),
    exclude=_ISLANDS_WITHOUT_LIFE_TABLES,
)
