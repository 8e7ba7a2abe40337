"""The comparison page compares: Mål by Mål, Randers' latest value against the default group's mean, the
statistical neighbours' mean and the country, with its rank (all computed by hand here from the stored
indicator values); the neighbours with the values of their structural variables, what each is most and least
alike in, and the change in the list since the year before, named."""

import pytest

from pejling.lib.geography import MUNICIPALITY_CODES, area_name
from pejling.plans.queries import current_bindings
from pejling.progress.models import PeerSet
from pejling.stats.indicators import binding_points
from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db


def _values(binding_id: str) -> dict[str, dict[int, float]]:
    binding = next(b for _, b in current_bindings() if b.id == binding_id)
    out: dict[str, dict[int, float]] = {}
    for point in binding_points(binding):
        if point.value is not None:
            out.setdefault(point.area, {})[int(point.period)] = point.value
    return out


def _danish(value: float, decimals: int = 2) -> str:
    return f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def _mean(values, codes, year):
    present = [values[c][year] for c in codes if year in values.get(c, {})]
    return sum(present) / len(present)


def test_mal_1_1_against_group_neighbours_and_country(client, with_neighbours):
    plan_file = with_neighbours
    values = _values("bu43-udsatte-0-22")
    group = next(g for g in plan_file.comparison_groups if g.id == "provinsbykommuner")
    peers = [p["area"] for p in PeerSet.objects.get(area="730").peers]
    in_2024 = {c: v[2024] for c, v in values.items() if c in MUNICIPALITY_CODES and 2024 in v}
    place = 1 + sum(v < in_2024["730"] for v in in_2024.values())
    html = page_html(client, "/sammenligning/")
    table = html.split('data-testid="target-table"')[1].split("</table>")[0]
    assert (
        '<th scope="col">Mål</th><th scope="col">År</th><th scope="col">Randers</th>'
        '<th scope="col">Provinsbykommuner (DST&#x27;s kommunegrupper)</th>'
        '<th scope="col">Statistiske naboer</th><th scope="col">Hele landet</th><th scope="col">Placering</th>'
    ) in table
    text = next(t.text for g in plan_file.goals for t in g.targets if t.id == "1.1")
    assert (
        f'<tr><th scope="row"><a href="/maal/1.1/">1.1</a> {text}</th><td>2024</td>'
        f"<td>{_danish(in_2024['730'])} pct.</td><td>{_danish(_mean(values, group.members, 2024))}</td>"
        f"<td>{_danish(_mean(values, peers, 2024))}</td><td>{_danish(values['000'][2024])}</td>"
        f"<td>nr. {place} af {len(in_2024)}</td></tr>"
    ) in table
    assert "<caption>Randers&#x27; seneste værdi for hvert Mål" in html  # the Danish genitive of a name in -s


def test_the_neighbours_with_their_structure_and_why(client, with_neighbours):
    peer_set = PeerSet.objects.get(area="730")
    html = page_html(client, "/sammenligning/?gruppe=naboer")
    table = html.split('data-testid="neighbours"')[1].split("</table>")[0]
    population = _values("peer-befolkning")
    own = population["730"][peer_set.year]
    assert f'<tr><th scope="row">Randers</th><td>—</td><td>{_danish(own, 0)}</td>' in table
    first = peer_set.peers[0]
    ordered = sorted(first["why"], key=lambda k: first["why"][k])
    labels = {"peer-befolkning": "Folketal (log)", "peer-taethed": "Indbyggere pr. km² (log)"}
    labels |= {"peer-andel-0-17": "Andel 0-17 år", "peer-andel-65-plus": "Andel 65 år og derover"}
    labels |= {"peer-andel-80-plus": "Andel 80 år og derover"}
    most = ", ".join(labels[k] for k in ordered[:2])
    least = ", ".join(labels[k] for k in ordered[::-1][:2])
    row = (
        f'<tr><th scope="row">{first["name"]}</th><td>{_danish(first["distance"], 3)}</td>'
        f"<td>{_danish(population[first['area']][peer_set.year], 0)}</td>"
    )
    assert row in table
    assert f"<td>{most}</td><td>{least}</td></tr>" in table.split(row)[1].split("</tr>")[0] + "</tr>"


def test_a_change_in_the_neighbours_is_explained(client, with_neighbours):
    stability = PeerSet.objects.get(area="730").stability
    new, gone = [area_name(a) for a in stability["new"]], [area_name(a) for a in stability["gone"]]
    year = PeerSet.objects.get(area="730").year
    html = page_html(client, "/sammenligning/?gruppe=naboer")
    change = html.split('<p data-testid="peer-change">')[1].split("</p>")[0]
    assert change.startswith(
        f"{len(new)} af 10 naboer er nye i {year} i forhold til {year - 1}. "
        f"Kommet til: {', '.join(new)}. Faldet ud: {', '.join(gone)}. Naboerne beregnes hvert år"
    )
    english = page_html(client, "/en/sammenligning/?gruppe=naboer")
    assert f"Joined: {', '.join(new)}. Left: {', '.join(gone)}." in english
