"""The Mål page's starting position, computed by hand from the stored indicator values: Randers' value and rank
in the base year, the gap to the country, and the verdict on that gap's trend over the ten years before."""

import pytest
from scipy import stats  # type: ignore[import-untyped]

from pejling.lib.geography import MUNICIPALITY_CODES
from pejling.plans.queries import current_bindings
from pejling.stats.indicators import binding_points
from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db


def _values():
    binding = next(b for _, b in current_bindings() if b.id == "bu43-udsatte-0-22")
    out: dict[str, dict[int, float]] = {}
    for point in binding_points(binding):
        if point.value is not None:
            out.setdefault(point.area, {})[int(point.period)] = point.value
    return out


def _number(value):
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def test_the_starting_position_of_mal_1_1(client, randers_assessed):
    values = _values()
    mine, country = values["730"], values["000"]
    in_2024 = {code: v[2024] for code, v in values.items() if code in MUNICIPALITY_CODES and 2024 in v}
    place = 1 + sum(v < mine[2024] for v in in_2024.values())  # down is better: lower values rank first
    html = page_html(client, "/maal/1.1/")
    section = html.split('data-testid="starting-position"')[1].split("</section>")[0]
    assert (
        f"I 2024 var værdien {_number(mine[2024])} pct.: nr. {place} af {len(in_2024)} kommuner (1 = bedst)." in section
    )
    gap = mine[2024] - country[2024]
    years = [y for y in range(2014, 2025) if y in mine and y in country]
    fitted = stats.linregress(years, [mine[y] - country[y] for y in years])
    half = stats.t.ppf(0.95, len(years) - 2) * fitted.stderr
    level = sum(abs(country[y]) for y in years) / len(years)
    side = sum(mine[y] - country[y] for y in years) / len(years)

    def verdict(slope):
        if abs(slope) <= 0.005 * level:
            return "afstanden er uændret"
        return "afstanden er vokset" if (slope > 0) == (side >= 0) else "afstanden er mindsket"

    low, high = verdict(fitted.slope - half), verdict(fitted.slope + half)
    expected = low if low == high else "uafklaret: intervallet spænder over to udfald"
    relative = f"{gap / country[2024] * 100:.2f}".replace(".", ",")
    side_word = "bagud" if gap > 0 else "foran"
    row = (
        f'<tr><th scope="row">Hele landet</th><td>{_number(country[2024])}</td><td>{_number(gap)} pct. '
        f"({relative} %) — {side_word}</td><td>{expected} ({years[0]}–{years[-1]})</td></tr>"
    )
    assert row in section
    assert "det er ikke en vurdering af fremdrift" in section


def test_in_english(client, randers_assessed):
    html = page_html(client, "/en/maal/1.1/")
    assert "<h2>Starting position before the plan</h2>" in html
    assert "it is not an assessment of progress" in html
