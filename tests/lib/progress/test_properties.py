"""Properties of the method that must hold for any numbers (hypothesis)."""

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pejling.lib.progress.opensdg import SeriesSpec, evaluate

positive = st.floats(min_value=0.5, max_value=1e6, allow_nan=False, allow_infinity=False)
series = st.dictionaries(st.integers(2015, 2025), positive, min_size=2, max_size=11)


@given(series)
def test_direction_symmetry(values):
    assume(max(values) - min(values) >= 1)
    up = evaluate(SeriesSpec(values, direction=1))
    down = evaluate(SeriesSpec(values, direction=-1))
    assert up.components["progress_value"] == pytest.approx(-down.components["progress_value"])


@given(series, st.floats(min_value=0.01, max_value=1000))
def test_cagr_is_scale_invariant(values, factor):
    assume(max(values) - min(values) >= 1)
    plain = evaluate(SeriesSpec(values, direction=1))
    scaled = evaluate(SeriesSpec({y: v * factor for y, v in values.items()}, direction=1))
    assert scaled.components["progress_value"] == pytest.approx(plain.components["progress_value"], rel=1e-9, abs=1e-12)
    assert scaled.status == plain.status or abs(plain.components["progress_value"]) < 1e-9


@given(series, st.floats(min_value=1.01, max_value=3.0), st.floats(min_value=1.01, max_value=2.0))
def test_a_more_ambitious_target_never_scores_higher(values, target_factor, extra):
    """Holds while the series moves the right way. When it moves the wrong way, R = CAGR_obs / |CAGR_req| shrinks
    towards 0 as the target gets harder (a property of the published method; docs/method.md)."""
    assume(max(values) - min(values) >= 1)
    base, current = values[min(values)], values[max(values)]
    assume(current > base)
    target = max(base, current) * target_factor
    easier = evaluate(SeriesSpec(values, direction=1, target=target, target_year=2035))
    harder = evaluate(SeriesSpec(values, direction=1, target=target * extra, target_year=2035))
    assert harder.score <= easier.score + 1e-9
