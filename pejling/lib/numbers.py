"""Numbers as they are written in Danish and English tables, read strictly: only finite numbers.

``12,5`` is a Danish decimal; ``1.234.567`` and ``12.345,6`` use the Danish thousands separator; ``12.5`` is
an English decimal. ``12.345`` is ambiguous (twelve thousand … in Danish, twelve point … in English): a file
settles it when its other values show which convention it follows (``file_convention``); otherwise it is
refused with a message saying how to write it. ``nan``, ``inf``, ``1e400`` and ``1_000`` are never numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from enum import Enum

_PLAIN = re.compile(r"[+-]?\d+")
_COMMA_DECIMAL = re.compile(r"[+-]?\d+,\d+")
_POINT_DECIMAL = re.compile(r"[+-]?\d*\.\d+")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EXPONENT = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")
_SPACES = str.maketrans("", "", " \u00a0\u202f")


class NumberError(ValueError):
    """Text that is not a finite number, or whose meaning is ambiguous."""


class Convention(Enum):
    """How a table writes decimals."""

    UNKNOWN = "unknown"
    DANISH = "danish"  # decimal comma, thousands point
    POINT = "point"  # decimal point, no thousands separator


def _is_ambiguous(text: str) -> bool:
    return bool(_GROUPED.fullmatch(text)) and "," not in text and text.count(".") == 1


def file_convention(texts: Iterable[str]) -> Convention:
    """The convention a table's values show: DANISH when one has a decimal comma or several thousands
    points, POINT when one has a decimal point that cannot be a thousands separator; UNKNOWN otherwise
    (or when both are seen)."""
    danish = point = False
    for raw in texts:
        text = str(raw).translate(_SPACES)
        if _COMMA_DECIMAL.fullmatch(text) or (_GROUPED.fullmatch(text) and not _is_ambiguous(text)):
            danish = True
        elif _POINT_DECIMAL.fullmatch(text) and not _is_ambiguous(text):
            point = True
        if danish and point:
            return Convention.UNKNOWN
    return Convention.DANISH if danish else Convention.POINT if point else Convention.UNKNOWN


def parse_decimal(text: str, convention: Convention = Convention.UNKNOWN) -> float:
    """A finite number from its text; raises NumberError with a message for a person."""
    cleaned = str(text).translate(_SPACES)
    if _PLAIN.fullmatch(cleaned) or _EXPONENT.fullmatch(cleaned) or _COMMA_DECIMAL.fullmatch(cleaned):
        number = float(cleaned.replace(",", "."))
    elif _is_ambiguous(cleaned):
        if convention is Convention.UNKNOWN:
            raise NumberError(
                f"tvetydigt tal / ambiguous number {text!r}: skriv / write {cleaned.replace('.', '')} "
                f"(tusinder / thousands) eller / or {cleaned.replace('.', ',')} (decimaler / decimals)"
            )
        number = float(cleaned.replace(".", "") if convention is Convention.DANISH else cleaned)
    elif _GROUPED.fullmatch(cleaned):
        number = float(cleaned.replace(".", "").replace(",", "."))
    elif _POINT_DECIMAL.fullmatch(cleaned):
        number = float(cleaned)
    else:
        raise NumberError(f"ikke et tal / not a number: {text!r}")
    return finite(number, text)


def finite(number: float, text: object = None) -> float:
    """The number itself, or NumberError when it is NaN or infinite (``1e400`` overflows to infinity)."""
    if not math.isfinite(number):
        shown = text if text is not None else number
        raise NumberError(f"ikke et endeligt tal / not a finite number: {shown!r}")
    return number
