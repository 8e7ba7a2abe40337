"""Tables Danmarks Statistik no longer updates (``active: false`` in /tables and /tableinfo), and their
successors where one is known (dst-tables.md), so that sync, the Mål page and `plan check` can say so."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Successor:
    """The table that continues a retired one, and how to select the same slice in it."""

    table: str
    how: str


SUCCESSORS: dict[str, Successor] = {
    "NEET1": Successor(
        "NEET3", "KØN=00 og ALDER=1624 gengiver NEET1 / KØN=00 and ALDER=1624 reproduce NEET1 (dst-tables.md §4)"
    ),
}


def inactive_message(table: str, latest_period: str) -> str:
    """The sentence a sync summary, a Mål page note and a plan check give for an inactive table."""
    successor = SUCCESSORS.get(table.upper())
    text = (
        f"Danmarks Statistik opdaterer ikke længere tabellen {table}; seneste periode {latest_period} / "
        f"Statistics Denmark no longer updates table {table}; latest period {latest_period}"
    )
    return text + (f" — afløser / successor: {successor.table} ({successor.how})" if successor else "")
