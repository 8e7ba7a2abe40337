"""BULK answers: absent combinations are zeros, empty cells stay missing, selectors are not guessed."""

from pejling.lib.statbank.bulk import fill_absent_zeros, requested_codes
from pejling.lib.statbank.formats import parse_csv
from pejling.lib.statbank.tableinfo import TableInfo, Variable

INFO = TableInfo(
    id="NEET1",
    text="16-24-årige",
    unit="personer",
    updated=None,
    suppressed_value=None,
    variables=(
        Variable("OMRÅDE", "område", False, False, {"000": "Hele landet", "730": "Randers", "825": "Læsø"}),
        Variable("STATUSNEET", "status", True, False, {"NEET": "NEET", "IKKENEET": "Ikke NEET", "TOT": "I alt"}),
        Variable("Tid", "tid", False, True, {"2023": "2023", "2024": "2024"}),
    ),
)
BODY = {
    "table": "NEET1",
    "format": "BULK",
    "variables": [
        {"code": "OMRÅDE", "values": ["*"]},
        {"code": "STATUSNEET", "values": ["NEET"]},
        {"code": "Tid", "values": ["*"]},
    ],
}
ANSWER = "OMRÅDE;STATUSNEET;TID;INDHOLD\r\n000;NEET;2023;40123\r\n000;NEET;2024;39876\r\n730;NEET;2024;\r\n"


def test_requested_codes_expand_star_from_the_tableinfo():
    assert requested_codes(BODY, INFO) == {
        "OMRÅDE": ["000", "730", "825"],
        "STATUSNEET": ["NEET"],
        "TID": ["2023", "2024"],
    }


def test_other_selectors_are_not_expanded():
    body = {"variables": [{"code": "Tid", "values": [">=2023"]}, {"code": "OMRÅDE", "values": ["7*"]}]}
    assert requested_codes(body, INFO) == {"TID": None, "OMRÅDE": None}


def test_absent_combinations_become_zero_and_empty_cells_stay_missing():
    filled = fill_absent_zeros(parse_csv(ANSWER), requested_codes(BODY, INFO))
    rows = [(dict(c.codes)["OMRÅDE"], dict(c.codes)["TID"], c.value, c.flag) for c in filled.cells]
    assert rows == [
        ("000", "2023", 40123.0, None),
        ("000", "2024", 39876.0, None),
        ("730", "2023", 0.0, None),
        ("730", "2024", None, "missing"),
        ("825", "2023", 0.0, None),
        ("825", "2024", 0.0, None),
    ]


def test_a_variable_asked_for_with_a_selector_keeps_the_codes_the_answer_shows():
    grid = {"OMRÅDE": None, "STATUSNEET": ["NEET"], "TID": ["2023", "2024"]}
    filled = fill_absent_zeros(parse_csv(ANSWER), grid)
    assert [(dict(c.codes)["OMRÅDE"], dict(c.codes)["TID"], c.value) for c in filled.cells] == [
        ("000", "2023", 40123.0),
        ("000", "2024", 39876.0),
        ("730", "2023", 0.0),
        ("730", "2024", None),
    ]


def test_an_answer_with_only_its_header_is_all_zeros():
    filled = fill_absent_zeros(parse_csv("OMRÅDE;STATUSNEET;TID;INDHOLD\r\n"), requested_codes(BODY, INFO))
    assert len(filled.cells) == 6
    assert {c.value for c in filled.cells} == {0.0}


def test_cells_beyond_the_request_are_kept():
    answer = ANSWER + "999;NEET;2024;5\r\n"
    filled = fill_absent_zeros(parse_csv(answer), requested_codes(BODY, INFO))
    assert (dict(filled.cells[-1].codes)["OMRÅDE"], filled.cells[-1].value) == ("999", 5.0)
    assert len(filled.cells) == 7
