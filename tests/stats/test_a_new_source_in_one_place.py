"""A source added in one place (a registry entry naming its connector module) is accepted by the plan file,
synced end to end over HTTP, stored, derived and assessed like any other."""

import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pejling.lib import sources
from pejling.lib.planfile.validate import check_plan_text
from pejling.plans.loader import plan_load
from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_bindings, current_plan_files
from pejling.progress.assess import assess_plan
from pejling.progress.models import Assessment
from pejling.stats.indicators import binding_points
from pejling.stats.models import Snapshot
from pejling.stats.runner import sync_bindings
from tests.progress.conftest import NOW
from tests.stats.conftest import Clock
from tests.stats.source_for_tests import INFO

pytestmark = pytest.mark.django_db
LINES = "\n".join(f"730;{year};{40 + year - 2015}" for year in range(2015, 2025)).encode()
PLAN = """
format_version: 1
plan: {id: testkilde-plan, municipality: "730", title: Testplan, status: udkast,
       horizon: {min_years: 10, max_years: 15}, default_comparison_group: landet}
goals:
  - id: "1"
    number: 1
    title: Mål
    intro: Test.
    targets:
      - id: "1.1"
        text: Tallet skal stige.
        direction: up
        interpretation: {base_year: 2015, target_year: 2030, rule: trend}
        bindings:
          - {id: fra-testkilden, label: Et tal, source: testkilde, table: T1, unit: antal}
comparison_groups:
  - {id: landet, name: Hele landet, members: ["000"], rationale: Test., valid_from: 2018-01-01}
"""


@pytest.fixture
def server():
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200 if self.path == "/data/T1" else 404)
            self.send_header("Content-Length", str(len(LINES)))
            self.end_headers()
            self.wfile.write(LINES)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_a_test_only_source_syncs_end_to_end(monkeypatch, server):
    monkeypatch.setitem(sources.SOURCES, INFO.key, INFO)  # the one registry entry
    checked = check_plan_text(PLAN)
    assert checked.problems == []
    plan_load(checked.plan, source_text=PLAN, source_path="", now=NOW, commit=True)
    run, [result] = sync_bindings(current_bindings("testkilde-plan"), clients={"testkilde": server}, now=Clock())
    assert (result.status, result.counts["created"], run.counts["requests"]) == ("fetched", 10, 1)
    [binding] = [b for _, b in current_bindings("testkilde-plan")]
    assert [(p.period, p.value) for p in binding_points(binding, "730")][-2:] == [("2023", 48.0), ("2024", 49.0)]
    assert Snapshot.objects.get(kind="data").source == "testkilde"
    [(_, plan_file)] = current_plan_files("testkilde-plan")
    version = PlanVersion.objects.get(plan__slug="testkilde-plan")
    assess_plan(version, plan_file, as_of=date(2026, 11, 28), now=NOW, areas=["730"])
    row = Assessment.objects.get(target__key="1.1", area="730")
    assert (row.base_value, row.current_year, row.current_value) == (40.0, 2024, 49.0)
