"""A plan's StatBank bindings checked against the configured StatBank's /tableinfo (``plan check --online``)."""

from __future__ import annotations

from django.conf import settings

from pejling.lib.bindings import plan_bindings
from pejling.lib.planfile.schema import PlanFile
from pejling.lib.statbank.online_check import BindingCheck, check_online
from pejling.lib.statbank.tableinfo import TableInfo
from pejling.stats.sources import make_client


def check_plan_online(plan: PlanFile) -> list[BindingCheck]:
    """Every StatBank binding of ``plan`` against ``PEJLING_STATBANK_URL``: one tableinfo request per table."""
    client = make_client(settings.PEJLING_STATBANK_URL)
    try:

        def tableinfo(table: str) -> TableInfo:
            return client.tableinfo(table)[0]

        return check_online(plan, tableinfo, plan_bindings(plan))
    finally:
        client.close()
