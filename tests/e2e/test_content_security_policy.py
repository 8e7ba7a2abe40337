"""Every public page works under the enforced Content-Security-Policy: no violation, and the charts draw."""

from tests.e2e.test_accessibility import PAGES

COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push({directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile,
                               line: e.lineNumber, sample: e.sample});
});
"""


def test_no_policy_violation_on_any_public_page_and_the_charts_render(site, page):
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(COLLECT_VIOLATIONS)
    found = {}
    charts = {}
    for path in [*PAGES, "/api/docs"]:
        response = page.goto(f"{site}{path}")
        assert response is not None and "script-src 'self'" in response.headers["content-security-policy"], path
        assert "report-only" not in " ".join(response.headers), path
        page.wait_for_load_state("networkidle")
        found[path] = page.evaluate("() => window.__cspViolations")
        charts[path] = page.evaluate(
            "() => Array.from(document.querySelectorAll('[data-vega-spec]')).map(e => !!e.querySelector('svg'))"
        )
    assert {p: v for p, v in found.items() if v} == {}
    assert [m for m in console if "Content Security Policy" in m] == []
    assert charts["/maal/1.1/"] and all(charts["/maal/1.1/"])  # vega-embed drew every chart under the policy
    assert all(all(drawn) for drawn in charts.values()), charts
