"""``pejling backup --out FILE [--drill]``: a backup of the whole database; with --drill also restored into a
scratch database and compared table by table."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection

from pejling.operations.backup import BackupError, backup, drill
from pejling.operations.lock import exclusive


class Command(BaseCommand):
    help = "Sikkerhedskopi af databasen / back up the database (SQLite backup API or pg_dump)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", type=Path, required=True, help="backup-filen / the backup file")
        parser.add_argument(
            "--drill", action="store_true", help="gendan i en tom database og sammenlign / restore and compare"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        out: Path = options["out"]
        db = dict(connection.settings_dict)
        try:
            with exclusive(wait=True):  # no sync or refresh changes the data meanwhile
                if not options["drill"]:
                    kind = backup(out, db)
                    self.stdout.write(f"✓ {kind}-backup skrevet / written: {out} ({out.stat().st_size} bytes)")
                    return
                tables, problems = drill(db, out)
        except (BackupError, OSError) as exc:
            self.stdout.write(f"✗ {exc}")
            sys.exit(1)
        rows = sum(t.rows for t in tables)
        if problems:
            for line in problems:
                self.stdout.write(f"✗ {line}")
            self.stdout.write(f"✗ Øvelsen fejlede / the drill failed: {len(problems)} tabeller / tables differ")
            sys.exit(1)
        self.stdout.write(
            f"✓ {out}: gendannet og sammenlignet / restored and compared: {len(tables)} tabeller / tables, "
            f"{rows} rækker / rows, identiske / identical"
        )
