"""``pejling geo fetch [--url URL]`` and ``pejling geo import FILE``: municipality boundaries for the map,
normalised (``lib/geo.py``) and saved with their attribution; reports which of the 98 were matched."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from pejling.dashboard.geodata import save
from pejling.lib.geo import DATAFORSYNINGEN_URL, Boundaries, GeoError, fetch, read


class Command(BaseCommand):
    help = "Hent eller indlæs kommunegrænser til kortet / fetch or import municipality boundaries for the map."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        get = actions.add_parser("fetch", help="hent fra Dataforsyningen / download from Dataforsyningen")
        get.add_argument("--url", default=DATAFORSYNINGEN_URL)
        local = actions.add_parser("import", help="indlæs en GeoJSON-fil / import a GeoJSON file")
        local.add_argument("file", type=Path)
        for action in (get, local):
            action.add_argument("--output", type=Path, default=None, help="standard: PEJLING_GEOJSON")
            action.add_argument(
                "--code-property", default=None, help="egenskaben med kommunekoden / the municipality code property"
            )
            action.add_argument("--attribution", default=None, help="kildeangivelse for kortet / the map's attribution")

    def handle(self, *args: Any, **options: Any) -> None:
        output: Path = options["output"] or settings.PEJLING_GEOJSON
        try:
            boundaries = self._boundaries(options)
        except GeoError as exc:
            self.stdout.write(f"✗ {exc}")
            sys.exit(1)
        save(boundaries, output)
        self.stdout.write(
            f"✓ {len(boundaries.collection['features'])} kommunegrænser gemt i / saved to {output} "
            f"({boundaries.attribution})"
        )
        self.stdout.write(boundaries.report())
        if boundaries.unmatched:
            sys.exit(1)

    def _boundaries(self, options: dict[str, Any]) -> Boundaries:
        if options["action"] == "fetch":
            return fetch(options["url"], code_property=options["code_property"], attribution=options["attribution"])
        path: Path = options["file"]
        if not path.is_file():
            raise GeoError(f"{path} findes ikke / does not exist")
        credit = options["attribution"] or f"Kilde: {path.name} (kilden er ikke angivet / source not stated)"
        try:
            return read(path.read_bytes(), code_property=options["code_property"], attribution=credit)
        except GeoError as exc:
            raise GeoError(f"{path}: {exc}") from None
