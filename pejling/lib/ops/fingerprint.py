"""Fingerprints of a database's tables (row count and a SHA-256 of the rows in key order), to prove that a
restored copy holds exactly what the original held."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_CUSTOM_MAGIC = b"PGDMP"


@dataclass(frozen=True, order=True)
class TableFingerprint:
    table: str
    rows: int
    sha256: str


def fingerprint_rows(table: str, rows: Iterable[tuple[Any, ...]]) -> TableFingerprint:
    """Count and hash rows given in a stable order; values hashed by their type and text (bytes as hex)."""
    digest = hashlib.sha256()
    count = 0
    for row in rows:
        count += 1
        for value in row:
            if isinstance(value, bytes | bytearray | memoryview):
                text = "b:" + bytes(value).hex()
            else:
                text = f"{type(value).__name__}:{value!s}"
            digest.update(text.encode("utf-8"))
            digest.update(b"\x1f")
        digest.update(b"\x1e")
    return TableFingerprint(table, count, digest.hexdigest())


def backup_kind(path: Path) -> str | None:
    """``sqlite`` or ``postgresql`` from a backup file's first bytes; None when it is neither."""
    with path.open("rb") as handle:
        head = handle.read(16)
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PG_CUSTOM_MAGIC):
        return "postgresql"
    return None


def differences(before: list[TableFingerprint], after: list[TableFingerprint]) -> list[str]:
    """Every table whose count or checksum differs, or that is only on one side, as readable lines."""
    old, new = {f.table: f for f in before}, {f.table: f for f in after}
    lines = []
    for table in sorted(old.keys() | new.keys()):
        a, b = old.get(table), new.get(table)
        if a is None or b is None:
            lines.append(
                f"{table}: kun i / only in {'kopien / the copy' if a is None else 'originalen / the original'}"
            )
        elif a != b:
            lines.append(f"{table}: {a.rows} rækker / rows {a.sha256[:12]} ≠ {b.rows} rækker / rows {b.sha256[:12]}")
    return lines
