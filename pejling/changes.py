"""One "data changed" announcement. Every write that changes what the site shows — a plan load, a sync, an
import, an assessment — calls ``announce()`` inside its transaction; once that commits, every receiver of
``data_changed`` runs (the dashboard clears the page cache shared by all server processes). Nothing is
announced for a write that rolls back."""

from __future__ import annotations

from django.db import transaction
from django.dispatch import Signal

data_changed = Signal()  # keyword argument: what ("plan", "data" or "assessments")


def announce(what: str) -> None:
    transaction.on_commit(lambda: data_changed.send(sender=None, what=what), robust=True)
