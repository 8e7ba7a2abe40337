"""Municipality boundaries for the map: fetch or read a GeoJSON file and normalise its properties.

The map joins on ``int(KOMKODE)`` = the DST area code. Files name the municipality code differently
(DAGI ``KOMKODE``, Dataforsyningen/DAWA ``kode``, Eurostat ``LAU_1``/``LAU_ID``, …); the code property is
found among the usual names (or given), and every feature gets ``KOMKODE`` (4 digits) and ``KOMNAVN``, the
current official name from ``lib/geography.py`` (a file's own names may be outdated: Århus,
Brønderslev-Dronninglund). The attribution is the one given for the file; DAGI's only for the DAGI download.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import httpx

from pejling.lib.geography import BY_CODE, MUNICIPALITIES

DATAFORSYNINGEN_URL = "https://api.dataforsyningen.dk/kommuner?format=geojson&srid=4326"
DAGI_ATTRIBUTION = "Kilde: Klimadatastyrelsen/Dataforsyningen, DAGI"
CODE_PROPERTIES = (
    "KOMKODE",
    "komkode",
    "kode",
    "kommunekode",
    "KOMMUNEKODE",
    "lau_1",
    "LAU_1",
    "LAU_ID",
    "lau_id",
    "municipality_code",
)
_DIGITS = re.compile(r"(\d{3,4})$")


class GeoError(Exception):
    """Boundaries that cannot be fetched or read."""


@dataclass(frozen=True)
class Boundaries:
    """A normalised collection, which of the 98 municipalities it matched, and the attribution to show."""

    collection: dict[str, Any]
    code_property: str
    matched: tuple[str, ...]
    unmatched: tuple[str, ...]  # DST codes of municipalities without a feature
    unknown: tuple[str, ...]  # codes in the file that name no municipality (e.g. Christiansø)
    attribution: str

    def report(self) -> str:
        """How many of the 98 were matched, and which were not."""
        text = f"{len(self.matched)} af 98 kommuner fundet / of 98 municipalities matched (kode: {self.code_property})"
        if self.unmatched:
            names = ", ".join(f"{BY_CODE[c].name} ({c})" for c in self.unmatched)
            text += f"; mangler / missing: {names}"
        if self.unknown:
            text += f"; ukendte koder / unknown codes: {', '.join(self.unknown)}"
        return text


def _code_property(features: list[dict[str, Any]], given: str | None) -> str:
    names = {name for feature in features for name in (feature.get("properties") or {})}
    if given is not None:
        if given not in names:
            known = ", ".join(sorted(names)) or "ingen / none"
            raise GeoError(
                f"egenskaben {given!r} findes ikke / property {given!r} is absent (findes / exists: {known})"
            )
        return given
    found = next((name for name in CODE_PROPERTIES if name in names), None)
    if found is None:
        known = ", ".join(sorted(names)) or "ingen / none"
        raise GeoError(
            f"ingen kommunekode blandt / no municipality code among {known}; brug / use --code-property NAME"
        )
    return found


def _dst_code(value: Any) -> str | None:
    match = _DIGITS.search(str(value).strip()) if value is not None else None
    return f"{int(match.group(1)):03d}" if match else None


def normalise(
    collection: dict[str, Any], *, code_property: str | None = None, attribution: str = DAGI_ATTRIBUTION
) -> Boundaries:
    """Every feature with ``KOMKODE`` (4 digits) and the current ``KOMNAVN``; raises GeoError naming the
    feature when a code cannot be read."""
    if collection.get("type") != "FeatureCollection" or not isinstance(collection.get("features"), list):
        raise GeoError("ikke en GeoJSON FeatureCollection / not a GeoJSON FeatureCollection")
    features = collection["features"]
    prop = _code_property(features, code_property)
    seen: set[str] = set()
    unknown: set[str] = set()
    for number, feature in enumerate(features):
        props = dict(feature.get("properties") or {})
        code = _dst_code(props.get(prop))
        if code is None:
            raise GeoError(
                f"feature {number}: {prop}={props.get(prop)!r} er ingen kommunekode / is no municipality code"
            )
        if code in BY_CODE and BY_CODE[code].kind == "kommune":
            seen.add(code)
            props["KOMNAVN"] = BY_CODE[code].name
        else:
            unknown.add(code)
            props["KOMNAVN"] = "Christiansø" if code == "411" else str(props.get("KOMNAVN", props.get("navn", code)))
        props["KOMKODE"] = f"{int(code):04d}"
        feature["properties"] = props
    collection["features"] = features
    everyone = [m.code for m in MUNICIPALITIES]
    return Boundaries(
        collection,
        prop,
        tuple(c for c in everyone if c in seen),
        tuple(c for c in everyone if c not in seen),
        tuple(sorted(unknown)),
        attribution,
    )


def read(content: bytes, **options: Any) -> Boundaries:
    """A GeoJSON file's bytes, normalised."""
    try:
        collection = json.loads(content)
    except ValueError as exc:
        raise GeoError(f"ugyldig JSON / invalid JSON: {exc}") from None
    if not isinstance(collection, dict):
        raise GeoError("ikke en GeoJSON FeatureCollection / not a GeoJSON FeatureCollection")
    return normalise(collection, **options)


def fetch(
    url: str = DATAFORSYNINGEN_URL,
    *,
    code_property: str | None = None,
    attribution: str | None = None,
    transport: httpx.BaseTransport | None = None,
    timeout: float = 60.0,
) -> Boundaries:
    """Download and normalise municipality boundaries; DAGI's attribution only for the DAGI download."""
    try:
        with httpx.Client(transport=transport, timeout=timeout) as client:
            response = client.get(url)
    except httpx.HTTPError as exc:
        raise GeoError(f"{url} svarer ikke / does not answer: {type(exc).__name__}") from None
    if response.status_code != 200:
        raise GeoError(f"{url}: HTTP {response.status_code}")
    credit = attribution or (DAGI_ATTRIBUTION if url == DATAFORSYNINGEN_URL else f"Kilde: {url}")
    try:
        return read(response.content, code_property=code_property, attribution=credit)
    except GeoError as exc:
        raise GeoError(f"{url}: {exc}") from None
