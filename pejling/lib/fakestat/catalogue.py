"""Every fake table by id: the tables plans/randers.yaml binds, with the real codes of dst-tables.md."""

from __future__ import annotations

from pejling.lib.fakestat.people import ARE207, BEV107, FOLK1A, HISBK
from pejling.lib.fakestat.tables import FakeTable
from pejling.lib.fakestat.welfare import BOL101, BU43
from pejling.lib.fakestat.work import AUK01, ERHV5, GF12, NEET1, NEET3, RAS200

TABLES: dict[str, FakeTable] = {
    t.id: t for t in (FOLK1A, BU43, NEET1, NEET3, AUK01, HISBK, ERHV5, GF12, RAS200, BOL101, BEV107, ARE207)
}
