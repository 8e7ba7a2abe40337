from datetime import UTC, datetime

from pejling.lib.statbank.tableinfo import parse_tableinfo
from tests.conftest import shared_path


def _folk1a():
    return parse_tableinfo(shared_path("data/api-samples/dst_tableinfo_FOLK1A_lang-da.json").read_bytes())


def test_the_real_folk1a_tableinfo():
    info = _folk1a()
    assert (info.id, info.unit, info.suppressed_value) == ("FOLK1A", "Antal", "0")
    assert info.updated == datetime(2025, 8, 11, 8, 0, tzinfo=UTC)
    assert [v.id for v in info.variables] == ["OMRÅDE", "KØN", "ALDER", "CIVILSTAND", "Tid"]
    area = info.variable("område")
    assert area is not None and len(area.values) == 105
    assert area.values["730"] == "Randers"
    assert list(info.variable("KØN").values) == ["TOT", "1", "2"]
    time = info.time_variable
    assert time is not None and (next(iter(time.values)), list(time.values)[-1]) == ("2008K1", "2025K3")


def test_selection_problems_name_table_variable_and_code():
    info = _folk1a()
    assert info.selection_problems({"KØN": ["TOT"], "ALDER": ["16", "*"], "Tid": [">=2020K1"]}) == []
    assert info.selection_problems({"KØN": ["T0T"], "ALDR": ["16"]}) == [
        "tabel FOLK1A, variabel KØN: koden 'T0T' findes ikke / code 'T0T' does not exist",
        "tabel FOLK1A: variablen ALDR findes ikke / variable ALDR does not exist "
        "(findes / exists: OMRÅDE, KØN, ALDER, CIVILSTAND, Tid)",
    ]
