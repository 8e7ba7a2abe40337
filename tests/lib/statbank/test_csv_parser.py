import pytest

from pejling.lib.statbank.formats import Cell, FormatError, parse_csv, parse_number
from tests.conftest import FIXTURES, shared_path


def test_the_real_api_csv_sample_with_bom_crlf_and_english_labels():
    content = shared_path("data/api-samples/dst_data_FOLK1A_csv_lang-en.csv").read_bytes()
    assert content.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in content
    table = parse_csv(content)
    assert table.variables == ("OMRÅDE", "KØN", "ALDER", "CIVILSTAND", "TID")
    assert len(table.cells) == 525
    assert table.cells[0] == Cell(
        (
            ("OMRÅDE", "All Denmark"),
            ("KØN", "Total"),
            ("ALDER", "Age, total"),
            ("CIVILSTAND", "Total"),
            ("TID", "2008Q1"),
        ),
        5475791.0,
    )
    randers = [c for c in table.cells if c.code("OMRÅDE") == "Randers" and c.code("TID") == "2008Q1"]
    assert [c.value for c in randers] == [93644.0]


def test_codes_decimal_comma_and_missing_markers():
    table = parse_csv((FIXTURES / "dst/BOL101__codes_decimal_comma_missing.csv").read_bytes())
    assert [(c.code("OMRÅDE"), c.code("TID"), c.value, c.flag) for c in table.cells] == [
        ("000", "2024", 2745112.5, None),
        ("730", "2024", None, "suppressed"),
        ("730", "2024", None, "missing"),
        ("730", "2023", None, "missing"),
    ]


def test_a_truncated_answer_names_the_line():
    with pytest.raises(FormatError, match=r"linje 3: 3 felter, ventede 4"):
        parse_csv((FIXTURES / "dst/FOLK1A__truncated.csv").read_bytes())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("42955,60", (42955.6, None)),
        ("5475791", (5475791.0, None)),
        ("-0,5", (-0.5, None)),
        ("12.5", (12.5, None)),
        ("..", (None, "suppressed")),
        ("", (None, "missing")),
    ],
)
def test_numbers(text, expected):
    assert parse_number(text) == expected


def test_a_value_that_is_not_a_number_is_an_error():
    with pytest.raises(FormatError, match=r"linje 2: ikke et tal / not a number: 'abc'"):
        parse_csv("OMRÅDE;TID;INDHOLD\r\n730;2024;abc\r\n")
