"""Municipality boundaries for the map: fetch DAGI from Dataforsyningen and normalise the properties.

The map joins on ``int(KOMKODE)`` = the DST area code. DAGI files carry ``KOMKODE``/``KOMNAVN``; the
Dataforsyningen (DAWA) API answers with ``kode``/``navn``; both become ``KOMKODE`` (4 digits) and ``KOMNAVN``.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

DATAFORSYNINGEN_URL = "https://api.dataforsyningen.dk/kommuner?format=geojson&srid=4326"


class GeoError(Exception):
    """Boundaries that cannot be fetched or read."""


def normalise(collection: dict[str, Any]) -> dict[str, Any]:
    """Every feature with ``KOMKODE`` (4 digits) and ``KOMNAVN``; raises GeoError on anything else."""
    if collection.get("type") != "FeatureCollection" or not isinstance(collection.get("features"), list):
        raise GeoError("ikke en GeoJSON FeatureCollection / not a GeoJSON FeatureCollection")
    for number, feature in enumerate(collection["features"]):
        props = feature.setdefault("properties", {}) or {}
        code = props.get("KOMKODE", props.get("kode"))
        name = props.get("KOMNAVN", props.get("navn"))
        if code is None or name is None:
            raise GeoError(f"feature {number}: kommunekode eller -navn mangler / no municipality code or name")
        props["KOMKODE"], props["KOMNAVN"] = f"{int(code):04d}", str(name)
        feature["properties"] = props
    return collection


def fetch(
    url: str = DATAFORSYNINGEN_URL, *, transport: httpx.BaseTransport | None = None, timeout: float = 60.0
) -> dict[str, Any]:
    """Download and normalise municipality boundaries."""
    try:
        with httpx.Client(transport=transport, timeout=timeout) as client:
            response = client.get(url)
    except httpx.HTTPError as exc:
        raise GeoError(f"{url} svarer ikke / does not answer: {type(exc).__name__}") from None
    if response.status_code != 200:
        raise GeoError(f"{url}: HTTP {response.status_code}")
    try:
        return normalise(json.loads(response.content))
    except ValueError as exc:
        raise GeoError(f"{url}: ugyldig JSON / invalid JSON: {exc}") from None
