"""Forside → målsætning → Mål → a download, in Danish and in English, in a real browser."""

from pathlib import Path

import pytest

from tests.e2e.conftest import screenshot


@pytest.mark.parametrize(
    ("prefix", "goal_link", "download_text"),
    [("", "1. Færre børn og unge", "CSV"), ("/en", "1. Færre børn og unge", "CSV")],
)
def test_from_the_front_page_to_a_download(site, page, prefix, goal_link, download_text):
    page.goto(f"{site}{prefix}/")
    assert page.locator("h1").inner_text() == "Strategisk plan for Fremtidens Randers Kommune"
    screenshot(page, f"forside{prefix.replace('/', '-')}")
    page.get_by_role("link", name=goal_link).click()
    page.wait_for_url(f"{site}{prefix}/maalsaetning/1/")
    page.get_by_role("link", name="Andelen af børn der lever i udsathed skal nedbringes markant").click()
    page.wait_for_url(f"{site}{prefix}/maal/1.1/")
    page.wait_for_selector("[data-vega-spec='spec-main'] svg")  # the chart rendered
    screenshot(page, f"maal-1.1{prefix.replace('/', '-')}")
    with page.expect_download() as info:
        page.get_by_role("link", name=download_text, exact=True).click()
    download = info.value
    assert download.suggested_filename == "pejling-maal-1.1.csv"
    text = Path(download.path()).read_text(encoding="utf-8-sig")
    assert "Eksempeldata fra Pejlings testserver — ikke tal fra Danmarks Statistik" in text  # the fake server
    assert "Kilde: Danmarks Statistik" not in text
