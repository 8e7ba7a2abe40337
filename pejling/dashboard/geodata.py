"""The boundaries file the map reads (``PEJLING_GEOJSON``): saved normalised with a small sidecar holding its
attribution and match report; a file placed there by hand is normalised when served (kept in memory once)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from django.conf import settings

from pejling.lib.geo import Boundaries, GeoError, read


def sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".pejling.json")


def save(boundaries: Boundaries, path: Path) -> None:
    """Write the normalised collection and its sidecar (attribution, code property, matched, unmatched)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(boundaries.collection, ensure_ascii=False), encoding="utf-8")
    meta = {
        "attribution": boundaries.attribution,
        "code_property": boundaries.code_property,
        "matched": len(boundaries.matched),
        "unmatched": list(boundaries.unmatched),
    }
    sidecar(path).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def _meta(path: Path) -> dict[str, Any]:
    try:
        meta = json.loads(sidecar(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def attribution(path: Path) -> str:
    """The map's attribution: the one saved with the file, else ``PEJLING_GEOJSON_ATTRIBUTION``."""
    return str(_meta(path).get("attribution") or settings.PEJLING_GEOJSON_ATTRIBUTION)


@lru_cache(maxsize=1)
def _normalised(path: str, mtime: float, size: int) -> bytes:
    try:
        boundaries = read(Path(path).read_bytes())
    except GeoError:
        return Path(path).read_bytes()  # served as it is; the map shows what it can
    return json.dumps(boundaries.collection, ensure_ascii=False).encode("utf-8")


def served(path: Path) -> bytes | None:
    """The normalised file's bytes, or None when it is already normalised (serve the file itself)."""
    if sidecar(path).is_file():
        return None
    stat = path.stat()
    return _normalised(str(path), stat.st_mtime, stat.st_size)
