"""PostgreSQL going away mid-traffic: requests fail closed (503), then recover by themselves."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import httpx
import psycopg
import pytest

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

CHAT = {"model": "echo-1", "messages": [{"role": "user", "content": "Je m'appelle Salma Bennani"}]}


def _cluster(action: str) -> None:
    version = sorted(p.name for p in Path("/etc/postgresql").iterdir())[-1]
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action],
        check=True,
        capture_output=True,
        timeout=60,
    )


def _wait_for_postgres(seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_postgres_stopped_mid_traffic_fails_closed_and_recovers_without_restart(
    sidecar, upstream, pg_url
) -> None:
    _, received = upstream
    with sidecar(database=pg_url) as url:

        def chat(subject: str) -> httpx.Response:
            return httpx.post(
                f"{url}/llm/v1/chat/completions",
                json=CHAT,
                headers={"X-Subject-Id": subject},
                timeout=30,
            )

        before = chat("subject-a")
        _cluster("stop")
        try:
            during = [chat("subject-a"), chat("subject-b")]  # known and new subject
        finally:
            _cluster("start")
            _wait_for_postgres()
        after = [chat("subject-a"), chat("subject-b")]
    assert before.status_code == 200
    assert [r.status_code for r in during] == [503, 503]
    assert {r.json()["error"]["code"] for r in during} <= {
        "audit_unavailable",
        "consent_unavailable",
        "crypto_unavailable",
        "key_provider_unavailable",
        "store_unavailable",
    }
    assert [r.status_code for r in after] == [200, 200]
    assert len(received) == 3  # nothing left while the audit trail was unavailable
