"""axe-core on every public page: no WCAG 2.1 A/AA violations; every control reachable by keyboard."""

import json

import pytest

from tests.conftest import REPO
from tests.e2e.conftest import screenshot

AXE = REPO / "pejling" / "dashboard" / "static" / "vendor" / "axe" / "axe.min.js"
PAGES = [
    "/",
    "/maalsaetning/1/",
    "/maal/1.1/",
    "/maal/5.3/",
    "/sammenligning/",
    "/sammenligning/?gruppe=naboer",
    "/om-metoden/",
    "/en/",
    "/en/maal/1.1/",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_wcag_violations(site, page, path):
    if not AXE.exists():
        pytest.skip("axe-core is not installed (make installs it from frontend/)")
    page.goto(f"{site}{path}")
    page.wait_for_load_state("networkidle")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    violations = [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]
    screenshot(page, "axe" + path.replace("/", "_"))
    assert violations == [], json.dumps(violations, indent=1)


def test_every_control_is_reachable_and_usable_by_keyboard(site, page):
    page.goto(f"{site}/maalsaetning/1/")
    links = page.evaluate("() => Array.from(document.querySelectorAll('a[href], button, summary')).length")
    reached = []
    for _ in range(links + 5):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("() => document.activeElement.outerHTML.slice(0, 80)"))
    assert reached[0].startswith('<a class="skipnav"')
    focusable = page.evaluate(
        "() => Array.from(document.querySelectorAll('a[href], button, summary')).map(e => e.outerHTML.slice(0, 80))"
    )
    assert set(focusable) <= set(reached)
    page.goto(f"{site}/maalsaetning/1/")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.textContent.includes('skal nedbringes markant')"):
            break
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site}/maal/1.1/")
    page.keyboard.press("Tab")
    for _ in range(60):
        if page.evaluate("() => document.activeElement.tagName") == "SUMMARY":
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.parentElement.open") is True
