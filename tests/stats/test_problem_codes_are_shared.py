"""One registry of problem codes: plan check, local and StatBank file imports, sync reports and the API name the
same problem with the same code, and docs/problems.md lists exactly the registered codes."""

import re
from pathlib import Path

from pejling.lib.localdata import read_local_file
from pejling.lib.planfile.validate import check_plan_text
from pejling.lib.problems import CODES, Problem
from pejling.lib.statbank.files import read_statbank_file
from pejling.plans.queries import current_bindings
from pejling.stats.runner import sync_all
from tests.conftest import RANDERS_PLAN
from tests.stats.conftest import Clock

DOCS = Path(__file__).resolve().parents[2] / "docs" / "problems.md"


def test_an_unknown_area_has_one_code_in_files_and_the_api(client, db):
    local = read_local_file(Path("tal.csv"), "område;periode;værdi;kilde\nAtlantis;2024;1,5;egen\n".encode())
    assert local.problems == [
        Problem(2, "område", "ukendt område / unknown area 'Atlantis'", "data.unknown_area"),
    ]
    saved = read_statbank_file('OMRÅDE;TID;INDHOLD\n"Atlantis";"2024";"12"\n'.encode(), table="FOLK1A")
    assert saved.problems == [
        Problem(2, "OMRÅDE", "variabel OMRÅDE: ukendt område / unknown area 'Atlantis'", "data.unknown_area"),
    ]
    answer = client.get("/api/series/FOLK1A", {"area": "999"})
    assert (answer.status_code, answer.json()["error"]["code"]) == (422, "data.unknown_area")


def test_plan_check_names_the_code_of_each_problem():
    text = RANDERS_PLAN.read_text(encoding="utf-8").replace('municipality: "730"', 'municipality: "999"', 1)
    result = check_plan_text(text)
    assert [(p.location, p.code) for p in result.problems] == [("plan.municipality", "plan.unknown_municipality")]
    assert result.problems[0].as_dict()["code"] == "plan.unknown_municipality"


def test_a_sync_report_names_the_code_of_a_refused_selection(randers, statbank_client):
    [(key, binding)] = [(k, b) for k, b in current_bindings() if b.id == "bu43-udsatte-0-22"]
    changed = binding.model_copy(update={"select": {"FORANSTALT": ["IALT"], "ALDER": ["TOT99"]}})
    run, [result] = sync_all([(key, changed)], statbank=statbank_client, jobindsats=None, now=Clock())
    assert (result.status, result.codes) == ("failed", ["source.codes_changed"])
    assert [(entry["table"], entry["code"]) for entry in run.report] == [("BU43", "source.codes_changed")]


def test_docs_list_exactly_the_registered_codes():
    documented = re.findall(r"^\| `([a-z_]+\.[a-z_0-9]+)` \|", DOCS.read_text(encoding="utf-8"), re.MULTILINE)
    assert documented == list(CODES)
