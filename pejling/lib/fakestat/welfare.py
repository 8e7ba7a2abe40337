"""Fake children's support and housing tables: BU43 and BOL101.

Codes, levels and time ranges follow dst-tables.md §5; the BU43 share is calibrated to §8 (Randers 3.3 %,
the country 3.6 % in 2024)."""

from __future__ import annotations

from pejling.lib.fakestat.model import Rate, population
from pejling.lib.fakestat.tables import (
    COUNTRY_LEVEL,
    MUNICIPALITY_LEVEL,
    FakeTable,
    FakeVariable,
    summed,
    table_of,
    years,
)

BU43 = FakeTable(
    id="BU43",
    text="Børn og unge der modtager støtte pr. 31. december (andel af 0-22-årige) efter område, "
    "foranstaltning, alder og tid",
    unit="Pct.",
    area_variable="OMRÅDE",
    time_codes=years(2015, 2024),
    variables=(
        FakeVariable(
            "FORANSTALT",
            "foranstaltning",
            {
                "IALT": "Udsatte børn og unge i alt",
                "FORB": "Børn og unge med støttende indsatser",
                "ANBR": "Anbragte børn og unge",
            },
        ),
        FakeVariable("ALDER", "alder", {"TOT22": "I alt 0-22 år", "9917": "0-17 år", "1822": "18-22 år"}),
    ),
    kind="rate",
    level=Rate("BU43", 3.6, trend=-0.01, spread=0.3, noise=0.03, randers_ratio=3.3 / 3.6),
    shares={
        "FORANSTALT": table_of({"IALT": 1.0, "FORB": 0.72, "ANBR": 0.36}),
        "ALDER": table_of({"TOT22": 1.0, "9917": 1.1, "1822": 0.75}),
    },
    decimals=1,
    levels=(COUNTRY_LEVEL, MUNICIPALITY_LEVEL),
    updated="2025-06-26T08:00:00",
)

_VACANCY = Rate("BOL101", 0.055, trend=-0.01, spread=0.3, noise=0.03)
_BUILT = ["-1899", "1900-1919", *(f"{d}-{d + 9}" for d in range(1920, 2000, 10)), "2000-2004"]
_BUILT += [str(y) for y in range(2005, 2025)] + ["UOPL"]
_BUILT_WEIGHTS = {code: (6.0 if "-" in code else 1.0 if code != "UOPL" else 0.3) for code in _BUILT}
BOL101 = FakeTable(
    id="BOL101",
    text="Boliger efter område, beboertype, anvendelse, udlejningsforhold, ejerforhold, opførelsesår og tid",
    unit="Antal",
    area_variable="OMRÅDE",
    time_codes=years(2010, 2025, without=(2021, 2022)),
    variables=(
        summed(
            "BEBO",
            "beboertype",
            {"1000": "Beboede boliger", "2000": "Ubeboede boliger", "5000": "Ubeboede fritidshuse"},
        ),
        summed(
            "ANVENDELSE",
            "anvendelse",
            {
                "125": "Parcel/Stuehuse",
                "130": "Række-, kæde- og dobbelthuse",
                "140": "Etageboliger",
                "150": "Kollegier",
                "160": "Døgninstitutioner",
                "565": "Fritidshuse",
                "570": "Andet",
            },
        ),
        summed(
            "UDLFORH",
            "udlejningsforhold",
            {"EJ": "Beboet af ejer", "LEJ": "Beboet af lejer", "IB": "Ikke benyttet bolig", "UOPL": "Uoplyst"},
        ),
        summed(
            "EJER",
            "ejerforhold",
            {
                "10": "Privatpersoner inkl. I/S",
                "20": "Almene boligselskaber",
                "30": "A/S, ApS og andre selskaber",
                "41": "Private andelsboligforeninger",
                "SK": "Offentlig myndighed",
                "UOP2": "Andet/uoplyst",
            },
        ),
        summed("OPFØRELSESÅR", "opførelsesår", {code: code for code in _BUILT}),
    ),
    kind="count",
    level=lambda m, y: population(m, y) * 0.52,
    shares={
        "BEBO": lambda c, m, y: {"2000": _VACANCY(m, y), "5000": 0.03}.get(c, 0.97 - _VACANCY(m, y)),
        "ANVENDELSE": table_of(
            {"125": 0.40, "130": 0.15, "140": 0.33, "150": 0.01, "160": 0.005, "565": 0.09, "570": 0.015}
        ),
        "UDLFORH": table_of({"EJ": 0.5, "LEJ": 0.42, "IB": 0.06, "UOPL": 0.02}),
        "EJER": table_of({"10": 0.6, "20": 0.18, "30": 0.08, "41": 0.08, "SK": 0.03, "UOP2": 0.03}),
        "OPFØRELSESÅR": lambda c, m, y: _BUILT_WEIGHTS[c] / sum(_BUILT_WEIGHTS.values()),
    },
    updated="2026-02-17T08:00:00",
)
