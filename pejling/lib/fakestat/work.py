"""Fake labour-market and firm tables: AUK01, RAS200, NEET1 (inactive), NEET3, ERHV5, GF12.

Codes, levels and time ranges follow dst-tables.md §4 and §6; values are generated (``model.py``), with
the NEET share and AUK01's net unemployed recipients of social assistance calibrated to §8."""

from __future__ import annotations

from pejling.lib.fakestat.model import Rate, population
from pejling.lib.fakestat.tables import (
    COUNTRY_LEVEL,
    MUNICIPALITY_LEVEL,
    FakeTable,
    FakeVariable,
    Share,
    flat,
    quarters,
    summed,
    table_of,
    years,
)

_KØN = FakeVariable(
    "KØN",
    "køn",
    {"TOT": "I alt", "M": "Mænd", "K": "Kvinder"},
    {"TOT": (("M", 1), ("K", 1))},
    "TOT",
    english={"TOT": "Total", "M": "Men", "K": "Women"},
    text_en="sex",
)
_SEX = table_of({"M": 0.5, "K": 0.5})

# AUK01's benefit types, a simplified tree of the real 41 codes (only codes dst-tables.md names); each leaf
# is a rate of the population 16 to pension age (~62 % of all inhabitants).
_LEAVES = {
    "SU": Rate("AUK-SU", 0.040, trend=0.004),
    "DP": Rate("AUK-DP", 0.018, trend=-0.02, spread=0.25, noise=0.06),
    # Calibrated: 261 in Randers and 9,168 in the country in 2025K4 (dst-tables.md §8).
    "LK": Rate("AUK-LK", 0.002453, trend=-0.044, spread=0.45, noise=0.05, base_year=2025.75, randers_ratio=1.708),
    "TOTVO": Rate("AUK-VO", 0.010, trend=-0.01, spread=0.3),
    "FL": Rate("AUK-FL", 0.022, trend=0.02, spread=0.2),
    "LY": Rate("AUK-LY", 0.003, spread=0.3),
    "TOTAN": Rate("AUK-AN", 0.012, spread=0.1),
    "FP": Rate("AUK-FP", 0.042, trend=-0.012, spread=0.3),
    "FY": Rate("AUK-FY", 0.002, spread=0.3),
    "SY": Rate("AUK-SY", 0.016, trend=0.01, spread=0.15, noise=0.05),
    "RES": Rate("AUK-RES", 0.005, trend=0.03, spread=0.3),
    "JA": Rate("AUK-JA", 0.004, trend=0.03, spread=0.3),
}
_AUK_AGES = {
    "16-24": 0.13,
    "25-29": 0.08,
    "30-34": 0.08,
    "35-39": 0.08,
    "40-44": 0.09,
    "45-49": 0.10,
    "50-54": 0.12,
    "55-59": 0.14,
    "6099": 0.18,
}
AUK01 = FakeTable(
    id="AUK01",
    text="Offentligt forsørgede (fuldtidsmodtagere) efter område, ydelsestype, køn, alder og tid",
    text_en="Full-time recipients of public benefits by region, type of benefit, sex, age and time",
    unit="Fuldtidsmodtagere",
    area_variable="OMRÅDE",
    time_codes=quarters(2007, 2025, 4),
    variables=(
        FakeVariable(
            "YDELSESTYPE",
            "ydelsestype",
            {
                "TOT": "I alt",
                "TOTUSU": "I alt uden SU-modtagere",
                "TOTLE": "Nettoledige i alt",
                "DP": "Nettoledige dagpengemodtagere",
                "LK": "Nettoledige kontanthjælpsmodtagere",
                "TOTVO": "Vejledning og opkvalificering",
                "TOTSB": "Støttet beskæftigelse",
                "FL": "Fleksjob",
                "LY": "Ledighedsydelse",
                "TOTAN": "Barselsdagpenge mv.",
                "TOTTB": "Tilbagetrækning",
                "FP": "Førtidspension",
                "FY": "Fleksydelse",
                "TOTYD": "Øvrige ydelsesmodtagere",
                "SY": "Sygedagpenge mv.",
                "RES": "Ressourceforløb",
                "JA": "Jobafklaringsforløb",
                "SU": "SU-modtagere",
            },
            {
                "TOT": (("TOTUSU", 1), ("SU", 1)),
                "TOTUSU": (("TOTLE", 1), ("TOTVO", 1), ("TOTSB", 1), ("TOTAN", 1), ("TOTTB", 1), ("TOTYD", 1)),
                "TOTLE": (("DP", 1), ("LK", 1)),
                "TOTSB": (("FL", 1), ("LY", 1)),
                "TOTTB": (("FP", 1), ("FY", 1)),
                "TOTYD": (("SY", 1), ("RES", 1), ("JA", 1)),
            },
            "TOT",
            english={
                "TOT": "Total",
                "TOTUSU": "Total excluding SU recipients",
                "LK": "Net unemployed recipients of social assistance",
                "SU": "SU recipients",
            },
            text_en="type of benefit",
        ),
        _KØN,
        FakeVariable(
            "ALDER",
            "alder",
            {"TOT": "Alder i alt"} | {a: f"{a} år" for a in _AUK_AGES if a != "6099"} | {"6099": "60 år og derover"},
            {"TOT": tuple((a, 1) for a in _AUK_AGES)},
            "TOT",
            english={"TOT": "Age, total", "6099": "60 years and over"}
            | {a: f"{a} years" for a in _AUK_AGES if a != "6099"},
            text_en="age",
        ),
    ),
    kind="count",
    level=lambda m, y: population(m, y) * 0.62,
    shares={"YDELSESTYPE": lambda c, m, y: _LEAVES[c](m, y), "KØN": _SEX, "ALDER": table_of(_AUK_AGES)},
    extras={"997": ("Udlandet", "Abroad"), "998": ("Uoplyst kommune", "Not stated municipality")},
    updated="2026-03-24T08:00:00",
)

