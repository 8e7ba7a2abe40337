"""The fake tables: every StatBank table bound in plans/randers.yaml, with plausible generated values.

Count tables are separable: value = level(municipality, time) × Π share(variable code), summed over the
municipalities of a region or the country. Rate tables give a rate per municipality and a
population-weighted mean for regions and the country. A code can stand for a signed sum of other codes
(totals; BEV107's net in-migration B07 = B05 − B06).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pejling.lib.fakestat.model import area_codes, centred, population, series, unit_hash
from pejling.lib.periods import Period

Share = Callable[[str, str, float], float]  # (leaf code, municipality, year) → share


@dataclass(frozen=True)
class FakeVariable:
    """A variable: its codes with labels, and codes that are signed sums of other codes."""

    id: str
    text: str
    values: dict[str, str]
    composite: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    eliminate_to: str | None = None  # the code used when the variable is left out; None: must be selected


@dataclass(frozen=True)
class FakeTable:
    """A table's metadata and how its values are generated."""

    id: str
    text: str
    unit: str
    area_variable: str
    time_codes: tuple[str, ...]
    variables: tuple[FakeVariable, ...]
    kind: str  # "count" or "rate"
    level: Callable[[str, float], float]  # count: level; rate: the rate before factors
    shares: dict[str, Share] = field(default_factory=dict)  # count: shares; rate: factors
    decimals: int = 0
    missing: Callable[[str, Period], bool] = lambda area, period: False
    include_christianso: bool = False
    updated: str = "2026-02-11T08:00:00"

    @property
    def areas(self) -> list[str]:
        return area_codes(self.include_christianso)


def years(first: int, last: int) -> tuple[str, ...]:
    return tuple(str(y) for y in range(first, last + 1))


def quarters(first: int, last_year: int, last_quarter: int) -> tuple[str, ...]:
    return tuple(
        f"{y}K{q}" for y in range(first, last_year + 1) for q in range(1, 5) if (y, q) <= (last_year, last_quarter)
    )


def _flat(value: float) -> Share:
    return lambda code, municipality, year: value


def _table_of(shares: dict[str, float]) -> Share:
    return lambda code, municipality, year: shares[code]


_KØN = FakeVariable("KØN", "køn", {"TOT": "I alt", "M": "Mænd", "K": "Kvinder"}, {"TOT": (("M", 1), ("K", 1))}, "TOT")
_KØN_NUM = FakeVariable(
    "KØN", "køn", {"TOT": "I alt", "1": "Mænd", "2": "Kvinder"}, {"TOT": (("1", 1), ("2", 1))}, "TOT"
)
_SEX_SHARE = _table_of({"M": 0.5, "K": 0.5, "1": 0.495, "2": 0.505})

# FOLK1A ages 0..125: a smooth, deterministic age profile that sums to 1.
_AGE_WEIGHTS = [1.0 if a < 60 else max(0.0, 1.0 - (a - 60) / 45) ** 1.5 for a in range(126)]
_AGE_SHARE = {str(a): w / sum(_AGE_WEIGHTS) for a, w in enumerate(_AGE_WEIGHTS)}

FOLK1A = FakeTable(
    id="FOLK1A",
    text="Befolkningen den 1. i kvartalet",
    unit="Antal",
    area_variable="OMRÅDE",
    time_codes=quarters(2008, 2025, 3),
    variables=(
        _KØN_NUM,
        FakeVariable(
            "ALDER",
            "alder",
            {"IALT": "Alder i alt"} | {str(a): f"{a} år" for a in range(126)},
            {"IALT": tuple((str(a), 1) for a in range(126))},
            "IALT",
        ),
        FakeVariable(
            "CIVILSTAND",
            "civilstand",
            {"TOT": "I alt", "U": "Ugift", "G": "Gift/separeret", "E": "Enke/enkemand", "F": "Fraskilt"},
            {"TOT": (("U", 1), ("G", 1), ("E", 1), ("F", 1))},
            "TOT",
        ),
    ),
    kind="count",
    level=lambda m, y: population(m, y),
    shares={
        "KØN": _SEX_SHARE,
        "ALDER": lambda c, m, y: _AGE_SHARE[c],
        "CIVILSTAND": _table_of({"U": 0.47, "G": 0.37, "E": 0.05, "F": 0.11}),
    },
    include_christianso=True,
    updated="2025-08-11T08:00:00",
)

BU43 = FakeTable(
    id="BU43",
    text="Udsatte børn og unge (andel af de 0-22-årige) efter område, foranstaltning, alder og tid",
    unit="Pct.",
    area_variable="OMRÅDE",
    time_codes=years(2015, 2024),
    variables=(
        FakeVariable(
            "FORANSTALT",
            "foranstaltning",
            {"IALT": "Udsatte i alt", "FOR": "Forebyggende foranstaltninger", "ANB": "Anbringelser"},
        ),
        FakeVariable("ALDER", "alder", {"TOT22": "0-22 år", "0005": "0-5 år", "0617": "6-17 år", "1822": "18-22 år"}),
    ),
    kind="rate",
    level=lambda m, y: series(m, "BU43", y, level=3.6, spread=0.35, trend=-0.012, noise=0.03),
    shares={
        "FORANSTALT": _table_of({"IALT": 1.0, "FOR": 0.7, "ANB": 0.3}),
        "ALDER": _table_of({"TOT22": 1.0, "0005": 0.6, "0617": 1.2, "1822": 0.9}),
    },
    decimals=1,
)

