"""A located problem in a plan file, and how key paths are written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

Path = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class Problem:
    """One problem: where (key path and 1-based line; 0 when the file could not be read) and what."""

    line: int
    location: str
    message: str

    def as_dict(self) -> dict[str, str | int]:
        data = asdict(self)
        return {"location": data["location"], "line": data["line"], "message": data["message"]}

    def __str__(self) -> str:
        return f"linje {self.line}: {self.location}: {self.message}"


def format_path(path: Sequence[str | int]) -> str:
    """('goals', 0, 'targets', 2, 'direction') → 'goals[0].targets[2].direction'; () → '$'."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "$"
