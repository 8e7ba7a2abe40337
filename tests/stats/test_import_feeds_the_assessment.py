"""A file saved from statistikbanken.dk (codes, or Danish labels with the table's tableinfo) is written into the
series the plan's binding reads, so it changes the assessment of the Mål that binds the table."""

from datetime import date

import pytest
from django.core.management import call_command

from pejling.lib.planfile.validate import check_plan_file
from pejling.plans.loader import plan_load
from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_plan_files
from pejling.progress.assess import assess_plan
from pejling.progress.models import Assessment
from pejling.stats.models import Indicator, Observation, ObservationRevision, Series
from tests.conftest import FIXTURES
from tests.progress.conftest import NOW

pytestmark = pytest.mark.django_db
AS_OF = date(2026, 11, 28)
WINDOWS = [f"{y - 4}:{y}" for y in range(2014, 2025)]


@pytest.fixture
def loaded():
    plan = check_plan_file(FIXTURES / "plans" / "assess.yaml").plan
    plan_load(plan, source_text="", source_path="", now=NOW, commit=True)


def _assess():
    [(_, plan_file)] = current_plan_files("testplan")
    assess_plan(PlanVersion.objects.get(plan__slug="testplan"), plan_file, as_of=AS_OF, now=NOW, areas=["730"])
    row = Assessment.objects.get(target__key="2.1", area="730", as_of=AS_OF)
    return row.status, row.base_year, row.base_value, row.current_year, row.current_value


def _file(tmp_path, name, lines, encoding="utf-8"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def test_codes_then_danish_labels_feed_the_bound_series(loaded, tmp_path, statbank_client, capsys):
    assert _assess() == ("not_available", None, None, None, None)
    codes = ["OMRÅDE;KØN;TID;INDHOLD"] + [
        f"730;TOT;{w};{78 + 0.25 * i:.2f}".replace(".", ",") for i, w in enumerate(WINDOWS)
    ]
    call_command("data", "import-statbank", str(_file(tmp_path, "hisbk.csv", codes)), "--table", "HISBK")
    assert "→ serie / series HISBK KØN=TOT" in capsys.readouterr().out
    assert _assess() == ("limited_progress", 2015, 78.25, 2024, 80.5)

    _, raw = statbank_client.tableinfo("HISBK")
    tableinfo = tmp_path / "hisbk-tableinfo.json"
    tableinfo.write_bytes(raw.content)
    labels = ["OMRÅDE;KØN;TID;INDHOLD", "Randers;I alt;2020:2024;79,00"]
    path = _file(tmp_path, "HISBK_labels.csv", labels, encoding="cp1252")
    call_command("data", "import-statbank", str(path), "--table", "HISBK", "--tableinfo", str(tableinfo))
    assert "1 rækker / rows: 0 nye / new, 1 revideret / revised" in capsys.readouterr().out
    assert _assess()[3:] == (2024, 79.0)
    assert list(ObservationRevision.objects.values_list("value", flat=True)) == [80.5]
    assert Series.objects.filter(table="HISBK").count() == 1
    assert Observation.objects.filter(table="HISBK").count() == len(WINDOWS)


def test_labels_without_a_tableinfo_are_kept_apart_and_say_why(loaded, tmp_path, capsys):
    labels = ["OMRÅDE;KØN;TID;INDHOLD", "Randers;I alt;2020:2024;79,00"]
    call_command("data", "import-statbank", str(_file(tmp_path, "HISBK.csv", labels)), "--table", "hisbk")
    out = capsys.readouterr().out
    assert "ingen binding læser dette udsnit" in out
    assert "labels need the table's tableinfo to become codes" in out
    bound = Indicator.objects.get(series__table="HISBK").series
    assert not bound.observations.exists()
    assert Series.objects.get(table="HISBK", observations__isnull=False).selection["select"] == {"KØN": ["I alt"]}
