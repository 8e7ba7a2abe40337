"""One lock for the work that changes data (`pejling refresh`, `pejling sync`), so that two never overlap.

PostgreSQL: a session-level advisory lock, which holds across hosts and is released when the process dies
(its connection closes). SQLite: an exclusive ``flock`` on a file in PEJLING_LOCK_DIR (SQLite lives on one
host), released by the operating system when the process dies.
"""

from __future__ import annotations

import fcntl
import hashlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection

LOCK_NAME = "pejling-refresh"


class LockBusy(RuntimeError):
    """Another process holds the lock."""


_held_here = 0  # re-entrant within one process: `refresh` holds it while it runs `sync`


def _advisory_key(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def lock_file() -> Path:
    """The SQLite lock file, in PEJLING_LOCK_DIR (``var/`` of the installation by default)."""
    directory = Path(settings.PEJLING_LOCK_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    return directory / f"{LOCK_NAME}.lock"


@contextmanager
def exclusive(*, wait: bool, poll_seconds: float = 0.5, sleep: Callable[[float], None] = time.sleep) -> Iterator[None]:
    """Hold the data lock while the block runs; raises LockBusy at once when ``wait`` is false and it is taken."""
    global _held_here
    if _held_here:
        _held_here += 1
        try:
            yield
        finally:
            _held_here -= 1
        return
    with _acquired(wait=wait, poll_seconds=poll_seconds, sleep=sleep):
        _held_here = 1
        try:
            yield
        finally:
            _held_here = 0


@contextmanager
def _acquired(*, wait: bool, poll_seconds: float, sleep: Callable[[float], None]) -> Iterator[None]:
    if connection.vendor == "postgresql":
        key = _advisory_key(LOCK_NAME)
        with connection.cursor() as cursor:
            while True:
                cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
                row = cursor.fetchone()
                if row and row[0]:
                    break
                if not wait:
                    raise LockBusy(LOCK_NAME)
                sleep(poll_seconds)
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
        return
    with open(lock_file(), "a+b") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait:
                    raise LockBusy(LOCK_NAME) from None
                sleep(poll_seconds)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
