"""A report's fingerprint: SHA-256 of its content (data and text) in one canonical JSON form, so that the same
figures and words always give the same fingerprint, whatever the file format or the machine."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical(value: Any) -> bytes:
    """``value`` as canonical JSON: keys sorted, no spaces, UTF-8, finite numbers only (NaN is refused)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def as_json(value: Any) -> Any:
    """``value`` as it reads back from JSON (integer keys become text, tuples lists, dates must already be text),
    so that a report's content fingerprints the same before and after it is stored."""
    return json.loads(canonical(value))


def fingerprint(content: Any) -> str:
    """The SHA-256 of the canonical form, as 64 hexadecimal digits."""
    return hashlib.sha256(canonical(content)).hexdigest()


def file_sha256(data: bytes) -> str:
    """A file's own SHA-256 (which differs between a report's PDF and DOCX; the fingerprint does not)."""
    return hashlib.sha256(data).hexdigest()
