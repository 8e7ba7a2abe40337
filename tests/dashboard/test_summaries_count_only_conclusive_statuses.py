"""Roll-ups say how many Mål they cover and how many can be assessed; the mean score counts only conclusive
statuses, and a score from a single Mål says so (Danish and English)."""

from datetime import date

import pytest

from pejling.dashboard.pages import summary
from pejling.progress.models import RollUp
from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db


def test_the_summary_counts_what_can_be_assessed():
    roll = RollUp(
        counts={"not_available": 11, "inconclusive": 2, "substantial_progress": 1, "deterioration": 1},
        mean_score=0.25,
        as_of=date(2026, 11, 28),
        area="730",
    )
    shown = summary(roll)
    assert (shown["total"], shown["scored"], shown["mean_score"]) == (15, 2, 0.25)
    assert [(s["code"], s["count"]) for s in shown["counts"]] == [
        ("substantial_progress", 1),
        ("deterioration", 1),
        ("inconclusive", 2),
        ("not_available", 11),
    ]
    assert summary(None) == {"total": 0, "scored": 0, "mean_score": None, "counts": []}


def test_the_forside_says_the_plan_score_rests_on_one_mal(client, randers_assessed):
    rows = RollUp.objects.filter(goal=None, area="730")
    [plan] = rows
    assert sum(plan.counts.values()) == 15
    scored = sum(n for status, n in plan.counts.items() if status not in ("inconclusive", "not_available"))
    assert scored == 1  # only Mål 5.3's threshold can be judged with the data synced here
    html = page_html(client, "/")
    score = f"{plan.mean_score:.2f}".replace(".", ",")
    assert (
        f'<p data-testid="plan-summary">Status opgjort 28. november 2026. Hele planen: 1 af 15 Mål kan vurderes; '
        f"score {score}, som bygger på ét Mål alene.</p>"
    ) in html
    assert "gennemsnitlig score" not in html.split('data-testid="plan-summary"')[1].split("</p>")[0]
    english = page_html(client, "/en/")
    assert "The whole plan: 1 of 15 targets can be assessed; score" in english
    assert ", based on a single target." in english
