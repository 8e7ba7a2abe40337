"""TRACE and other methods are refused; OPTIONS lists the methods without sending the page."""

import pytest

pytestmark = pytest.mark.django_db


def test_trace_is_refused_and_options_sends_no_page(client):
    for path in ("/", "/maal/1.1/", "/api/plans", "/admin/login/"):
        trace = client.generic("TRACE", path)
        assert trace.status_code == 405, path
        assert trace["Allow"] == "GET, HEAD, POST, OPTIONS"
        options = client.options(path)
        assert (options.status_code, options.content, options["Allow"]) == (200, b"", "GET, HEAD, POST, OPTIONS")
    assert client.generic("PROPFIND", "/").status_code == 405