_HERKOMST = {"00": 1.0, "10": 1.03, "20": 0.82, "24": 0.95, "25": 0.76, "30": 0.88, "34": 0.97, "35": 0.85}
_RAS_AGES = {"16-64": 1.0, "16-65": 0.99, "1666": 0.98, "16-17": 0.55, "18-19": 0.68, "20-24": 0.86}
_RAS_AGES |= {f"{a}-{a + 4}": 1.1 - 0.004 * abs(a - 42) for a in range(25, 65, 5)} | {"65-66": 0.45}
RAS200 = FakeTable(
    id="RAS200",
    text="Erhvervs- og beskæftigelsesfrekvenser (ultimo november) efter område, herkomst, alder, køn, frekvens og tid",
    text_en="Activity and employment rates (end of November) by region, ancestry, age, sex, rate and time",
    unit="Pct.",
    area_variable="OMRÅDE",
    time_codes=years(2008, 2024),
    variables=(
        FakeVariable(
            "HERKOMST",
            "herkomst",
            {
                "00": "I alt",
                "10": "Personer med dansk oprindelse",
                "20": "Indvandrere",
                "24": "Indvandrere fra vestlige lande",
                "25": "Indvandrere fra ikke-vestlige lande",
                "30": "Efterkommere",
                "34": "Efterkommere fra vestlige lande",
                "35": "Efterkommere fra ikke-vestlige lande",
            },
            english={"00": "Total"},
        ),
        FakeVariable(
            "ALDER",
            "alder",
            {code: ("16-66 år" if code == "1666" else f"{code} år") for code in _RAS_AGES},
            starts={"16-65": 2020, "1666": 2022},
        ),
        FakeVariable("KØN", "køn", {"TOT": "I alt", "M": "Mænd", "K": "Kvinder"}),
        FakeVariable("BEREGNING", "frekvens", {"BFK": "Beskæftigelsesfrekvens", "EFK": "Erhvervsfrekvens"}),
    ),
    kind="rate",
    level=Rate("RAS200", 76.8, trend=0.004, spread=0.035, noise=0.004, randers_ratio=0.985),
    shares={
        "HERKOMST": table_of(_HERKOMST),
        "ALDER": table_of(_RAS_AGES),
        "KØN": table_of({"TOT": 1.0, "M": 1.03, "K": 0.97}),
        "BEREGNING": table_of({"BFK": 1.0, "EFK": 1.04}),
    },
    decimals=1,
    updated="2026-03-03T08:00:00",
)

# NEET: Randers 11.82 % and the country 9.6 % in 2023 (dst-tables.md §8); NEET3's 16-24 equals NEET1.
_NEET = Rate("NEET", 0.096, trend=-0.01, spread=0.25, noise=0.03, base_year=2023, randers_ratio=1.231)
_NEET_OLDER = Rate("NEET-25-29", 0.115, trend=-0.01, spread=0.25, noise=0.03, base_year=2023)
_STATUSNEET = FakeVariable(
    "STATUSNEET",
    "NEET-status",
    {"00": "Aktive og ikke-aktive i alt", "05": "Aktive", "10": "Ikke-aktive (NEET)"},
    {"00": (("05", 1), ("10", 1))},
)
_SOCIO = FakeVariable("SOCIO", "socioøkonomisk status", {"TOT": "I alt"}, {}, "TOT")


def _neet_status(rate: Rate) -> Share:
    return lambda c, m, y: rate(m, y) if c == "10" else 1 - rate(m, y)


