"""/metrics: Prometheus text with request metrics and Pejling's own; readable only by those the settings name."""

import pytest
from prometheus_client.parser import text_string_to_metric_families

from pejling.progress.models import Assessment

pytestmark = pytest.mark.django_db


def _samples(text):
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def test_only_the_token_or_a_direct_local_request_may_read(client, settings):
    settings.PEJLING_METRICS_TOKEN = "hemmelig-token-1234"
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="10.1.2.3").status_code == 403
    via_front = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    assert client.get("/metrics", **via_front).status_code == 403
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer forkert", **via_front).status_code == 403
    allowed = client.get("/metrics", HTTP_AUTHORIZATION="Bearer hemmelig-token-1234", **via_front)
    assert allowed.status_code == 200
    assert allowed["Content-Type"].startswith("text/plain; version=")
    settings.PEJLING_METRICS_ALLOW = ["10.1.0.0/16"]
    assert client.get("/metrics", REMOTE_ADDR="10.1.2.3").status_code == 200


def test_pejling_metrics_after_a_sync_and_an_assessment(client, randers_assessed):
    client.get("/om-metoden/")
    samples = _samples(client.get("/metrics", REMOTE_ADDR="127.0.0.1").content.decode())
    assert (
        samples[
            (
                "pejling_sync_binding_result",
                (("binding", "randers-fremtidens-randers:bu43-udsatte-0-22"), ("result", "fetched")),
            )
        ]
        == 1
    )
    assert (
        samples[
            (
                "pejling_sync_binding_result",
                (("binding", "randers-fremtidens-randers:bu43-udsatte-0-22"), ("result", "failed")),
            )
        ]
        == 0
    )
    as_of = Assessment.objects.order_by("-as_of").values_list("as_of", flat=True).first()
    expected = {}
    for status in Assessment.objects.filter(as_of=as_of).values_list("status", flat=True):
        expected[status] = expected.get(status, 0) + 1
    got = {dict(labels)["status"]: v for (name, labels), v in samples.items() if name == "pejling_assessments"}
    assert got == expected and sum(got.values()) == 1470
    ages = {dict(labels)["table"] for (name, labels), _ in samples.items() if name == "pejling_table_data_age_seconds"}
    assert ages == {"BU43", "NEET3", "BEV107", "HISBK"}
    assert any(name == "django_http_requests_total_by_method_total" for name, _ in samples)
