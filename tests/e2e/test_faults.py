"""The upstream misbehaving mid-flight: clean errors, a consistent audit trail."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import create_engine, text

pytestmark = pytest.mark.slow

CHAT = {
    "model": "echo-1",
    "stream": True,
    "messages": [{"role": "user", "content": "Je m'appelle Youssef El Amrani"}],
}


def test_upstream_reset_mid_stream_ends_with_an_error_event_and_the_decision_is_audited(
    sidecar, tmp_path
) -> None:
    with (
        sidecar() as url,
        httpx.stream(
            "POST", f"{url}/broken/v1/chat/completions", json=CHAT, timeout=10
        ) as response,
    ):
        assert response.status_code == 200
        events = [line[6:] for line in response.iter_lines() if line.startswith("data: ")]
    assert json.loads(events[-1])["error"]["code"] == "upstream_stream_broken"
    assert "Youssef" not in "".join(events)
    engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
    with engine.connect() as conn:
        routes = conn.execute(text("SELECT route, allow FROM audit_record")).all()
    engine.dispose()
    assert routes == [("broken", True)]
