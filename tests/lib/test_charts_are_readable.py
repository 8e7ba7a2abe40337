"""Charts people can read: 12 px text, the legend below the plot with names never cut, the base year and the
target labelled in words, the ranking naming the municipality with its rank and saying which end is best,
the chart's words in the page's language, and counts of areas of different sizes compared as an index."""

import pytest

from pejling.lib.charts import ChartText, as_index, is_count, rank_chart, trend_chart

ENGLISH = ChartText(
    *[
        "Year",
        "Value",
        "Series",
        "Municipality",
        "Base year",
        "Target",
        "The municipalities from best (left) to worst (right)",
    ]
)


def _trend(text=ENGLISH):
    return trend_chart(
        {"Randers": {2020: 3.4, 2021: 3.3}, "Whole country": {2020: 3.6, 2021: 3.5}},
        unit="pct.",
        description="Children over time",
        base_year=2021,
        target=(2035, 2.5),
        text=text,
    )


def test_text_is_12_px_and_the_legend_sits_below():
    config = _trend()["config"]
    assert config["axis"] == {"labelFontSize": 12, "titleFontSize": 12}
    assert config["legend"]["orient"] == "bottom" and config["legend"]["labelLimit"] == 0
    assert config["text"] == {"fontSize": 12}


def test_base_year_and_target_are_labelled_in_the_pages_language():
    layers = _trend()["layer"]
    labels = [layer["data"]["values"][0]["label"] for layer in layers if layer["mark"]["type"] == "text"]
    assert labels == ["Base year 2021", "Target 2035"]
    line = next(layer for layer in layers if layer["mark"]["type"] == "line")["encoding"]
    assert line["x"]["title"] == "Year"
    assert [t["title"] for t in line["tooltip"]] == ["Series", "Year", "pct."]
    danish = [layer for layer in _trend(ChartText())["layer"] if layer["mark"]["type"] == "text"]
    assert [layer["data"]["values"][0]["label"] for layer in danish] == ["Basisår 2021", "Mål 2035"]


def test_the_ranking_names_the_municipality_and_the_better_end():
    spec = rank_chart(
        {"730": 3.1, "101": 2.0, "751": 4.0, "461": 3.1},
        {"730": "Randers", "101": "København", "751": "Aarhus", "461": "Odense"},
        highlight="730",
        better="lower",
        unit="pct.",
        description="All municipalities",
        text=ENGLISH,
    )
    rows = {row["code"]: row for row in spec["data"]["values"]}
    assert [(c, rows[c]["position"], rows[c]["rank"]) for c in ("101", "461", "730", "751")] == [
        ("101", 0, 1),
        ("461", 1, 2),
        ("730", 2, 2),  # tied with Odense: the same rank
        ("751", 3, 4),
    ]
    assert rows["730"]["label"] == "Randers: 2/4" and rows["101"]["label"] == ""
    bars, label = spec["layer"]
    assert bars["encoding"]["x"]["title"] == "The municipalities from best (left) to worst (right)"
    assert bars["encoding"]["x"]["sort"] == {"field": "position", "op": "min", "order": "ascending"}
    assert bars["encoding"]["y"]["title"] == "pct."
    assert label["transform"] == [{"filter": "datum.code === '730'"}]
    higher = rank_chart({"1": 1.0, "2": 2.0}, {}, highlight="1", better="higher", description="d")
    assert [row["code"] for row in higher["data"]["values"]] == ["2", "1"]  # best first when higher is better


@pytest.mark.parametrize(
    ("unit", "count"),
    [
        ("virksomheder", True),
        ("job", True),
        ("personer", True),
        ("pct.", False),
        ("pr. 1.000 indbyggere", False),
        ("indbyggere pr. km²", False),
        ("år", False),
    ],
)
def test_which_units_are_counts(unit, count):
    assert is_count(unit) is count


def test_counts_are_compared_as_an_index_from_the_base_year():
    indexed = as_index({"Randers": {2020: 200.0, 2021: 210.0}, "Hele landet": {2020: 10000.0, 2021: 10100.0}}, 2020)
    assert indexed == (2020, {"Randers": {2020: 100.0, 2021: 105.0}, "Hele landet": {2020: 100.0, 2021: 101.0}})
    assert as_index({"A": {2019: 4.0, 2020: 5.0, 2021: 6.0}}, 2024)[0] == 2021  # the latest year before the base
    assert as_index({"A": {2019: 4.0, 2020: 5.0}, "B": {2020: 2.0}}, 2024) == (
        2020,
        {"A": {2019: 80.0, 2020: 100.0}, "B": {2020: 100.0}},
    )
    assert as_index({"A": {2025: 4.0}, "B": {2025: 2.0}}, 2024) == (2025, {"A": {2025: 100.0}, "B": {2025: 100.0}})
