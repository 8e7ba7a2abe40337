import json

from pejling.lib.statbank.formats import Cell, parse_jsonstat
from tests.conftest import FIXTURES, shared_path


def test_the_real_trimmed_jsonstat_answer():
    table = parse_jsonstat(
        shared_path("data/api-samples/dst_data_FOLK1A_jsonstat_lang-en_trimmed-fixture.json").read_bytes()
    )
    assert table.variables == ("OMRÅDE", "Tid")
    assert table.cells == (Cell((("OMRÅDE", "101"), ("Tid", "2026K3")), 670389.0),)


def test_the_untrimmed_jsonstat_answers():
    mocks = json.loads(shared_path("data/api-samples/dst_data_jsonstat_lang-en_denstatbank-mocks.json").read_text())
    plain = parse_jsonstat(json.dumps(mocks["FOLK1A_no_variables"]))
    assert plain.cells == (Cell((("Tid", "2020K1"),), 5822763.0),)
    bef5 = parse_jsonstat(json.dumps(mocks["BEF5_KOEN_FODLAND_dataset_inner"]))
    assert bef5.variables == ("KØN", "FODLAND", "Tid")
    assert len(bef5.cells) == 8
    assert bef5.cells[:2] == (
        Cell((("KØN", "M"), ("FODLAND", "5101"), ("Tid", "2018")), 7016.0),
        Cell((("KØN", "M"), ("FODLAND", "5101"), ("Tid", "2019")), 7095.0),
    )


def test_row_major_order_list_index_and_null_values():
    table = parse_jsonstat((FIXTURES / "dst/NEET1__jsonstat_with_null.json").read_bytes())
    assert [(c.code("BOPOMR"), c.code("STATUSNEET"), c.code("Tid"), c.value, c.flag) for c in table.cells] == [
        ("730", "00", "2022", 10500.0, None),
        ("730", "00", "2023", 10600.0, None),
        ("730", "10", "2022", 1240.0, None),
        ("730", "10", "2023", None, "missing"),
        ("000", "00", "2022", 618000.0, None),
        ("000", "00", "2023", 617000.0, None),
        ("000", "10", "2022", 59300.0, None),
        ("000", "10", "2023", 58900.0, None),
    ]
