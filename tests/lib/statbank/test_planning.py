import pytest

from pejling.lib.statbank.planning import PlanningError, SeriesSpec, plan_requests
from pejling.lib.statbank.tableinfo import TableInfo, Variable


def _info(periods: int, ages: int = 126) -> TableInfo:
    return TableInfo(
        id="FOLK1A",
        text="",
        unit="Antal",
        updated=None,
        suppressed_value=None,
        variables=(
            Variable("OMRÅDE", "område", True, False, {f"{i:03d}": "" for i in range(105)}),
            Variable("KØN", "køn", True, False, {"TOT": "", "1": "", "2": ""}),
            Variable("ALDER", "alder", True, False, {"IALT": ""} | {str(a): "" for a in range(ages)}),
            Variable("Tid", "tid", False, True, {f"{2000 + i // 4}K{i % 4 + 1}": "" for i in range(periods)}),
        ),
    )


def test_a_small_request_is_one_call_for_all_areas_and_periods():
    spec = SeriesSpec("FOLK1A", "OMRÅDE", select={"KØN": ["TOT"], "ALDER": [str(a) for a in range(16, 65)]})
    [request] = plan_requests(spec, _info(71))
    assert request.body["variables"] == [
        {"code": "OMRÅDE", "values": ["*"]},
        {"code": "KØN", "values": ["TOT"]},
        {"code": "ALDER", "values": ["sum(PSUM|Sum=" + ";".join(str(a) for a in range(16, 65)) + ")"]},
        {"code": "Tid", "values": ["*"]},
    ]
    assert request.body["valuePresentation"] == "Code"
    assert request.cells == 105 * 1 * 1 * 71 * 5
    assert request.sums == {"ALDER": tuple(str(a) for a in range(16, 65))}


def test_codes_of_the_derivation_variable_stay_apart():
    spec = SeriesSpec("FOLK1A", "OMRÅDE", select={"KØN": ["1", "2"]}, keep_split="KØN")
    [request] = plan_requests(spec, _info(8))
    assert request.body["variables"][1] == {"code": "KØN", "values": ["1", "2"]}
    assert request.sums == {}


def test_a_request_over_the_cell_limit_is_split_by_period():
    spec = SeriesSpec("FOLK1A", "OMRÅDE", select={"ALDER": ["*"], "KØN": ["1", "2"]}, keep_split="KØN")
    requests = plan_requests(spec, _info(71))
    per_period = 105 * 127 * 2 * 5
    assert per_period * 71 > 1_000_000
    size = 1_000_000 // per_period
    assert [len(r.body["variables"][-1]["values"]) for r in requests] == [size] * (71 // size) + [71 % size]
    assert all(r.cells <= 1_000_000 for r in requests)
    assert [p for r in requests for p in r.body["variables"][-1]["values"]] == list(_info(71).time_variable.values)


def test_one_period_over_the_limit_becomes_bulk_when_every_variable_is_selected():
    spec = SeriesSpec("FOLK1A", "OMRÅDE", select={"ALDER": ["*"], "KØN": ["*"]}, keep_split="KØN")
    [request] = plan_requests(spec, _info(4, ages=4000), limit=1_000_000)
    assert request.format == "BULK"
    assert "timeOrder" not in request.body
    with pytest.raises(PlanningError, match=r"BULK kræver valgte koder for / .* KØN"):
        plan_requests(SeriesSpec("FOLK1A", "OMRÅDE", select={"ALDER": ["*"]}), _info(4, ages=4000))
