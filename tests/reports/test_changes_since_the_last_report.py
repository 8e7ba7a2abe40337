"""A report built after a revision by the producer, a changed interpretation loaded with its decision, and an
initiative update lists each under "Ændringer siden sidste rapport" with its cause, in the data and the PDF."""

from datetime import UTC, date, datetime

from pejling.editor.actions import submit_update
from pejling.lib.planfile.validate import check_plan_text
from pejling.plans.loader import plan_load
from pejling.plans.queries import validated_file
from pejling.progress.assess import assess_plan
from pejling.stats.models import IndicatorValue
from tests.conftest import RANDERS_PLAN
from tests.reports.conftest import build, pdf_text
from tests.staff_fixtures import SHELL, record

LATER = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)
DECISION = "Byrådet vedtog 4. december 2026 basisår 2019 (sag 26/1234)."


def _decide_interpretation():
    text = RANDERS_PLAN.read_text(encoding="utf-8")
    old = "nedbringes markant\n        direction: down\n        ambition: markant\n        interpretation:\n"
    old += "          base_year: 2024\n          target_year: 2035\n"
    old += "          rule: ambition\n          decided: false\n"
    new = old.replace("base_year: 2024", "base_year: 2019").replace("decided: false", "decided: true")
    assert text.count(old) == 1
    changed = text.replace(old, new).replace(
        '            "Markant" læses som 20 % lavere', f'            {DECISION} "Markant" læses som 20 % lavere'
    )
    checked = check_plan_text(changed)
    assert checked.plan is not None, checked.problems
    return plan_load(checked.plan, source_text=changed, source_path="randers.yaml", now=LATER, commit=True, actor=SHELL)


def test_each_change_carries_its_cause(reported):
    first = build(reported)
    revised = IndicatorValue.objects.get(indicator__series__table="BU43", area="730", period="2020")
    assert revised.value == 3.4
    revised.value = 3.5
    revised.save()
    _decide_interpretation()
    submit_update(
        SHELL,
        LATER,
        record(reported, "1.i1"),
        period="2026K4",
        text="Evalueringen er i gang.",
        progress=55,
        status="delayed",
        status_reason="Evalueringen venter på data.",
    )
    version = reported.latest_version()
    assess_plan(version, validated_file(version), as_of=date(2026, 12, 5), now=LATER)
    second = build(reported, date(2026, 12, 6), now=LATER)
    changes = second.report.content["data"]["changes"]
    assert second.report.since == first.report
    by_code = {(c["code"], c.get("target") or c.get("initiative")): c for c in changes}
    assert by_code[("revised", "1.1")]["values"] == [{"period": "2020", "old": 3.4, "new": 3.5}]
    assert by_code[("revised", "1.1")]["producer"] == "Pejlings testserver (eksempeldata)"
    interpretation = by_code[("interpretation", "1.1")]
    assert interpretation["before"]["base_year"] == 2024 and interpretation["after"]["base_year"] == 2019
    [decision] = interpretation["decisions"]
    assert decision["by"] == "shell:test" and decision["decided"] is True and decision["note"].startswith(DECISION)
    assert by_code[("initiative_status", "1.i1")] | {} == {
        "code": "initiative_status",
        "initiative": "1.i1",
        "before": "in_progress",
        "after": "delayed",
    }
    update = by_code[("initiative_update", "1.i1")]
    assert (update["period"], update["progress"], update["status"]) == ("2026K4", 55, "delayed")
    status = by_code[("status", "1.1")]
    assert "interpretation" in status["because"] and "revised" in status["because"]
    text = " ".join(pdf_text(bytes(second.file.data)).split())
    assert (
        "Mål 1.1: Pejlings testserver (eksempeldata) har revideret tallene — 2020: 3,4 pct. → 3,5 pct. Mål 1.1: fortolkningen"
        in text
    )
    assert "Mål 1.1: fortolkningen er ændret (base_year, decided, note)." in text
    assert f"indlæst 5. december 2026 11:00 af shell:test, vedtaget af byrådet: {DECISION}" in text
    assert "Initiativ 1.i1: opdatering for 2026K4 indsendt 5. december 2026 (Forsinket, 55 % gennemført)." in text
