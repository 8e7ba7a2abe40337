"""What a fake table is: its metadata as the real tableinfo gives it (variables, codes, labels in Danish and
English, elimination, time codes, area levels, ``active``), and how its values are generated.

Count tables are separable: value = level(municipality, time) × Π share(variable code), summed over the
municipalities of a region, a landsdel or the country. Rate tables give a rate per municipality and a
population-weighted mean for larger areas. A code can stand for a signed sum of other codes (totals; BEV107's
net in-migration B07 = B05 − B06). A variable without a total code may still be eliminable: leaving it out
gives the sum, through a composite code that is not among the published values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pejling.lib.geography import AREAS, BY_CODE, ENGLISH_NAMES, LANDSDEL_BY_CODE, LANDSDELE, REGIONS
from pejling.lib.periods import Period

Share = Callable[[str, str, float], float]  # (leaf code, municipality, year) → share
Joint = Callable[[tuple[str, ...], str, float], float]  # (leaf codes of several variables, municipality, year)
HIDDEN_SUM = "_SUM"  # the composite an eliminated variable without a total code stands for

# Area levels a table may hold (dst-tables.md §2).
COUNTRY_LEVEL, REGION_LEVEL, LANDSDEL_LEVEL, MUNICIPALITY_LEVEL = "country", "regions", "landsdele", "municipalities"
ALL_LEVELS = (COUNTRY_LEVEL, REGION_LEVEL, LANDSDEL_LEVEL, MUNICIPALITY_LEVEL)


@dataclass(frozen=True)
class FakeVariable:
    """A variable: its codes with Danish labels (and English where they differ), and codes that are signed
    sums of other codes. ``eliminate_to`` is the code used when the variable is left out (None: must be
    selected)."""

    id: str
    text: str
    values: dict[str, str]
    composite: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    eliminate_to: str | None = None
    english: dict[str, str] = field(default_factory=dict)
    text_en: str = ""
    starts: dict[str, int] = field(default_factory=dict)  # codes that exist only from a year on (".." before)

    def label(self, code: str, lang: str) -> str:
        return self.english.get(code, self.values[code]) if lang == "en" else self.values[code]


def summed(variable_id: str, text: str, values: dict[str, str], **options: object) -> FakeVariable:
    """A variable with no total code whose elimination gives the sum of all its codes."""
    composite = {HIDDEN_SUM: tuple((code, 1) for code in values)}
    return FakeVariable(variable_id, text, values, composite, HIDDEN_SUM, **options)  # type: ignore[arg-type]


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
    joint: dict[tuple[str, ...], Joint] = field(default_factory=dict)  # shares of variables that interact
    decimals: int = 0
    levels: tuple[str, ...] = ALL_LEVELS
    christianso: bool = False
    exclude: frozenset[str] = frozenset()  # municipalities the table has no values for (absent from the codes)
    extras: dict[str, tuple[str, str]] = field(default_factory=dict)  # code → (Danish, English); value 0
    active: bool = True
    updated: str = "2026-02-11T08:00:00"
    text_en: str = ""
    missing: Callable[[str, Period], bool] = lambda area, period: False

    @property
    def areas(self) -> list[str]:
        """The area codes in StatBank's hierarchical order: country, each region followed by its landsdele and
        municipalities, Christiansø after Bornholm, then codes such as "uoplyst"."""
        out = [AREAS[0].code] if COUNTRY_LEVEL in self.levels else []
        municipalities = MUNICIPALITY_LEVEL in self.levels
        for region in REGIONS:
            if REGION_LEVEL in self.levels:
                out.append(region.code)
            members = [a.code for a in AREAS if a.region == region.code and a.code not in self.exclude]
            if LANDSDEL_LEVEL in self.levels:
                for landsdel in (d for d in LANDSDELE if d.region == region.code):
                    out.append(landsdel.code)
                    out += [m for m in members if m in landsdel.members] if municipalities else []
            elif municipalities:
                out += members
        if self.christianso and "400" in out:
            out.insert(out.index("400") + 1, "411")
        return out + list(self.extras)


def area_label(table: FakeTable, code: str, lang: str = "da") -> str:
    """An area's label as the table prints it, in Danish or English."""
    if code in table.extras:
        return table.extras[code][1 if lang == "en" else 0]
    if code in LANDSDEL_BY_CODE:
        return LANDSDEL_BY_CODE[code].english if lang == "en" else LANDSDEL_BY_CODE[code].name
    if code == "411":
        return "Christiansø"
    return ENGLISH_NAMES.get(code, BY_CODE[code].name) if lang == "en" else BY_CODE[code].name


def years(first: int, last: int, *, without: tuple[int, ...] = ()) -> tuple[str, ...]:
    return tuple(str(y) for y in range(first, last + 1) if y not in without)


def quarters(first: int, last_year: int, last_quarter: int) -> tuple[str, ...]:
    return tuple(
        f"{y}K{q}" for y in range(first, last_year + 1) for q in range(1, 5) if (y, q) <= (last_year, last_quarter)
    )


def flat(value: float) -> Share:
    return lambda code, municipality, year: value


def table_of(shares: dict[str, float]) -> Share:
    return lambda code, municipality, year: shares[code]
