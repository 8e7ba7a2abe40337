"""``pejling nginx-config``: the nginx configuration that puts a caching front before ``pejling serve``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from pejling.lib.deploy.nginx import NginxFront

DEFAULT_CACHE_DIR = Path("/var/cache/nginx/pejling")


class Command(BaseCommand):
    help = (
        "Skriv nginx-opsætningen foran Pejling / write the nginx configuration in front of Pejling "
        "(a server block for sites-enabled, or with --standalone a whole nginx.conf)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--listen", default="80", help="nginx' adresse / where nginx listens (default 80)")
        parser.add_argument("--server-name", default="_", help="værtsnavn / host name (default: any)")
        parser.add_argument(
            "--upstream",
            default=settings.PEJLING_BIND,
            help="hvor `pejling serve` svarer / where `pejling serve` answers (default PEJLING_BIND or 127.0.0.1:8000)",
        )
        parser.add_argument(
            "--cache-dir",
            type=Path,
            help="nginx' sidecache / the page cache (default /var/cache/nginx/pejling; with --standalone DIR/cache)",
        )
        parser.add_argument(
            "--standalone",
            type=Path,
            metavar="DIR",
            help="skriv en hel nginx.conf med alle filer i DIR / a whole nginx.conf keeping every file in DIR",
        )
        parser.add_argument("--workers", type=int, default=2, help="nginx workers with --standalone (default 2)")
        parser.add_argument("--output", type=Path, help="skriv til fil / write to a file instead of stdout")

    def handle(self, *args: Any, **options: Any) -> None:
        prefix: Path | None = options["standalone"]
        prefix = prefix.resolve() if prefix is not None else None
        cache_dir = options["cache_dir"] or (prefix / "cache" if prefix is not None else DEFAULT_CACHE_DIR)
        front = NginxFront(
            listen=options["listen"],
            upstream=options["upstream"],
            static_root=Path(settings.STATIC_ROOT).resolve(),
            cache_dir=cache_dir,
            server_name=options["server_name"],
            static_max_age=settings.WHITENOISE_MAX_AGE,
        )
        if prefix is None:
            text = front.site()
        else:
            prefix.mkdir(parents=True, exist_ok=True)
            text = front.standalone(prefix, workers=options["workers"])
        if options["output"] is None:
            self.stdout.write(text, ending="")
        else:
            options["output"].write_text(text, encoding="utf-8")
            self.stdout.write(f"Skrevet / written: {options['output']}")
