"""axe-core on every public page: no WCAG 2.1 A/AA violations; every control reachable by keyboard."""

import json

import pytest

from tests.conftest import REPO
from tests.e2e.conftest import screenshot

AXE = REPO / "pejling" / "dashboard" / "static" / "vendor" / "axe" / "axe.min.js"
GOALS = ["1", "2", "3", "4", "5"]
TARGETS = ["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "3.1", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3"]
PAGES = (
    ["/", "/sammenligning/", "/sammenligning/?gruppe=naboer", "/sammenligning/?gruppe=6-by", "/om-metoden/"]
    + [f"/maalsaetning/{g}/" for g in GOALS]
    + [f"/maal/{t}/" for t in TARGETS]
    + ["/initiativ/1.i1/", "/initiativ/5.i3/", "/rapporter/", "/rapporter/tjek/"]
    + ["/en/", "/en/maalsaetning/1/", "/en/maal/1.1/", "/en/sammenligning/", "/en/om-metoden/", "/en/initiativ/1.i1/"]
    + ["/en/rapporter/", "/en/rapporter/tjek/"]
)


def test_no_wcag_violations_on_any_public_page(site_with_report, page):
    """One site, every public page: the violations per page must all be empty."""
    site = site_with_report
    if not AXE.exists():
        pytest.skip("axe-core is not installed (make installs it from frontend/)")
    found = {}
    for path in PAGES:
        page.goto(f"{site}{path}")
        page.wait_for_load_state("networkidle")
        page.add_script_tag(url=f"{site}/static/vendor/axe/axe.min.js")  # from the site: the CSP allows it
        result = page.evaluate(
            "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        )
        assert result["passes"], path  # axe really ran and checked something
        found[path] = [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
        ]
        screenshot(page, "axe" + path.replace("/", "_").replace("?", "_"))
    assert {path: v for path, v in found.items() if v} == {}, json.dumps(found, indent=1)


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


def test_every_public_page_is_in_the_list():
    from pejling.lib.planfile.validate import check_plan_file
    from tests.conftest import RANDERS_PLAN

    plan = check_plan_file(RANDERS_PLAN).plan
    assert [g.id for g in plan.goals] == GOALS
    assert [t.id for g in plan.goals for t in g.targets] == TARGETS
