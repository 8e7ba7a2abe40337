"""The ``pejling`` console script: Django's management commands with Pejling's settings."""

from __future__ import annotations

import os
import sys

# Command names as documented, where a Python module name cannot carry the hyphen.
ALIASES = {"fake-statbank": "fake_statbank", "nginx-config": "nginx_config"}


def main(argv: list[str] | None = None) -> None:
    """Run a management command, e.g. ``pejling plan check plans/randers.yaml``."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pejling.settings")
    from django.core.management import execute_from_command_line

    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        args[0] = ALIASES.get(args[0], args[0])
    execute_from_command_line(["pejling", *args])


if __name__ == "__main__":
    main()
