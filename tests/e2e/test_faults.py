"""The upstream misbehaving mid-flight: clean errors, a consistent audit trail."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
        routes = conn.execute(
            text("SELECT route, allow FROM audit_record WHERE event = 'decision'")
        ).all()
        completions = conn.execute(
            text("SELECT route FROM audit_record WHERE event = 'completion'")
        ).all()
    engine.dispose()
    assert routes == [("broken", True)]
    # The decision is completed in the trail: the answer broke off after leaving.
    assert completions == [("broken",)]


def test_upstream_down_slow_and_broken_leave_a_chain_that_verifies_with_each_decision(
    sidecar, tmp_path
) -> None:
    plain = {**CHAT, "stream": False}
    with sidecar() as url:
        statuses = {
            "down": httpx.post(f"{url}/down/v1/chat/completions", json=plain, timeout=10),
            "slow": httpx.post(f"{url}/slow/v1/chat/completions", json=plain, timeout=10),
            "llm": httpx.post(f"{url}/llm/v1/chat/completions", json=plain, timeout=10),
        }
        with httpx.stream(
            "POST", f"{url}/broken/v1/chat/completions", json=CHAT, timeout=10
        ) as response:
            broken_events = [line for line in response.iter_lines() if line.startswith("data: ")]
    assert {name: r.status_code for name, r in statuses.items()} == {
        "down": 502,
        "slow": 504,
        "llm": 200,
    }
    assert statuses["down"].json()["error"]["code"] == "upstream_unreachable"
    assert statuses["slow"].json()["error"]["code"] == "upstream_timeout"
    assert "upstream_stream_broken" in broken_events[-1]
    engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
    with engine.connect() as conn:
        routes = sorted(
            r
            for (r,) in conn.execute(
                text("SELECT route FROM audit_record WHERE event = 'decision'")
            )
        )
        completed = sorted(
            (r, json.loads(b)["outcome"])
            for (r, b) in conn.execute(
                text("SELECT route, body FROM audit_record WHERE event = 'completion'")
            )
        )
    engine.dispose()
    assert routes == ["broken", "down", "llm", "slow"]  # each decision once, before egress
    # and each failure after it is told: nothing left for "down", maybe for the others
    assert completed == [
        ("broken", "upstream_failed"),
        ("down", "not_forwarded"),
        ("slow", "upstream_failed"),
    ]
    config = tmp_path / "verify.yaml"
    config.write_text(
        "routes:\n  llm:\n    upstream: http://127.0.0.1:9\n    country: MA\n"
        f"database: sqlite:///{tmp_path}/cndp.db\nkey_file: {tmp_path}/keys/master.key\n"
    )
    verify = subprocess.run(
        [
            str(Path(sys.executable).parent / "cndp-guard"),
            "audit",
            "verify",
            "--database",
            "--config",
            str(config),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
