"""``pejling restore FILE [--into DATABASE_URL] [--yes]``: put a backup back (replacing what is there)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection

from pejling.operations.backup import BackupError, restore


class Command(BaseCommand):
    help = "Gendan en sikkerhedskopi / restore a backup made by `pejling backup`."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--into", help="en anden database / another database (DATABASE_URL form)")
        parser.add_argument("--yes", action="store_true", help="erstat den konfigurerede database / replace it")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            self.stdout.write(f"✗ filen findes ikke / file not found: {path}")
            sys.exit(1)
        if options["into"]:
            into = dict(dj_database_url.parse(options["into"]))
        elif options["yes"]:
            into = dict(connection.settings_dict)
        else:
            self.stdout.write("✗ Dette erstatter databasens indhold / this replaces the database: giv / give --yes")
            sys.exit(2)
        try:
            restore(path, into)
        except (BackupError, OSError) as exc:
            self.stdout.write(f"✗ {exc}")
            sys.exit(1)
        self.stdout.write(f"✓ {path} gendannet i / restored into {into['NAME']}")
