"""How key paths in a plan file are written, and the schema error that carries a problem code (the problems
themselves are ``pejling.lib.problems.Problem``)."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic_core import PydanticCustomError

from pejling.lib.problems import CODES, Problem

__all__ = ["Path", "Problem", "format_path", "invalid"]

Path = tuple[str | int, ...]


def format_path(path: Sequence[str | int]) -> str:
    """('goals', 0, 'targets', 2, 'direction') → 'goals[0].targets[2].direction'; () → '$'."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "$"


def invalid(code: str, message: str) -> PydanticCustomError:
    """A schema validator's error that carries its problem code (pydantic reports it as the error type)."""
    if code not in CODES:
        raise ValueError(f"unregistered problem code {code!r}")
    return PydanticCustomError(code, message)
