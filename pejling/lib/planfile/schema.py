"""The plan file format, defined once: pydantic models for ``plans/<name>.yaml``.

Unknown keys are errors everywhere. Codes (municipality codes, variable value codes) are text and must
be quoted in YAML, because YAML reads ``00`` or ``081`` as numbers. Checks that need the whole document
(duplicate ids, references between sections) live in ``validate.py``; this module checks one object at
a time. docs/plan-file.md documents every key here (a test enforces it).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from pejling.lib import problems as codes
from pejling.lib.geography import COUNTRY, is_municipality
from pejling.lib.planfile.direction import parse_direction
from pejling.lib.planfile.problems import invalid
from pejling.lib.sources import SOURCES, known_sources

Status = Literal["udkast", "vedtaget"]
Ambition = Literal["markant", "væsentligt", "betydeligt"]
TargetRule = Literal["trend", "ambition", "relative", "value", "threshold"]
PeriodAlignment = Literal[
    "as_published",
    "year_mean",
    "year_last",
    "window_end_year",
    "primo_as_previous_year_end",
    "moving_year_q4",
]

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise invalid(
            codes.PLAN_INVALID_ID,
            f"ugyldigt id / invalid id {value!r}: use letters, digits, '.', '_' and '-', starting with "
            "a letter or digit",
        )
    return value


def _check_municipality(value: str) -> str:
    if not is_municipality(value):
        raise invalid(codes.PLAN_UNKNOWN_MUNICIPALITY, f"ukendt kommunekode / unknown municipality code {value!r}")
    return value


def _check_member(value: str) -> str:
    if value != COUNTRY and not is_municipality(value):
        raise invalid(codes.PLAN_UNKNOWN_MUNICIPALITY, f"ukendt kommunekode / unknown municipality code {value!r}")
    return value


def _check_source(value: str) -> str:
    if value not in SOURCES:
        raise invalid(
            codes.PLAN_UNKNOWN_SOURCE,
            f"ukendt kilde / unknown source {value!r}; kendte kilder / known sources: " + ", ".join(known_sources()),
        )
    return value


def _check_direction(value: str) -> str:
    try:
        parse_direction(value)
    except ValueError as exc:
        raise invalid(codes.PLAN_INVALID_DIRECTION, str(exc)) from None
    return value


Id = Annotated[str, AfterValidator(_check_id)]
MunicipalityCode = Annotated[str, AfterValidator(_check_municipality)]
MemberCode = Annotated[str, AfterValidator(_check_member)]
SourceKey = Annotated[str, AfterValidator(_check_source)]
DirectionText = Annotated[str, AfterValidator(_check_direction)]
Text = Annotated[str, Field(min_length=1)]
Codes = Annotated[list[str], Field(min_length=1)]


class Strict(BaseModel):
    """Base for every plan-file object: unknown keys are errors, objects are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Horizon(Strict):
    """The plan's horizon in years ("10-15-årigt sigte")."""

    min_years: Annotated[int, Field(ge=1, le=50)]
    max_years: Annotated[int, Field(ge=1, le=50)]

    @model_validator(mode="after")
    def _ordered(self) -> Horizon:
        if self.max_years < self.min_years:
            raise invalid(
                codes.PLAN_YEARS_OUT_OF_ORDER, "max_years er mindre end min_years / max_years is below min_years"
            )
        return self


class PlanMeta(Strict):
    """The plan itself: who owns it, what it is called, where it stands."""

    id: Id
    municipality: MunicipalityCode
    title: Text
    status: Status
    adopted: date | None = None
    horizon: Horizon
    priorities: list[str] = []
    default_comparison_group: Id
    source_document: str | None = None
    intro: str | None = None

    @model_validator(mode="after")
    def _adopted_needs_date(self) -> PlanMeta:
        if self.status == "vedtaget" and self.adopted is None:
            raise invalid(
                codes.PLAN_INCOMPLETE, "en vedtaget plan skal have 'adopted' / an adopted plan needs 'adopted'"
            )
        return self


PeriodType = Literal["M", "Q", "QMAT", "Y"]


