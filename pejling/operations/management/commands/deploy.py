"""``pejling deploy systemd [--output-dir DIR] [--user NAME] [--environment-file FILE]``: the service and
timer units for this installation (schedule: PEJLING_REFRESH_SCHEDULE)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from pejling.lib.deploy.systemd import SystemdUnits


class Command(BaseCommand):
    help = "Skriv driftsopsætning / write deployment files (systemd units)."

    def add_arguments(self, parser: CommandParser) -> None:
        kinds = parser.add_subparsers(dest="kind", required=True)
        systemd = kinds.add_parser("systemd", help="service and timer units")
        systemd.add_argument("--output-dir", type=Path, help="skriv filerne her / write the files here (else print)")
        systemd.add_argument("--user", default="pejling", help="the system user Pejling runs as")
        systemd.add_argument("--environment-file", type=Path, default=Path("/etc/pejling/pejling.env"))

    def handle(self, *args: Any, **options: Any) -> None:
        pejling = shutil.which("pejling") or str(Path(sys.executable).with_name("pejling"))
        units = SystemdUnits(
            pejling=Path(pejling),
            workdir=Path(settings.BASE_DIR),
            environment_file=options["environment_file"],
            user=options["user"],
            schedule=settings.PEJLING_REFRESH_SCHEDULE,
        )
        out: Path | None = options["output_dir"]
        for name, text in units.files().items():
            if out is None:
                self.stdout.write(f"# ==> {name} <==\n{text}")
            else:
                out.mkdir(parents=True, exist_ok=True)
                (out / name).write_text(text, encoding="utf-8")
                self.stdout.write(f"Skrevet / written: {out / name}")
