"""At 390 px and 360 px no public page is wider than the screen: wide tables scroll in their own box and charts
take their container's width (the målsætning pages were 965 px wide)."""

import pytest

from tests.e2e.conftest import screenshot

PAGES = [
    "/",
    "/maalsaetning/1/",
    "/maalsaetning/4/",
    "/initiativ/1.i1/",
    "/maal/1.1/",
    "/maal/1.3/",
    "/maal/5.3/",
    "/sammenligning/",
    "/sammenligning/?gruppe=naboer",
    "/om-metoden/",
    "/rapporter/",
    "/rapporter/tjek/",
    "/findes-ikke/",
]


@pytest.mark.parametrize("width", [390, 360])
def test_no_public_page_is_wider_than_a_phone(browser, site_with_report, width):
    site = site_with_report
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        for path in PAGES + ["/en" + p for p in PAGES]:
            page.goto(site + path)
            page.wait_for_load_state("networkidle")
            wide = page.evaluate("document.documentElement.scrollWidth")
            name = path.strip("/").replace("/", "-").replace("?gruppe=", "-") or "forside"
            if width == 390 or wide > width:
                screenshot(page, f"phone-{width}-{name}")  # kept in test-artifacts/ for review
            assert wide <= width, f"{path} is {wide} px wide at {width} px"
    finally:
        context.close()
