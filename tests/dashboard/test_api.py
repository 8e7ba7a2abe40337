"""The JSON API: a valid OpenAPI document, every endpoint in its documented shape, one error shape."""

import pytest
from openapi_spec_validator import validate

pytestmark = pytest.mark.django_db
SLUG = "randers-fremtidens-randers"


def test_the_openapi_document_validates(client, db):
    document = client.get("/api/openapi.json").json()
    validate(document)
    assert {
        "/api/plans",
        "/api/plans/{slug}/goals",
        "/api/plans/{slug}/targets",
        "/api/series/{table}",
        "/api/plans/{slug}/assessments",
        "/api/plans/{slug}/peers",
        "/api/plans/{slug}/initiatives",
        "/api/plans/{slug}/reports",
        "/api/reports/{report_id}",
        "/api/plans/{slug}/input",
    } == set(document["paths"])


def _schema_keys(document, path):
    response = document["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    name = response["$ref"].rsplit("/", 1)[1]
    items = document["components"]["schemas"][name]["properties"]["items"]["items"]["$ref"].rsplit("/", 1)[1]
    return set(document["components"]["schemas"][items]["properties"])


ENDPOINTS = [
    ("/api/plans", "/api/plans"),
    ("/api/plans/{slug}/goals", f"/api/plans/{SLUG}/goals"),
    ("/api/plans/{slug}/targets", f"/api/plans/{SLUG}/targets"),
    ("/api/series/{table}", "/api/series/BU43?area=730"),
    ("/api/plans/{slug}/assessments", f"/api/plans/{SLUG}/assessments"),
    ("/api/plans/{slug}/initiatives", f"/api/plans/{SLUG}/initiatives"),
    ("/api/plans/{slug}/input", f"/api/plans/{SLUG}/input"),
]


def test_every_endpoint_answers_in_its_documented_shape(client, randers_assessed):
    document = client.get("/api/openapi.json").json()
    for path, url in ENDPOINTS:  # one database set-up for all (it costs seconds)
        body = client.get(url).json()
        assert set(body) == {"items", "count"}, url
        assert body["count"] > 0, url
        assert set(body["items"][0]) == _schema_keys(document, path), url


def test_pagination_and_content(client, randers_assessed):
    body = client.get(f"/api/plans/{SLUG}/targets?limit=2&offset=3").json()
    assert body["count"] == 15
    assert [t["id"] for t in body["items"]] == ["1.4", "1.5"]
    assert body["items"][0]["interpretation_label"] == "Fortolkning — ikke politisk vedtaget"
    series = client.get("/api/series/BU43?area=730&limit=1").json()
    assert series["items"][0]["provenance"]["licence"] == "ingen — eksempeldata"  # the fake


def test_one_error_shape(client, db):
    assert client.get("/api/plans/nope/goals").json() == {
        "error": {
            "status": 404,
            "code": "api.not_found",
            "message": "ingen plan med id 'nope' / no plan with id 'nope'",
        }
    }
    bad = client.get("/api/series/BU43?area=999")
    assert bad.status_code == 422
    assert bad.json() == {
        "error": {"status": 422, "code": "data.unknown_area", "message": "ukendt område / unknown area '999'"}
    }
    invalid = client.get("/api/plans/x/assessments?as_of=not-a-date")
    assert invalid.status_code == 422 and invalid.json()["error"]["code"] == "api.invalid"


def test_the_peers_endpoint_in_its_documented_shape(client, randers_assessed):
    from datetime import date

    from pejling.plans.models import PlanVersion
    from pejling.progress.models import PeerSet

    version = PlanVersion.objects.get()
    PeerSet.objects.create(
        plan_version=version,
        as_of=date(2026, 11, 28),
        year=2024,
        area="730",
        peers=[
            {"area": "615", "name": "Horsens", "distance": 0.1, "raw_distance": 0.5, "why": {"peer-befolkning": 1.0}}
        ],
        stability={"turnover": 0.2},
    )
    document = client.get("/api/openapi.json").json()
    body = client.get(f"/api/plans/{SLUG}/peers?area=730").json()
    assert body["count"] == 1
    assert set(body["items"][0]) == _schema_keys(document, "/api/plans/{slug}/peers")
    assert body["items"][0]["peers"][0]["name"] == "Horsens"
