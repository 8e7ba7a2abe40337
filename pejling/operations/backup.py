"""Backup and restore of the whole database, and the drill that proves a backup restores identically.

SQLite: the online backup API (a consistent copy while the site runs), the backup is itself a SQLite file.
PostgreSQL: ``pg_dump --format=custom`` and ``pg_restore`` (every value exactly, timestamps to the
microsecond, unlike ``dumpdata``). A database is described by Django's settings dict (``DATABASES`` entry or
``dj_database_url.parse``).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from django.db import connection
from psycopg.conninfo import make_conninfo

from pejling.lib.ops.fingerprint import TableFingerprint, backup_kind, differences, fingerprint_rows

Database = dict[str, Any]
VENDORS = {"django.db.backends.sqlite3": "sqlite", "django.db.backends.postgresql": "postgresql"}


class BackupError(RuntimeError):
    """A backup or restore that could not be made; the message says why."""


def vendor(db: Database) -> str:
    try:
        return VENDORS[db["ENGINE"]]
    except KeyError:
        raise BackupError(f"databasen understøttes ikke / unsupported database engine {db['ENGINE']}") from None


def _is_current(db: Database) -> bool:
    return all(db.get(k) == connection.settings_dict.get(k) for k in ("ENGINE", "NAME", "HOST", "PORT"))


def _pg_env(db: Database) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"PGHOST": str(db.get("HOST") or ""), "PGPORT": str(db.get("PORT") or "5432")})
    env.update({"PGUSER": str(db.get("USER") or ""), "PGDATABASE": str(db["NAME"])})
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return env


def _run(command: list[str], db: Database) -> None:
    try:
        done = subprocess.run(command, env=_pg_env(db), capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise BackupError(f"{command[0]} findes ikke / is not installed (Debian: postgresql-client)") from None
    if done.returncode != 0:
        raise BackupError(f"{command[0]} fejlede / failed: {done.stderr.strip()[-2000:]}")


def backup(out: Path, db: Database) -> str:
    """Write a backup of ``db`` to ``out`` (via a temporary file, so a failed backup leaves no half file)."""
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    kind = vendor(db)
    if kind == "sqlite":
        with _sqlite(db) as source:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
            finally:
                target.close()
    else:
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={partial}"], db)
    partial.replace(out)
    return kind


def restore(path: Path, into: Database) -> None:
    """Restore a backup into ``into`` (replacing what it holds); the backup's kind must match the database."""
    kind, target_kind = backup_kind(path), vendor(into)
    if kind is None:
        raise BackupError(f"{path}: ikke en Pejling-backup / not a Pejling backup (SQLite or pg_dump custom)")
    if kind != target_kind:
        raise BackupError(f"{path}: en {kind}-backup kan ikke lægges i / cannot be restored into {target_kind}")
    if kind == "sqlite":
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            with _sqlite(into) as target:
                source.backup(target)
        finally:
            source.close()
        return
    command = ["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--exit-on-error"]
    _run([*command, "--single-transaction", f"--dbname={into['NAME']}", str(path)], into)


def _in_memory(db: Database) -> bool:
    name = str(db["NAME"])
    return name == ":memory:" or (name.startswith("file:") and "mode=memory" in name)


@contextmanager
def _sqlite(db: Database, *, plain: bool = False) -> Iterator[sqlite3.Connection]:
    """A DB-API connection. An in-memory database (the tests') is seen only through Django's own connection,
    which converts declared types; ``plain`` copies it into a plain connection, so that values come back
    exactly as stored, as they do from a file."""
    if _in_memory(db) and _is_current(db):
        connection.ensure_connection()
        live: sqlite3.Connection = connection.connection
        if not plain:
            yield live
            return
        copy = sqlite3.connect(":memory:")
        try:
            live.backup(copy)
            yield copy
        finally:
            copy.close()
        return
    raw = sqlite3.connect(str(db["NAME"]))
    try:
        yield raw
    finally:
        raw.close()


@contextmanager
def _connection(db: Database) -> Iterator[Any]:
    if vendor(db) == "sqlite":
        with _sqlite(db, plain=True) as raw:
            yield raw
        return
    # Always a plain connection in UTC (Django's own adapts JSON and time zones): both sides of a comparison
    # must read values the same way. It sees what is committed, as pg_dump does.
    with psycopg.connect(_conninfo(db, str(db["NAME"]), options="-c TimeZone=UTC")) as raw:
        yield raw


def _conninfo(db: Database, dbname: str, **extra: str) -> str:
    given = {"host": db.get("HOST"), "port": db.get("PORT"), "user": db.get("USER"), "password": db.get("PASSWORD")}
    return make_conninfo("", dbname=dbname, **{k: str(v) for k, v in given.items() if v}, **extra)


def fingerprints(db: Database) -> list[TableFingerprint]:
    """Every table's row count and checksum (rows ordered by all their columns)."""
    with _connection(db) as raw:
        cursor = raw.cursor()
        if vendor(db) == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")
        else:
            cursor.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"
            )
        tables = [row[0] for row in cursor.fetchall()]
        out = []
        for table in tables:
            cursor.execute(f'SELECT * FROM "{table}" LIMIT 0')
            columns = len(cursor.description or ())
            order = ", ".join(str(i) for i in range(1, columns + 1))
            cursor.execute(f'SELECT * FROM "{table}" ORDER BY {order}')
            out.append(fingerprint_rows(table, iter(cursor.fetchone, None)))
        return out


@contextmanager
def scratch_database(db: Database, folder: Path) -> Iterator[Database]:
    """An empty database of the same kind for a restore drill, removed afterwards."""
    if vendor(db) == "sqlite":
        path = folder / "pejling-drill.sqlite3"
        path.unlink(missing_ok=True)
        yield {**db, "NAME": str(path)}
        path.unlink(missing_ok=True)
        return
    name = f"{db['NAME']}_drill"
    with psycopg.connect(_conninfo(db, "postgres"), autocommit=True) as raw:
        raw.execute(f'DROP DATABASE IF EXISTS "{name}"')
        raw.execute(f'CREATE DATABASE "{name}"')
    try:
        yield {**db, "NAME": name}
    finally:
        with psycopg.connect(_conninfo(db, "postgres"), autocommit=True) as raw:
            raw.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def drill(db: Database, out: Path) -> tuple[list[TableFingerprint], list[str]]:
    """Back up ``db`` to ``out``, restore it into a scratch database, compare every table: the original's
    fingerprints and the differences (none when the backup is good)."""
    backup(out, db)
    before = fingerprints(db)
    with scratch_database(db, out.parent) as scratch:
        restore(out, scratch)
        after = fingerprints(scratch)
    return before, differences(before, after)