class SeriesBreak(Strict):
    """A break in the series (a reform, a new definition): values before and after are not comparable."""

    year: Annotated[int, Field(ge=1900, le=2100)]
    note: Text


class TotalDerivation(Strict):
    """The sum of every selected cell of an area and period (e.g. over benefit groups and offers)."""

    kind: Literal["total"]


class IdentityDerivation(Strict):
    """The selected cells are the indicator as published."""

    kind: Literal["identity"]


class ShareDerivation(Strict):
    """numerator ÷ denominator × scale, with both taken from one variable of the same table."""

    kind: Literal["share"]
    variable: Text
    numerator: Codes
    denominator: Codes
    scale: float = 100.0


class SumDerivation(Strict):
    """The sum of several values of one variable (e.g. BEV107 men + women)."""

    kind: Literal["sum"]
    variable: Text
    values: Annotated[list[str], Field(min_length=2)]


class Band(Strict):
    """The codes of the banded variable that count from ``from_year`` until the next band's year, fetched as
    one sum named ``id``."""

    id: Id
    from_year: Annotated[int, Field(ge=1900, le=2100)]
    codes: Codes


class Bands(Strict):
    """A denominator whose codes of one variable change by year (e.g. the ages from 16 up to the pension age,
    which rose from 65 to 67 in 2019-2022, so that the denominator covers what the numerator's table covers)."""

    variable: Text
    bands: Annotated[list[Band], Field(min_length=1)]
    note: str | None = None

    @field_validator("bands")
    @classmethod
    def _in_year_order(cls, bands: list[Band]) -> list[Band]:
        years = [band.from_year for band in bands]
        if years != sorted(set(years)):
            raise invalid(
                codes.PLAN_YEARS_OUT_OF_ORDER,
                f"bands skal stå i årsorden uden gentagelser / bands must be in year order without repeats: {years}",
            )
        return bands


class Denominator(Strict):
    """The other table of a ratio across tables."""

    source: SourceKey = "statbank"
    table: Text
    area_variable: str | None = None
    time_variable: str = "Tid"
    select: dict[str, Codes] = {}
    measure: str | None = None
    period_type: PeriodType | None = None
    by_year: Bands | None = None
    period_alignment: PeriodAlignment = "as_published"
    verified: bool = False


class RatioDerivation(Strict):
    """This binding's value ÷ a value from another table × scale (e.g. AUK01 ÷ FOLK1A 16-64)."""

    kind: Literal["ratio"]
    denominator: Denominator
    scale: float = 100.0


Derivation = Annotated[
    IdentityDerivation | TotalDerivation | ShareDerivation | SumDerivation | RatioDerivation,
    Field(discriminator="kind"),
]


class Binding(Strict):
    """One indicator series that measures (part of) a Mål."""

    id: Id
    label: Text
    source: SourceKey
    table: Text
    area_variable: str | None = None
    time_variable: str = "Tid"
    select: dict[str, Codes] = {}
    measure: str | None = None
    period_type: PeriodType | None = None
    derivation: Derivation = IdentityDerivation(kind="identity")
    unit: Text
    period_alignment: PeriodAlignment = "as_published"
    breaks: list[SeriesBreak] = []
    compare_with_country: bool = True  # False where the country has no value or it is 0 by definition
    verified: bool = False
    note: str | None = None

    @model_validator(mode="after")
    def _area_variable_for_statbank(self) -> Binding:
        if SOURCES[self.source].needs_area_variable and not self.area_variable:
            raise invalid(
                codes.PLAN_INCOMPLETE,
                f"kilden {self.source!r} kræver 'area_variable' / source {self.source!r} needs 'area_variable'",
            )
        return self


