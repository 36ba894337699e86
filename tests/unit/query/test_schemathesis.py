"""Property-based API test: requests generated from the app's own OpenAPI schema, in-process.

Schemathesis (PyPI ``schemathesis``) reads ``/openapi.json`` and generates valid and invalid
parameter values for every GET operation; no answer may be a server error, and every answer
must match its documented shape. Examples are bounded so the file runs in well under a minute.
(Its ``from_fixture`` pytest loader does not run under pytest 9, so each operation's Hypothesis
strategy is driven directly.)
"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")
from hypothesis import HealthCheck, given, settings  # noqa: E402

FILTERED = ["/api/articles", "/api/events", "/api/actors", "/api/network", "/api/timeline",
            "/api/places"]
OPERATIONS = ["/api/stats", "/api/articles/{article_id}"] + FILTERED
#: Invalid values only exist where parameters are constrained (the filtered listings).
CASES = [(path, "positive") for path in OPERATIONS] + [(path, "negative") for path in FILTERED]


@pytest.fixture(scope="module")
def api_schema(api_db):
    from eventwire.query.api import create_app

    return schemathesis.openapi.from_asgi("/openapi.json", create_app(api_db))


def test_schemathesis_covers_every_operation(api_schema):
    paths = {op.ok().path for op in api_schema.get_all_operations()}
    assert paths == set(OPERATIONS)


@pytest.mark.parametrize("path, mode", CASES)
def test_schemathesis_no_server_error(api_schema, path, mode):
    from schemathesis.generation.modes import GenerationMode

    operation = api_schema[path]["GET"]
    statuses: list[int] = []

    @given(case=operation.as_strategy(GenerationMode(mode)))
    @settings(max_examples=15, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case):
        response = case.call_and_validate()
        statuses.append(response.status_code)
        assert response.status_code < 500

    check()
    assert statuses
