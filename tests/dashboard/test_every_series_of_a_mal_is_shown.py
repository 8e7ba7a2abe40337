"""A Mål measured by several series shows all of them (Mål 2.1's 16-29 series was fetched but never shown)."""

import pytest

from pejling.plans.queries import current_bindings
from pejling.stats.indicators import binding_points
from pejling.stats.runner import sync_all
from tests.dashboard.conftest import page_html
from tests.stats.conftest import Clock

pytestmark = pytest.mark.django_db
BOTH = ("auk01-andel-overfoersel", "auk01-andel-16-29")


def _latest(binding_id):
    binding = next(b for _, b in current_bindings() if b.id == binding_id)
    points = {int(p.period): p.value for p in binding_points(binding, area="730") if p.value is not None}
    year = max(points)
    return year, f"{points[year]:.2f}".replace(".", ",")


def test_both_series_of_mal_2_1(client, randers_loaded, statbank_client):
    wanted = [(k, b) for k, b in current_bindings() if b.id in BOTH]
    sync_all(wanted, statbank=statbank_client, jobindsats=None, now=Clock())
    html = page_html(client, "/maal/2.1/")
    table = html.split('data-testid="every-series"')[1].split("</table>")[0]
    sample = "Eksempeldata fra Pejlings testserver — ikke tal fra Danmarks Statistik"
    for binding_id, label, main in (
        (
            BOTH[0],
            "Offentligt forsørgede uden SU-modtagere (fuldtidsmodtagere) i pct. af befolkningen 16 år til "
            "folkepensionsalderen",
            " (hovedserie)",
        ),
        (
            BOTH[1],
            "Offentligt forsørgede unge 16-29 år uden SU-modtagere (fuldtidsmodtagere) i pct. af de 16-29-årige",
            "",
        ),
    ):
        year, value = _latest(binding_id)
        assert f'<tr><th scope="row">{label}{main}</th><td>{value} pct. ({year})</td><td>{sample}</td></tr>' in table
    assert 'data-testid="every-series"' not in page_html(client, "/maal/1.1/")  # one series: no table
