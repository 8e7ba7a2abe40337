"""Golden Vega-Lite specs: a change to a published chart must be deliberate.

Regenerate after an intended change with ``PEJLING_UPDATE_GOLDEN=1 make test`` and review the diff.
"""

import json
import os

import pytest

from pejling.lib.charts import map_chart, rank_chart, sparkline, trend_chart
from tests.conftest import FIXTURES

GOLDEN = FIXTURES / "golden" / "charts"

CASES = {
    "trend": lambda: trend_chart(
        {
            "Randers": {2020: 3.4, 2021: 3.3, 2022: 3.1},
            "Hele landet": {2020: 3.6, 2021: 3.6, 2022: 3.5},
            "Provinsbykommuner": {2020: 3.7, 2021: 3.6, 2022: 3.6},
        },
        unit="pct.",
        description="Udsatte børn og unge over tid",
        base_year=2021,
        target=(2035, 2.5),
        projection=[{"year": 2035, "value": 2.8, "low": 2.2, "high": 3.4}],
    ),
    "sparkline": lambda: sparkline({2020: 1.0, 2021: 2.0}, description="Udviklingen"),
    "rank": lambda: rank_chart(
        {"730": 3.1, "101": 2.0, "751": 4.0},
        {"730": "Randers", "101": "København", "751": "Aarhus"},
        highlight="730",
        better="lower",
        description="Alle kommuner",
    ),
    "map": lambda: map_chart(
        {"730": 3.1, "101": 2.0}, "/geo/kommuner.geojson", unit="pct.", description="Kort over kommunerne"
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_spec_matches_its_golden_file(name):
    spec = CASES[name]()
    path = GOLDEN / f"{name}.vl.json"
    if os.environ.get("PEJLING_UPDATE_GOLDEN"):
        path.write_text(json.dumps(spec, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(json.dumps(spec))


def test_every_chart_is_accessible_by_construction():
    for name, build in CASES.items():
        spec = build()
        assert spec["description"], name  # the alt text
    trend = CASES["trend"]()
    line = next(layer for layer in trend["layer"] if layer["mark"]["type"] == "line")["encoding"]
    assert {"color", "strokeDash", "shape"} <= set(line)  # never colour alone
