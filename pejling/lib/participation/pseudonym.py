"""Pseudonymous display names: what the public sees instead of a name ("Deltager 7KQ-M3F"), drawn from random
bytes in an alphabet without look-alike characters, so that nobody's real name is ever shown."""

from __future__ import annotations

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I
PREFIX = "Deltager"


def pseudonym(seed: bytes) -> str:
    """The display name for six random bytes or more: "Deltager" and six characters in two groups."""
    if len(seed) < 6:
        raise ValueError("a pseudonym needs at least six random bytes")
    chars = "".join(ALPHABET[b % len(ALPHABET)] for b in seed[:6])
    return f"{PREFIX} {chars[:3]}-{chars[3:]}"