_NEET_RATE = {"10": lambda m, y: series(m, "NEET", y, level=0.096, spread=0.25, trend=-0.015, noise=0.04)}
NEET1 = FakeTable(
    id="NEET1",
    text="Unge (16-24 år) efter bopælsområde, NEET-status, køn, socioøkonomisk status og tid",
    unit="Antal",
    area_variable="BOPOMR",
    time_codes=years(2008, 2023),
    variables=(
        FakeVariable(
            "STATUSNEET",
            "NEET-status",
            {"00": "Alle unge", "10": "NEET (ikke-aktive)", "20": "I job eller uddannelse"},
            {"00": (("10", 1), ("20", 1))},
        ),
        _KØN,
        FakeVariable("SOCIO", "socioøkonomisk status", {"TOT": "I alt"}, {}, "TOT"),
    ),
    kind="count",
    level=lambda m, y: population(m, y) * 0.11,
    shares={
        "STATUSNEET": lambda c, m, y: _NEET_RATE["10"](m, y) if c == "10" else 1 - _NEET_RATE["10"](m, y),
        "KØN": _SEX_SHARE,
        "SOCIO": _flat(1.0),
    },
)

_AUK_TYPES = {"LEDKONT": 0.18, "SYGDP": 0.14, "FØP": 0.38, "FLEKS": 0.16, "AND": 0.14}
_AUK_AGES = {"16-24": 0.14, "25-29": 0.08, "30-39": 0.15, "40-49": 0.18, "50-59": 0.25, "60-": 0.20}
AUK01 = FakeTable(
    id="AUK01",
    text="Offentligt forsørgede (fuldtidsmodtagere) efter område, ydelsestype, køn, alder og tid",
    unit="Fuldtidsmodtagere",
    area_variable="OMRÅDE",
    time_codes=quarters(2007, 2025, 4),
    variables=(
        FakeVariable(
            "YDELSESTYPE",
            "ydelsestype",
            {
                "TOT": "Offentligt forsørgede i alt",
                "LEDKONT": "Nettoledige kontanthjælpsmodtagere",
                "SYGDP": "Sygedagpenge",
                "FØP": "Førtidspension",
                "FLEKS": "Fleksjob",
                "AND": "Øvrige ydelser",
            },
            {"TOT": tuple((code, 1) for code in _AUK_TYPES)},
            "TOT",
        ),
        _KØN,
        FakeVariable(
            "ALDER",
            "alder",
            {"TOT": "Alder i alt"} | {a: f"{a} år" for a in _AUK_AGES},
            {"TOT": tuple((a, 1) for a in _AUK_AGES)},
            "TOT",
        ),
    ),
    kind="count",
    level=lambda m, y: (
        population(m, y) * 0.62 * series(m, "AUK01", y, level=0.165, spread=0.2, trend=-0.012, noise=0.015)
    ),
    shares={"YDELSESTYPE": _table_of(_AUK_TYPES), "KØN": _SEX_SHARE, "ALDER": _table_of(_AUK_AGES)},
)

_ISLANDS_WITHOUT_LIFE_TABLES = {"825", "492", "563", "741"}  # Læsø, Ærø, Fanø, Samsø
HISBK = FakeTable(
    id="HISBK",
    text="Middellevetid (år) for 0-årige efter område, køn og tid",
    unit="År",
    area_variable="OMRÅDE",
    time_codes=tuple(f"{y - 4}:{y}" for y in range(2010, 2026)),
    variables=(FakeVariable("KØN", "køn", {"TOT": "I alt", "M": "Mænd", "K": "Kvinder"}),),
    kind="rate",
    level=lambda m, y: 81.0 * (1 + 0.015 * centred("HISBK", m)) + 0.17 * (y - 2015),
    shares={"KØN": _table_of({"TOT": 1.0, "M": 0.98, "K": 1.02})},
    decimals=2,
    missing=lambda area, period: area in _ISLANDS_WITHOUT_LIFE_TABLES,
)

ERHV5 = FakeTable(
    id="ERHV5",
    text="Arbejdssteder efter område, sektor og tid",
    unit="Antal",
    area_variable="OMRÅDE",
    time_codes=years(2008, 2024),
    variables=(
        FakeVariable(
            "SEKTOR",
            "sektor",
            {"TOT": "Sektorer i alt", "PRIV": "Privat sektor", "OFF": "Offentlig sektor"},
            {"TOT": (("PRIV", 1), ("OFF", 1))},
            "TOT",
        ),
    ),
    kind="count",
    level=lambda m, y: population(m, y) * series(m, "ERHV5", y, level=0.052, spread=0.15, trend=0.006, noise=0.01),
    shares={"SEKTOR": _table_of({"PRIV": 0.88, "OFF": 0.12})},
)

