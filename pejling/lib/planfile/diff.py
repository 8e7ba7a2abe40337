"""What changes between two plan documents, as readable key paths with before → after values.

Lists of objects with an ``id`` are keyed by that id (``goals[1].targets[1.3].direction``), so that
reordering or inserting an item does not show as a change of every later item.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_MISSING = object()


@dataclass(frozen=True)
class Change:
    """One changed leaf: its path and the value before and after (None when absent)."""

    path: str
    before: Any
    after: Any

    @property
    def kind(self) -> str:
        if self.before is None:
            return "added"
        if self.after is None:
            return "removed"
        return "changed"


def flatten(document: Any, prefix: str = "") -> dict[str, Any]:
    """Flatten nested dicts and lists into {path: leaf value}."""
    if isinstance(document, dict):
        flat: dict[str, Any] = {}
        for key, value in document.items():
            flat.update(flatten(value, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(document, list) and document and all(isinstance(item, dict) and "id" in item for item in document):
        flat = {}
        for item in document:
            flat.update(flatten(item, f"{prefix}[{item['id']}]"))
        return flat
    return {prefix: document}


def diff_documents(before: Any, after: Any) -> list[Change]:
    """Every leaf that differs, in the order of the new document (removed leaves last)."""
    old, new = flatten(before), flatten(after)
    changes = [Change(path, old.get(path), value) for path, value in new.items() if old.get(path, _MISSING) != value]
    changes.extend(Change(path, value, None) for path, value in old.items() if path not in new)
    return changes
