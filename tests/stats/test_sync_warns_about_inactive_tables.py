"""A table Danmarks Statistik no longer updates is still synced, and the run says so: in the binding's result,
the run's report, the summary and the table's state; a table that becomes active again is cleared."""

import pytest

from pejling.stats.models import TableState
from tests.conftest import run_command
from tests.stats.conftest import run_sync

pytestmark = pytest.mark.django_db
MESSAGE = (
    "Danmarks Statistik opdaterer ikke længere tabellen NEET3; seneste periode 2024 / "
    "Statistics Denmark no longer updates table NEET3; latest period 2024"
)


def test_an_inactive_table_is_fetched_and_reported(randers, statbank_client, fake):
    fake.config.inactive = {"NEET3"}
    run, [result] = run_sync(statbank_client, only={"neet-andel-16-24"})
    assert result.status == "fetched"
    assert result.notices == [MESSAGE]
    assert result.codes == ["source.inactive"]
    assert run.status == "ok"
    assert run.report == [
        {
            "binding": "randers-fremtidens-randers:neet-andel-16-24",
            "series": "NEET3 ALDER=1624 KØN=00 SOCIO=TOT STATUSNEET=00,10",
            "table": "NEET3",
            "code": "source.inactive",
            "error": MESSAGE,
        }
    ]
    state = TableState.objects.get(source="statbank", table="NEET3")
    assert (state.active, state.latest_period) == (False, "2024")

    fake.config.inactive = set()
    run, [result] = run_sync(statbank_client, only={"neet-andel-16-24"})
    assert (result.status, result.notices, run.report) == ("skipped", [], [])
    assert TableState.objects.get(source="statbank", table="NEET3").active is True


def test_the_retired_neet1_names_its_successor(randers, statbank_client):
    from pejling.lib.statbank.retired import inactive_message

    assert inactive_message("NEET1", "2023") == (
        "Danmarks Statistik opdaterer ikke længere tabellen NEET1; seneste periode 2023 / "
        "Statistics Denmark no longer updates table NEET1; latest period 2023 — afløser / successor: NEET3 "
        "(KØN=00 og ALDER=1624 gengiver NEET1 / KØN=00 and ALDER=1624 reproduce NEET1 (dst-tables.md §4))"
    )


def test_plan_check_names_the_successor(capsys, tmp_path):
    from tests.conftest import FIXTURES

    code, out = run_command(capsys, "plan", "check", str(FIXTURES / "plans/assess.yaml"))
    assert code == 0
    assert (
        "assess.yaml:26: goals[0].targets[0].bindings[0].table: tabellen NEET1 opdateres ikke længere / table NEET1 "
        "is no longer updated; brug / use NEET3: KØN=00 og ALDER=1624 gengiver NEET1 / KØN=00 and ALDER=1624 "
        "reproduce NEET1 (dst-tables.md §4) [source.inactive]"
    ) in " ".join(out.split())
