"""The population that participants are set against: FOLK1A (Danmarks Statistik, "Befolkningen den 1. i
kvartalet") by the age bands the input form offers, each band asked as one named sum of single years. The
series is a reference series (stats/references.py): ``pejling sync`` fetches it beside the bindings'."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext

from pejling.lib.bindings import SeriesRequest
from pejling.lib.participation.kinds import AGE_BAND_YEARS
from pejling.lib.sources import provenance
from pejling.stats.models import Observation, Series, Snapshot

TABLE = "FOLK1A"
BANDS = AGE_BAND_YEARS  # the form's bands, each asked as one sum of FOLK1A's single years


def request() -> SeriesRequest:
    """Every municipality's population per band (the StatBank answers every area; each band one sum)."""
    return SeriesRequest(
        "statbank",
        TABLE,
        "OMRÅDE",
        "Tid",
        {"KØN": ["TOT"], "CIVILSTAND": ["TOT"], "ALDER": [str(a) for a in range(126)]},
        "ALDER",
        groups={band: [str(a) for a in ages] for band, ages in BANDS.items()},
    )


def requests() -> list[tuple[str, SeriesRequest]]:
    return [("inddragelse: befolkning efter aldersgruppe", request())]


@dataclass(frozen=True)
class Population:
    by_band: dict[str, float]
    period: str
    provenance: dict[str, Any]  # producer, licence, table, citation, period, retrieved


def by_age_band(area: str) -> Population | None:
    """The municipality's population per band in the newest period with every band, with its provenance."""
    series = Series.objects.filter(key=request().key).first()
    if series is None:
        return None
    rows = Observation.objects.filter(series=series, area=area).exclude(value=None)
    found: dict[str, dict[str, float]] = {}
    snapshots: dict[str, Any] = {}
    for period, dims, value, snapshot_id in rows.values_list("period", "dims", "value", "snapshot"):
        found.setdefault(period, {})[dims.get("ALDER", "")] = float(value or 0)
        snapshots[period] = snapshot_id
    complete = sorted(p for p, bands in found.items() if set(BANDS) <= set(bands))
    if not complete:
        return None
    period = complete[-1]
    snapshot = Snapshot.objects.filter(pk=snapshots[period]).first()
    sample = bool(snapshot and snapshot.sample_data)
    origin: dict[str, Any] = dict(provenance("statbank", TABLE, derived=True, sample=sample, translate=gettext))
    origin |= {"period": period, "retrieved": snapshot.retrieved_at if snapshot else None}
    return Population({band: found[period][band] for band in BANDS}, period, origin)
