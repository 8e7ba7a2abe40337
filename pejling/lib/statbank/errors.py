"""StatBank errors as typed exceptions, mapped from ``errorTypeCode`` (never from message wording).

Every error names what failed: the table, and where the API says so, the variable and value.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from pejling.lib import problems as codes


class StatBankError(Exception):
    """Base class; ``retryable`` tells the client whether trying again can help, ``code`` is the stable problem
    code a sync report shows."""

    retryable = False
    code = codes.SOURCE_REFUSED

    def __init__(self, message: str, *, table: str = "", variable: str = "", value: str = "") -> None:
        self.table, self.variable, self.value, self.detail = table, variable, value, message
        where = ", ".join(
            part
            for part in (
                f"tabel {table}" if table else "",
                f"variabel {variable}" if variable else "",
                f"værdi {value}" if value else "",
            )
            if part
        )
        already_named = bool(table) and message.startswith(f"tabel {table}")
        super().__init__(f"{where}: {message}" if where and not already_named else message)


class TableNotFound(StatBankError):
    """EXTRACT-NOTFOUND for a table."""

    code = codes.SOURCE_TABLE_NOT_FOUND


class VariableNotFound(StatBankError):
    """EXTRACT-NOTFOUND for a variable."""

    code = codes.SOURCE_VARIABLE_NOT_FOUND


class ValueNotFound(StatBankError):
    """EXTRACT-NOTFOUND for a value code."""

    code = codes.SOURCE_CODE_NOT_FOUND


class RequestInvalid(StatBankError):
    """REQUEST-MISSING, REQUEST-EMPTY, REQUEST-NOTFOUND or an unknown error type."""


class NotAllowed(StatBankError):
    """EXTRACT-NOTALLOWED, e.g. BULK without every variable selected."""


class CellLimitExceeded(StatBankError):
    """REQUEST-LIMIT: more than 1,000,000 cells in a non-streamed format."""

    code = codes.SOURCE_CELL_LIMIT


class CodesChanged(StatBankError):
    """A binding's codes are no longer in the table's metadata; nothing is fetched."""

    code = codes.SOURCE_CODES_CHANGED


class TransientError(StatBankError):
    """Timeouts, 429, 5xx, truncated or unreadable bodies: worth retrying."""

    retryable = True
    code = codes.SOURCE_UNAVAILABLE


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    kind: type[StatBankError]


_NOT_FOUND_RULES = (
    _Rule(
        re.compile(r"(?:Kan ikke finde værdien|Can't find value): (?P<value>.+?) \((?P<variable>[^)]+)\)"),
        ValueNotFound,
    ),
    _Rule(re.compile(r"(?:Kan ikke finde variablen|Can't find variable): (?P<variable>\S+)"), VariableNotFound),
    _Rule(
        re.compile(r"(?:Tabel findes ikke|Table not found|Table does not exist): (?P<table>\S+)"),
        TableNotFound,
    ),
)

_BY_CODE: dict[str, type[StatBankError]] = {
    "REQUEST-LIMIT": CellLimitExceeded,
    "EXTRACT-NOTALLOWED": NotAllowed,
    "REQUEST-MISSING": RequestInvalid,
    "REQUEST-EMPTY": RequestInvalid,
    "REQUEST-NOTFOUND": RequestInvalid,
}


def error_from_response(status: int, body: bytes, *, table: str) -> StatBankError:
    """Map an error answer to a typed exception naming table, variable and value."""
    if status == 429 or status >= 500:
        return TransientError(f"HTTP {status} fra StatBank / from StatBank", table=table)
    try:
        payload = json.loads(body.decode("utf-8-sig"))
        code, message = str(payload["errorTypeCode"]), str(payload["message"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return RequestInvalid(f"HTTP {status} uden fejlbesked / without an error body", table=table)
    if code == "EXTRACT-NOTFOUND":
        for rule in _NOT_FOUND_RULES:
            match = rule.pattern.search(message)
            if match:
                found = match.groupdict()
                return rule.kind(
                    message,
                    table=found.get("table") or table,
                    variable=found.get("variable", ""),
                    value=found.get("value", ""),
                )
        return TableNotFound(message, table=table)
    return _BY_CODE.get(code, RequestInvalid)(f"{code}: {message}", table=table)
