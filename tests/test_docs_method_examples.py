"""The worked examples in docs/method.md are what the method computes."""

import pytest

from pejling.lib.progress.opensdg import SeriesSpec, evaluate
from tests.conftest import REPO


def test_the_worked_examples():
    text = (REPO / "docs" / "method.md").read_text(encoding="utf-8")
    trend = evaluate(SeriesSpec({2015: 100.0, 2020: 110.0}, direction=1))
    assert (trend.status, round(trend.score, 2)) == ("substantial_progress", 4.62)
    target = evaluate(SeriesSpec({2015: 10.0, 2020: 12.0}, direction=1, target=20.0, target_year=2030))
    assert (target.status, round(target.score, 2)) == ("moderate_progress", 1.32)
    assert round(target.components["progress_value"], 3) == pytest.approx(0.785)
    assert "score 4.62" in text and "score 1.32" in text
    assert "score 500 · 0,0192 − 5 = 4,62" in text and "= 1,32" in text
