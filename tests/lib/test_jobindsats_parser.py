import json

import pytest

from pejling.lib.geography import MUNICIPALITIES
from pejling.lib.jobindsats.parser import area_code, parse_decimal, parse_v2, rows_from_records
from tests.conftest import shared_path


def test_the_real_y30r21_rows_map_all_98_municipalities():
    path = shared_path("data/real/jobindsats-y30r21/Y30R21-api.ndjson")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows_from_records(records, area_column="Area", period_column="Periode", dimension_columns=["Ydelsesgrupper"])
    assert {r.area for r in rows} == {m.code for m in MUNICIPALITIES}
    randers = next(
        r
        for r in rows
        if r.area == "730" and r.period == "2022QMAT04" and r.dims == {"Ydelsesgrupper": "Ydelsesgrupper i alt"}
    )
    prefix = "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: "
    assert randers.measures[prefix + "Faktisk andel (pct.)"] == 10.08
    assert randers.measures[prefix + "Forventet andel (pct.)"] == 10.05
    assert randers.measures["Placering på benchmarkranglisten"] == 57.0


def test_the_v2_variables_and_data_shape_with_real_rows():
    path = shared_path("data/real/jobindsats-y30r21/Y30R21-api.ndjson")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:3]]
    labels = list(records[0])
    body = json.dumps(
        [{"Variables": [{"Label": label} for label in labels], "Data": [list(r.values()) for r in records]}]
    )
    rows = parse_v2(body)
    assert [(r.area, r.period, r.dims) for r in rows] == [
        ("101", "2020QMAT02", {"Ydelsesgrupper": "Ydelsesgrupper i alt"}),
        ("101", "2020QMAT02", {"Ydelsesgrupper": "A-dagpenge mv."}),
        ("101", "2020QMAT02", {"Ydelsesgrupper": "Sygedagpenge mv."}),
    ]
    assert rows[0].measures["Placering på benchmarkranglisten"] == 63.0
    assert (
        rows[0].measures["Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.)"]
        == 9.28
    )


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Århus", "751"),
        ("Aarhus", "751"),
        ("Nordfyns", "480"),
        ("Vesthimmerlands", "820"),
        ("Lyngby-Taarbæk", "173"),
        ("Ringkøbing-Skjern", "760"),
        ("Hele landet", "000"),
        ("Randers Kommune", "730"),
        ("Atlantis", None),
    ],
)
def test_area_names(name, code):
    assert area_code(name) == code


def test_decimals():
    assert parse_decimal("9,28") == 9.28
    assert parse_decimal("1.234,5") == 1234.5
    assert parse_decimal(57) == 57.0
    assert parse_decimal("..") is None
