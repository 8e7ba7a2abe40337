"""``pejling geo fetch [--url URL] [--output PATH]``: municipality boundaries for the map."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from pejling.lib.geo import DATAFORSYNINGEN_URL, GeoError, fetch


class Command(BaseCommand):
    help = "Hent kommunegrænser (DAGI) til kortet / fetch municipality boundaries for the map."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        get = actions.add_parser("fetch", help="hent fra Dataforsyningen / download from Dataforsyningen")
        get.add_argument("--url", default=DATAFORSYNINGEN_URL)
        get.add_argument("--output", type=Path, default=None, help="standard: PEJLING_GEOJSON")

    def handle(self, *args: Any, **options: Any) -> None:
        output: Path = options["output"] or settings.PEJLING_GEOJSON
        try:
            collection = fetch(options["url"])
        except GeoError as exc:
            self.stdout.write(f"✗ {exc}")
            sys.exit(1)
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
        self.stdout.write(
            f"✓ {len(collection['features'])} kommunegrænser gemt i / saved to {output} "
            "(Kilde: Klimadatastyrelsen/Dataforsyningen, DAGI)"
        )
