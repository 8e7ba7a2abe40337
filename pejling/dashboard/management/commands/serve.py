"""``pejling serve [--bind 127.0.0.1:8000] [--workers 2]``: gunicorn for production use."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Kør Pejling med gunicorn / serve Pejling with gunicorn."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bind", default=settings.PEJLING_BIND)
        parser.add_argument("--workers", type=int, default=settings.PEJLING_WORKERS)
        parser.add_argument("--no-collectstatic", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["no_collectstatic"]:
            call_command("collectstatic", interactive=False, verbosity=0)
        # Every worker writes its request metrics into one folder, which /metrics adds up (prometheus_client's
        # multiprocess mode); it is emptied at each start.
        metrics_dir = Path(settings.PEJLING_METRICS_DIR)
        shutil.rmtree(metrics_dir, ignore_errors=True)
        metrics_dir.mkdir(parents=True, exist_ok=True)
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(metrics_dir)
        self.stdout.write(f"Pejling kører på / is running at http://{options['bind']}/")
        self.stdout.flush()
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "pejling.wsgi:application",
            "--bind",
            options["bind"],
            "--workers",
            str(options["workers"]),
            "--access-logfile",
            "-",
            "--config",
            "python:pejling.operations.gunicorn_conf",
        ]
        os.execv(sys.executable, argv)