NEET1 = FakeTable(
    id="NEET1",
    text="Befolkningen (16-24 år) efter NEET-status, køn, bopælsområde, socioøkonomisk status og tid",
    unit="Antal",
    area_variable="BOPOMR",
    time_codes=years(2008, 2023),
    variables=(_STATUSNEET, _KØN, _SOCIO),
    kind="count",
    level=lambda m, y: population(m, y) * 0.105,
    shares={"STATUSNEET": _neet_status(_NEET), "KØN": _SEX, "SOCIO": flat(1.0)},
    active=False,
    updated="2024-11-26T08:00:00",
)

_NEET3_AGES = {"1624": 0.105, "2529": 0.065}


def _neet3_status(code: str, age: str, municipality: str, year: float) -> float:
    rate = (_NEET if age == "1624" else _NEET_OLDER)(municipality, year)
    return rate if code == "10" else 1 - rate


NEET3 = FakeTable(
    id="NEET3",
    text="Befolkningen (16-29 år) efter NEET-status, køn, alder, bopælsområde, socioøkonomisk status og tid",
    unit="Antal",
    area_variable="BOPOMR",
    time_codes=years(2008, 2024),
    variables=(
        _STATUSNEET,
        FakeVariable("KØN", "køn", {"00": "I alt", "M": "Mænd", "K": "Kvinder"}, {"00": (("M", 1), ("K", 1))}, "00"),
        FakeVariable(
            "ALDER",
            "alder",
            {"1629": "16-29 år", "1624": "16-24 år", "2529": "25-29 år"},
            {"1629": (("1624", 1), ("2529", 1))},
        ),
        _SOCIO,
    ),
    kind="count",
    level=population,
    shares={"KØN": _SEX, "SOCIO": flat(1.0)},
    joint={
        ("STATUSNEET", "ALDER"): lambda codes, m, y: _NEET3_AGES[codes[1]] * _neet3_status(codes[0], codes[1], m, y)
    },
    updated="2026-05-27T08:00:00",
)

_WORKPLACES = Rate("ERHV5", 0.055, trend=0.004, spread=0.15, noise=0.01)
ERHV5 = FakeTable(
    id="ERHV5",
    text="Arbejdssteder efter område, sektor og tid",
    text_en="Workplaces by region, sector and time",
    unit="Antal",
    area_variable="OMRÅDE",
    time_codes=years(2008, 2023),
    variables=(
        summed(
            "SEKTOR",
            "sektor",
            {
                "1015": "Stat",
                "1020": "Regioner",
                "1025": "Kommuner",
                "1030": "Sociale kasser og fonde",
                "1035": "Offentlige virksomheder",
                "1040": "Private virksomheder",
                "1045": "Private nonprofit-organisationer",
            },
        ),
    ),
    kind="count",
    level=lambda m, y: population(m, y) * _WORKPLACES(m, y),
    shares={
        "SEKTOR": table_of(
            {"1015": 0.01, "1020": 0.01, "1025": 0.06, "1030": 0.002, "1035": 0.008, "1040": 0.85, "1045": 0.06}
        )
    },
    levels=(COUNTRY_LEVEL, MUNICIPALITY_LEVEL),
    extras={"950": ("Uoplyst område", "Unknown area")},
)

_GF12_BRANCHES = {
    "1": "Landbrug, skovbrug og fiskeri",
    "2": "Industri, råstofindvinding og forsyningsvirksomhed",
    "3": "Bygge og anlæg",
    "4": "Handel og transport mv.",
    "5": "Information og kommunikation",
    "6": "Finansiering og forsikring",
    "7": "Ejendomshandel og udlejning",
    "8": "Erhvervsservice",
    "9": "Offentlig administration, undervisning og sundhed",
    "10": "Kultur, fritid og anden service",
    "11": "Uoplyst aktivitet",
}
_GF12_SHARES = dict(
    zip(_GF12_BRANCHES, (0.09, 0.06, 0.11, 0.22, 0.06, 0.03, 0.09, 0.17, 0.06, 0.10, 0.01), strict=True)
)
# All firms: 395,810 in 2019 and 417,137 in 2022 (GF13, dst-tables.md §8).
_FIRMS = Rate("GF12", 0.0707, trend=0.013, spread=0.2, noise=0.01, base_year=2022)
GF12 = FakeTable(
    id="GF12",
    text="Generel firmastatistik efter kommune, branche (DB07 10-grp.) og tid",
    unit="Antal",
    area_variable="KOMK",
    time_codes=years(2019, 2023),
    variables=(
        FakeVariable(
            "BRANCHE",
            "branche",
            {"TOT": "Erhverv i alt"} | _GF12_BRANCHES,
            {"TOT": tuple((code, 1) for code in _GF12_BRANCHES)},
            "TOT",
        ),
    ),
    kind="count",
    level=lambda m, y: population(m, y) * _FIRMS(m, y),
    shares={"BRANCHE": table_of(_GF12_SHARES)},
    updated="2025-06-20T08:00:00",
)
