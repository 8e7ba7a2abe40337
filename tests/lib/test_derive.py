import pytest

from pejling.lib.derive import DerivationError, Obs, Point, indicator_series


def _o(area, period, value, **dims):
    return Obs(area, period, dims, value)


def test_share_is_numerator_over_denominator_times_scale():
    obs = [
        _o("730", "2023", 1200, STATUSNEET="10"),
        _o("730", "2023", 10000, STATUSNEET="00"),
        _o("730", "2022", None, STATUSNEET="10"),
        _o("730", "2022", 9900, STATUSNEET="00"),
    ]
    spec = {"kind": "share", "variable": "STATUSNEET", "numerator": ["10"], "denominator": ["00"], "scale": 100}
    assert indicator_series(obs, spec, "as_published") == [
        Point("730", "2022", None, "mangler i kilden / missing at the source", None, 9900),
        Point("730", "2023", 12.0, "", 1200, 10000),
    ]


def test_share_with_a_denominator_of_several_codes():
    obs = [_o("730", "2024", 50, BEBO="2000"), _o("730", "2024", 950, BEBO="1000")]
    spec = {"kind": "share", "variable": "BEBO", "numerator": ["2000"], "denominator": ["1000", "2000"], "scale": 100}
    assert indicator_series(obs, spec, "as_published") == [Point("730", "2024", 5.0, "", 50, 1000)]


def test_sum_needs_every_part_and_keeps_negative_values():
    obs = [_o("730", "2024", -40, KØN="M"), _o("730", "2024", 150, KØN="K"), _o("730", "2023", 10, KØN="M")]
    spec = {"kind": "sum", "variable": "KØN", "values": ["M", "K"]}
    assert indicator_series(obs, spec, "as_published") == [
        Point("730", "2023", None, "ikke alle dele findes / not every part is present"),
        Point("730", "2024", 110.0),
    ]


def test_identity_refuses_several_cells():
    obs = [_o("730", "2024", 1, KØN="M"), _o("730", "2024", 2, KØN="K")]
    with pytest.raises(DerivationError, match="identity forventer én celle"):
        indicator_series(obs, {"kind": "identity"}, "as_published")


def test_ratio_across_tables_with_quarters_averaged_to_years():
    top = [_o("730", f"2024K{q}", v) for q, v in zip(range(1, 5), [100, 110, 120, 130], strict=True)]
    top += [_o("730", "2025K1", 140)]  # an incomplete year gives no value
    bottom = [_o("730", f"2024K{q}", 1000) for q in range(1, 5)]
    spec = {"kind": "ratio", "scale": 100, "denominator": {"table": "FOLK1A", "period_alignment": "year_mean"}}
    assert indicator_series(top, spec, "year_mean", bottom) == [Point("730", "2024", 11.5, "", 115.0, 1000.0)]


def test_alignment_rules():
    windows = [_o("730", "2020:2024", 80.1), _o("730", "2021:2025", 80.3)]
    assert [p.period for p in indicator_series(windows, {"kind": "identity"}, "window_end_year")] == ["2024", "2025"]
    primo = [_o("730", "2024", 5.0)]
    assert indicator_series(primo, {"kind": "identity"}, "primo_as_previous_year_end") == [Point("730", "2023", 5.0)]
    quarters = [_o("730", f"2024K{q}", q) for q in range(1, 5)] + [_o("730", "2025K1", 9)]
    assert indicator_series(quarters, {"kind": "identity"}, "year_last") == [Point("730", "2024", 4.0)]
    months = [_o("730", f"2024M{m:02d}", 1.0) for m in range(1, 13)]
    months[5] = _o("730", "2024M06", None)
    assert indicator_series(months, {"kind": "identity"}, "year_mean") == [
        Point("730", "2024", None, "en del af året mangler / part of the year is missing")
    ]


def test_each_side_of_a_ratio_is_aligned_by_its_own_rule_and_keeps_its_snapshot():
    top = [Obs("730", f"2024K{q}", {}, v, snapshot=q) for q, v in zip(range(1, 5), [10, 20, 30, 40], strict=True)]
    # a 1 January population: 2025's count is the end of 2024
    bottom = [Obs("730", "2025", {}, 500.0, snapshot=9), Obs("730", "2024", {}, 400.0, snapshot=8)]
    spec = {
        "kind": "ratio",
        "scale": 1000,
        "denominator": {"table": "FOLK1A", "period_alignment": "primo_as_previous_year_end"},
    }
    assert indicator_series(top, spec, "year_mean", bottom) == [Point("730", "2024", 50.0, "", 25.0, 500.0, 4, 9)]
