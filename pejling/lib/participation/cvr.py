"""CVR numbers (the Danish business register): eight digits, the first not 0, whose weighted sum with the
weights 2, 7, 6, 5, 4, 3, 2, 1 is divisible by 11 (the register's modulus-11 check)."""

from __future__ import annotations

WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)


def normalise_cvr(raw: str) -> str:
    """The digits of a CVR number as written ("DK-29 18 97 36" → "29189736")."""
    text = raw.strip().upper().removeprefix("DK").strip(" -")
    return "".join(ch for ch in text if not ch.isspace() and ch != "-")


def valid_cvr(raw: str) -> bool:
    number = normalise_cvr(raw)
    if len(number) != 8 or not number.isdigit() or number[0] == "0":
        return False
    return sum(int(d) * w for d, w in zip(number, WEIGHTS, strict=True)) % 11 == 0
