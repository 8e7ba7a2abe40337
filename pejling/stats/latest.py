"""The latest value of a binding for an area and the country, with its provenance, for pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pejling.lib.geography import COUNTRY
from pejling.lib.planfile.schema import Binding
from pejling.lib.sources import SOURCES
from pejling.stats.models import Snapshot
from pejling.stats.series import binding_series


@dataclass(frozen=True)
class LatestValue:
    """A binding's newest value for the municipality, the country's for the same period, and provenance."""

    value: float
    period: str
    country_value: float | None
    unit: str
    producer: str
    table: str
    table_url: str
    licence: str
    retrieved_at: datetime
    sample_data: bool
    citation: str


def latest_value(series_key: str, binding: Binding, area: str) -> LatestValue | None:
    """None until data for the area exist."""
    points = [p for p in binding_series(series_key, binding, area) if p.value is not None]
    snapshot = Snapshot.objects.filter(series_key=series_key, role="value").order_by("-retrieved_at").first()
    if not points or snapshot is None:
        return None
    latest = points[-1]
    country = {p.period: p.value for p in binding_series(series_key, binding, COUNTRY)}
    source = SOURCES[binding.source]
    assert latest.value is not None
    return LatestValue(
        value=latest.value,
        period=latest.period,
        country_value=country.get(latest.period),
        unit=binding.unit,
        producer=source.producer,
        table=binding.table,
        table_url=source.table_url.format(table=binding.table) if source.table_url else "",
        licence=source.licence,
        retrieved_at=snapshot.retrieved_at,
        sample_data=snapshot.sample_data,
        citation=source.citation
        if binding.derivation.kind == "identity"
        else f"Egne beregninger baseret på {source.producer}",
    )
