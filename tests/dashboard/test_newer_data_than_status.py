"""A Mål page says so when a sync brought a newer period than the one its status was computed on, in Danish
and in English, and says nothing once the status is computed on the new data again."""

from datetime import UTC, date, datetime

from django.core.cache import cache

from pejling.lib.bindings import indicator_request
from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_bindings, current_plan_files
from pejling.progress.assess import assess_plan
from pejling.progress.models import Assessment
from pejling.stats.indicators import find_indicator, refresh_indicators, series_for
from pejling.stats.models import Snapshot
from pejling.stats.store import NewCell, store_cells
from tests.dashboard.conftest import page_html

LATER = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def test_a_newer_period_is_announced_until_the_next_assessment(client, randers_assessed):
    [binding] = [b for _, b in current_bindings() if b.id == "bev107-nettotilflytning"]
    indicator = find_indicator(binding)
    assert indicator is not None
    before = int(indicator.latest_period)
    assert "newer-data" not in page_html(client, "/maal/5.3/")

    series = series_for(indicator_request(binding).series()[0][1], LATER)
    snapshot = Snapshot.objects.filter(series=series, kind="data").latest("retrieved_at")
    store_cells(series=series, cells=[NewCell("730", str(before + 1), {}, 123.0)], snapshot=snapshot, now=LATER)
    refresh_indicators([series.pk], LATER)
    cache.clear()
    html = page_html(client, "/maal/5.3/")
    assert (
        f"Der er kommet tal for {before + 1}, siden status blev beregnet pr. 28. november 2026. "
        "Status opdateres ved næste vurdering." in html
    )
    english = page_html(client, "/en/maal/5.3/")
    assert f"Figures for {before + 1} have arrived since the status was computed on" in english

    [(slug, plan_file)] = current_plan_files()
    assess_plan(PlanVersion.objects.get(plan__slug=slug), plan_file, as_of=date(2026, 12, 1), now=LATER)
    assert Assessment.objects.filter(as_of=date(2026, 12, 1), area="730").exists()
    cache.clear()
    assert "newer-data" not in page_html(client, "/maal/5.3/")
