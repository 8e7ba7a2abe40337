"""The ``pejling`` console script: Django's management commands with Pejling's settings."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    """Run a management command, e.g. ``pejling plan check plans/randers.yaml``."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pejling.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["pejling", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
