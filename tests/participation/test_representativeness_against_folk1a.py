"""Representativeness beside every summary of input: the contributions' age bands against the municipality's
population by band from FOLK1A (fetched as a reference series by the sync, here from the fake StatBank), their
postal codes, and the sentence naming the most over-represented group — shares computed by hand below."""

from __future__ import annotations

import pytest

from pejling.lib.fakestat.server import FakeConfig, FakeStatBankServer
from pejling.lib.statbank.client import StatBankClient
from pejling.participation.population import by_age_band, requests
from pejling.stats.runner import sync_all
from tests.participation.helpers import published
from tests.staff_fixtures import NOW
from tests.stats.conftest import Clock

pytestmark = pytest.mark.django_db
# The fake StatBank's FOLK1A for Randers (730), 2026K3, summed per band by the API's sum(): 100,777 in all.
POPULATION = {"0-17": 23107.0, "18-29": 15405.0, "30-49": 25675.0, "50-64": 18835.0, "65+": 17755.0}


@pytest.fixture
def population(randers_loaded):
    server = FakeStatBankServer(config=FakeConfig())
    server.start_in_thread()
    try:
        client = StatBankClient(server.url, requests_per_second=1e6)
        run, _ = sync_all([], statbank=client, jobindsats=None, now=Clock(), references=requests())
    finally:
        server.stop()
    assert run.report == []


def test_the_population_is_fetched_per_band_with_its_provenance(population):
    found = by_age_band("730")
    assert found is not None and (found.by_band, found.period) == (POPULATION, "2026K3")
    assert found.provenance["citation"] == "Eksempeldata fra Pejlings testserver — ikke tal fra Danmarks Statistik"


def test_shares_beside_the_population_and_the_sentence(client, population, staff):
    for n, (age, post) in enumerate([("30-49", "8900"), ("30-49", "8900"), ("18-29", "8940"), ("", "")]):
        published(staff["moderator"], NOW, email=f"p{n}@example.dk", age_band=age, postal_code=post)
    page = client.get("/maal/1.1/").content.decode()
    block = page.split('data-testid="representation"')[1].split("</div>\n</section>")[0]
    assert "Bidragene kommer især fra 30–49-årige i postnummer 8900." in block
    # 30–49: 2 of the 3 who stated an age (66,67 %) against 25,675 / 100,777 = 25,48 % of the population
    assert (
        '<th scope="row">30–49</th><td class="text-align-right">2</td><td class="text-align-right">66,67 %</td><td class="text-align-right">25,48 %</td>'
        in block
    )
    # 18–29: 1 of 3 (33,33 %) against 15,405 / 100,777 = 15,29 %
    assert (
        '<th scope="row">18–29</th><td class="text-align-right">1</td><td class="text-align-right">33,33 %</td><td class="text-align-right">15,29 %</td>'
        in block
    )
    assert (
        '<th scope="row">8940</th><td class="text-align-right">1</td><td class="text-align-right">33,33 %</td>' in block
    )
    assert "Ud af 4 bidrag oplyste 1 ikke alder og 1 ikke postnummer." in block
    assert (
        "Befolkningen: Eksempeldata fra Pejlings testserver — ikke tal fra Danmarks Statistik, tabel FOLK1A, 2026K3"
        in block
    )
    ledger = client.get("/inddragelse/randers-fremtidens-randers/maalsaetning/1/i-sagde-vi-gjorde/").content.decode()
    assert "Bidragene kommer især fra 30–49-årige i postnummer 8900." in ledger


def test_without_the_population_the_shares_stand_alone(client, randers_loaded, staff):
    published(staff["moderator"], NOW, age_band="65+")
    block = client.get("/maal/1.1/").content.decode().split('data-testid="representation"')[1]
    assert (
        '<th scope="row">65+</th><td class="text-align-right">1</td><td class="text-align-right">100,00 %</td><td class="text-align-right">—</td>'
        in block
    )
    assert "Befolkningen efter alder er endnu ikke hentet (pejling sync)." in block
    assert "Bidragene kommer især fra" not in block  # no population: nothing to be over-represented against
