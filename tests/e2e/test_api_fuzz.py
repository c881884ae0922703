"""Schemathesis against the sidecar's own OpenAPI document: no input makes it answer 500.

The document is the one ``cndp-guard openapi`` prints (the sidecar does not serve
it by default); the requests go to a live sidecar over loopback.
"""

from __future__ import annotations

from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from compliance.api import SCOPES
from compliance.openapi import openapi_document

pytestmark = pytest.mark.slow


def test_no_generated_request_gets_a_500(sidecar, mint_token) -> None:
    token = mint_token(*SCOPES)
    with sidecar() as url:
        schema = schemathesis.openapi.from_dict(openapi_document())
        failures: list[str] = []
        statuses: Counter[int] = Counter()
        for result in schema.get_all_operations():
            operation = result.ok()

            @settings(
                max_examples=25,
                deadline=None,
                derandomize=True,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            @given(case=operation.as_strategy())
            def exercise(case: schemathesis.Case) -> None:
                response = case.call(base_url=url, headers={"Authorization": f"Bearer {token}"})
                statuses[response.status_code] += 1
                if response.status_code == 500:
                    failures.append(f"{case.method} {case.formatted_path} -> 500")

            exercise()
    assert failures == []
    assert sum(statuses.values()) >= 200  # it really exercised the API
    assert any(200 <= status < 300 for status in statuses)  # with a token that works