RAS200 = FakeTable(
    id="RAS200",
    text="Erhvervs- og beskæftigelsesfrekvenser efter område, herkomst, alder, køn og beregning",
    unit="Pct.",
    area_variable="OMRÅDE",
    time_codes=years(2008, 2024),
    variables=(
        FakeVariable("HERKOMST", "herkomst", {"TOT": "I alt"}),
        FakeVariable("ALDER", "alder", {"16-64": "16-64 år"}),
        FakeVariable("KØN", "køn", {"TOT": "I alt"}),
        FakeVariable("BEREGNING", "beregning", {"BFK": "Beskæftigelsesfrekvens", "EFK": "Erhvervsfrekvens"}),
    ),
    kind="rate",
    level=lambda m, y: 74.0 * (1 + 0.05 * centred("RAS200", m)) + 0.3 * (y - 2015) + 0.4 * centred("RAS", m, y),
    shares={
        "BEREGNING": _table_of({"BFK": 1.0, "EFK": 1.04}),
        "HERKOMST": _flat(1.0),
        "ALDER": _flat(1.0),
        "KØN": _flat(1.0),
    },
    decimals=1,
)

_CLOSED_BOL101_YEARS = {"2021", "2022"}


def _vacancy(municipality: str, year: float) -> float:
    return series(municipality, "BOL101", year, level=0.055, spread=0.3, trend=-0.01, noise=0.03)


BOL101 = FakeTable(
    id="BOL101",
    text="Boliger efter område, beboertype, anvendelse, udlejningsforhold og tid",
    unit="Antal",
    area_variable="OMRÅDE",
    time_codes=years(2010, 2025),
    variables=(
        FakeVariable("BEBO", "beboertype", {"1000": "Beboede boliger", "2000": "Ubeboede boliger"}),
        FakeVariable(
            "ANVENDELSE",
            "anvendelse",
            {
                "TOT": "I alt",
                "125": "Parcelhuse",
                "130": "Række-, kæde- og dobbelthuse",
                "140": "Etageboliger",
                "150": "Fritidshuse",
            },
            {"TOT": (("125", 1), ("130", 1), ("140", 1), ("150", 1))},
            "TOT",
        ),
        FakeVariable(
            "UDLFORH",
            "udlejningsforhold",
            {"TOT": "I alt", "EJ": "Ejerbolig", "LEJ": "Lejebolig"},
            {"TOT": (("EJ", 1), ("LEJ", 1))},
            "TOT",
        ),
    ),
    kind="count",
    level=lambda m, y: population(m, y) * 0.52,
    shares={
        "BEBO": lambda c, m, y: _vacancy(m, y) if c == "2000" else 1 - _vacancy(m, y),
        "ANVENDELSE": _table_of({"125": 0.42, "130": 0.16, "140": 0.36, "150": 0.06}),
        "UDLFORH": _table_of({"EJ": 0.55, "LEJ": 0.45}),
    },
    missing=lambda area, period: period.code in _CLOSED_BOL101_YEARS,
)

_FLOWS = {
    "B05": lambda m, y: 0.045,
    "B06": lambda m, y: 0.045 - 0.003 * centred("BEV107", m) - 0.0015 * centred("BEV107y", m, y),
    "B08": lambda m, y: 0.012,
    "B09": lambda m, y: 0.008,
}
BEV107 = FakeTable(
    id="BEV107",
    text="Befolkningens udvikling (summariske tal) efter område, bevægelsesart, køn og tid",
    unit="Antal",
    area_variable="OMRÅDE",
    time_codes=years(2007, 2024),
    variables=(
        FakeVariable(
            "BEVÆGELSE",
            "bevægelsesart",
            {
                "B05": "Tilflyttede",
                "B06": "Fraflyttede",
                "B07": "Nettotilflyttede",
                "B08": "Indvandrede",
                "B09": "Udvandrede",
                "B10": "Nettoindvandrede",
            },
            {"B07": (("B05", 1), ("B06", -1)), "B10": (("B08", 1), ("B09", -1))},
        ),
        FakeVariable("KØN", "køn", {"M": "Mænd", "K": "Kvinder"}),
    ),
    kind="count",
    level=lambda m, y: population(m, y),
    shares={"BEVÆGELSE": lambda c, m, y: _FLOWS[c](m, y), "KØN": _SEX_SHARE},
)

ARE207 = FakeTable(
    id="ARE207",
    text="Areal (km²) efter område og tid",
    unit="km²",
    area_variable="OMRÅDE",
    time_codes=years(2007, 2025),
    variables=(),
    kind="count",
    level=lambda m, y: {"101": 90.0, "147": 9.0, "825": 120.0, "411": 0.4}.get(m, 60 + 850 * unit_hash("area", m)),
    decimals=1,
    include_christianso=True,
)

TABLES: dict[str, FakeTable] = {
    t.id: t for t in (FOLK1A, BU43, NEET1, AUK01, HISBK, ERHV5, RAS200, BOL101, BEV107, ARE207)
}
