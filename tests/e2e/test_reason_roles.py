"""A refusal is reported as refusals, and what the decision rests on as grounds.

A request to the ``us`` route (not on the CNDP list) is refused for
``cross_border.not_adequate`` and still rests on a contract (``lawful_basis.contract``):
the 403 names the refusal only, ``cndp_guard_denials_total`` counts the refusal only, and
the audit record lists both, each in its own field (the register reads them so).
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from sqlmodel import Session, select

from compliance.store import make_engine
from compliance.store.models import AuditRecord

pytestmark = pytest.mark.slow

CHAT = {"model": "echo-1", "messages": [{"role": "user", "content": "Je suis Salma Bennani."}]}


def test_a_refusal_names_its_refusals_and_keeps_its_grounds_apart(
    sidecar, mint_token, tmp_path: Path
) -> None:
    token = mint_token("metrics:read")
    with sidecar() as url:
        refused = httpx.post(
            f"{url}/us/v1/chat/completions",
            json=CHAT,
            headers={"X-Subject-Id": "customer-9"},
            timeout=30,
        )
        metrics = httpx.get(
            f"{url}/metrics", headers={"Authorization": f"Bearer {token}"}, timeout=30
        ).text
    engine = make_engine(f"sqlite:///{tmp_path}/cndp.db")
    with Session(engine) as session:
        records = [json.loads(body) for body in session.exec(select(AuditRecord.body)).all()]
    engine.dispose()

    assert refused.status_code == 403
    assert refused.json()["error"]["reasons"] == ["cross_border.not_adequate"]
    assert 'cndp_guard_denials_total{reason="cross_border.not_adequate"} 1.0' in metrics
    assert 'reason="lawful_basis.contract"' not in metrics
    [record] = [r for r in records if r.get("event") == "decision"]
    assert record["refusals"] == ["cross_border.not_adequate"]
    assert record["grounds"] == ["lawful_basis.contract"]
