"""One provenance builder for every figure shown: producer, licence, table address, citation."""

from pejling.lib.sources import provenance


def test_an_official_figure_and_a_derived_one():
    assert provenance("statbank", "AUK01") == {
        "producer": "Danmarks Statistik",
        "licence": "CC BY 4.0",
        "table": "AUK01",
        "table_url": "https://www.statbank.dk/AUK01",
        "citation": "Kilde: Danmarks Statistik",
    }
    assert provenance("statbank", "AUK01", derived=True)["citation"] == (
        "Egne beregninger baseret på Danmarks Statistik"
    )


def test_local_data_have_no_table_page():
    local = provenance("local", "csr-job")
    assert (local["table_url"], local["citation"]) == ("", "Kilde: kommunens egne opgørelser")
