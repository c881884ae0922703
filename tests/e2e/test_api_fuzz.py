"""Schemathesis against the sidecar's own OpenAPI document: no input makes it answer 500."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from compliance.api import create_api_token
from compliance.store import make_engine

pytestmark = pytest.mark.slow

SCOPES = (
    "consents:read",
    "consents:write",
    "portal:link",
    "rights:read",
    "rights:write",
    "subjects:export",
)


def test_no_generated_request_gets_a_500(sidecar, tmp_path: Path) -> None:
    with sidecar() as url:
        engine = make_engine(f"sqlite:///{tmp_path}/cndp.db")
        token = create_api_token(engine=engine, name="fuzz", scopes=SCOPES)
        engine.dispose()
        schema = schemathesis.openapi.from_url(f"{url}/openapi.json")
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