class Interpretation(Strict):
    """How the Mål is assessed; an interpretation, not policy, until ``decided`` is true."""

    base_year: Annotated[int, Field(ge=1900, le=2100)] | None = None
    target_year: Annotated[int, Field(ge=1900, le=2100)] = 2035
    long_view_year: Annotated[int, Field(ge=1900, le=2100)] = 2040
    rule: TargetRule
    target_value: float | None = None
    relative_change_percent: float | None = None
    decided: bool = False
    note: str | None = None

    @field_validator("target_year")
    @classmethod
    def _after_base_year(cls, target_year: int, info: ValidationInfo) -> int:
        base_year = info.data.get("base_year")
        if base_year is not None and target_year <= base_year:
            raise invalid(
                codes.PLAN_YEARS_OUT_OF_ORDER,
                f"target_year {target_year} ligger ikke efter base_year {base_year} / "
                f"target_year {target_year} is not after base_year {base_year}",
            )
        return target_year

    @model_validator(mode="after")
    def _rule_has_its_value(self) -> Interpretation:
        if self.rule == "value" and self.target_value is None:
            raise invalid(codes.PLAN_INCOMPLETE, "rule 'value' kræver / needs 'target_value'")
        if self.rule == "relative" and self.relative_change_percent is None:
            raise invalid(codes.PLAN_INCOMPLETE, "rule 'relative' kræver / needs 'relative_change_percent'")
        return self


class Target(Strict):
    """A "Mål": the plan's exact words, which way the figure must move, and how it is measured."""

    id: Id
    text: Text
    direction: DirectionText
    ambition: Ambition | None = None
    interpretation: Interpretation
    bindings: Annotated[list[Binding], Field(min_length=1)]
    note: str | None = None

    @field_validator("interpretation")
    @classmethod
    def _rule_fits(cls, interpretation: Interpretation, info: ValidationInfo) -> Interpretation:
        rule = interpretation.rule
        # a field that failed its own validation is absent from info.data and reported there
        if rule == "ambition" and "ambition" in info.data and info.data["ambition"] is None:
            raise invalid(codes.PLAN_INCOMPLETE, "rule 'ambition' kræver et ambitionsord / needs an 'ambition' word")
        direction = info.data.get("direction")
        if direction is not None and (rule == "threshold") != parse_direction(direction).is_threshold:
            raise invalid(
                codes.PLAN_RULE_MISMATCH,
                "rule 'threshold' hører sammen med en tærskel-retning (fx 'above 0') / rule 'threshold' "
                "goes with, and only with, a threshold direction (e.g. 'above 0')",
            )
        return interpretation


class Initiative(Strict):
    """A "Sådan gør vi det" initiative."""

    id: Id
    text: Text
    owner: str | None = None


class Goal(Strict):
    """A målsætning with its intro text, initiatives and Mål."""

    id: Id
    number: Annotated[int, Field(ge=1)]
    title: Text
    intro: Text
    initiatives_intro: str | None = None
    initiatives: list[Initiative] = []
    targets: list[Target] = []


class Prerequisite(Strict):
    """A grundlæggende forudsætning."""

    id: Id
    title: Text
    short_title: str | None = None
    text: Text


class ComparisonGroup(Strict):
    """A named set of areas to compare with; ``000`` stands for the whole country."""

    id: Id
    name: Text
    members: Annotated[list[MemberCode], Field(min_length=1)]
    rationale: Text
    valid_from: date
    valid_to: date | None = None
    source: str | None = None


class PeerBinding(Binding):
    """A structural variable for nearest-neighbour peers, fetched like any binding."""

    theme: Text
    transform: Literal["none", "log"] = "none"


class Peers(Strict):
    """Statistical nearest neighbours: k peers from structural variables weighted per theme."""

    k: Annotated[int, Field(ge=3, le=30)] = 10
    themes: dict[str, Annotated[float, Field(gt=0)]] = {}
    variables: Annotated[list[PeerBinding], Field(min_length=2)]

    @model_validator(mode="after")
    def _themes_known(self) -> Peers:
        unknown = sorted({v.theme for v in self.variables} - set(self.themes)) if self.themes else []
        if unknown:
            raise invalid(
                codes.PLAN_UNKNOWN_REFERENCE, f"temaer uden vægt / themes without a weight: {', '.join(unknown)}"
            )
        return self


class PlanFile(Strict):
    """The whole plan file."""

    format_version: Literal[1]
    plan: PlanMeta
    goals: Annotated[list[Goal], Field(min_length=1)]
    prerequisites: list[Prerequisite] = []
    comparison_groups: Annotated[list[ComparisonGroup], Field(min_length=1)]
    peers: Peers | None = None
