"""Two replicas of ``cndp-guard serve`` (2 workers and 1) on one PostgreSQL keep one audit log.

Three processes answer the same route; their records interleave in one hash chain that
verifies offline and holds every answered request. A consent withdrawn through one
replica refuses the subject's next request on the other.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psycopg
import pytest

from compliance.api import create_api_token
from compliance.demo.upstream import create_demo_upstream
from compliance.store import make_engine, upgrade
from tests.conftest import EXE, PG_ADMIN, LoopbackServer, serve

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

REQUESTS = 96


@pytest.fixture
def database() -> Iterator[str]:
    """A schema of its own: the audit chain must hold this test's records only."""
    schema = f"cg_replicas_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    yield f"{PG_ADMIN}?options=-csearch_path%3D{schema}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def chat(http: httpx.Client, url: str, request_id: str, subject: str) -> httpx.Response:
    return http.post(
        f"{url}/llm/v1/chat/completions",
        json={"model": "m", "messages": [{"role": "user", "content": "Je suis Salma Bennani."}]},
        headers={"X-Request-Id": request_id, "X-Subject-Id": subject},
        timeout=30,
    )


def test_replicas_and_workers_share_one_verifying_audit_log_and_the_ledger(
    tmp_path: Path, database: str
) -> None:
    engine = make_engine(database)
    upgrade(engine)
    token = create_api_token(engine=engine, name="crm", scopes=("consents:write",))
    engine.dispose()
    with LoopbackServer(create_demo_upstream(echo_to_stderr=False)) as upstream:
        config = tmp_path / "cndp.yaml"
        config.write_text(
            f"routes:\n  llm:\n    upstream: {upstream.url}\n    country: MA\n"
            f"database: {database}\nkey_file: {tmp_path}/keys/master.key\n"
            # proxy tokens are tested in test_proxy_auth.py
            "proxy:\n  auth: none\n"
            "audit:\n  checkpoint_every: 16\n"
        )
        # The first replica creates the key files; the second reads the same ones.
        with (
            serve(config, workers=2, log=tmp_path / "first.log") as replica_a,
            serve(config, workers=1, log=tmp_path / "second.log") as replica_b,
        ):
            first, second = urls = (replica_a.url, replica_b.url)

            def send(n: int) -> tuple[str, int]:
                request_id = uuid.uuid4().hex
                with httpx.Client() as http:
                    response = chat(http, urls[n % 2], request_id, f"customer-{n % 7}")
                # The trail holds the sidecar's own request id (never the caller's text).
                return response.headers.get("x-request-id", ""), response.status_code

            with ThreadPoolExecutor(8) as pool:
                answered = list(pool.map(send, range(REQUESTS)))
            assert [status for _, status in answered] == [200] * REQUESTS

            withdrawn = httpx.post(
                f"{first}/api/v1/consents",
                json={
                    "subject": "customer-3",
                    "purpose": "assistant",
                    "state": "withdrawn",
                    "source": "crm",
                },
                headers={"Authorization": f"Bearer {token}"},
                timeout=10,
            )
            assert withdrawn.status_code == 201, withdrawn.text
            with httpx.Client() as http:
                deadline = time.monotonic() + 5
                while (
                    refused := chat(http, second, uuid.uuid4().hex, "customer-3")
                ).status_code != 403:
                    assert refused.status_code == 200
                    assert time.monotonic() < deadline, "the other replica never saw the withdrawal"
                    time.sleep(0.1)
            assert "consent.withdrawn" in refused.json()["error"]["reasons"]

    export = tmp_path / "export"
    subprocess.run(
        [EXE, "audit", "export", "--out", str(export), "--config", str(config)],
        capture_output=True,
        timeout=120,
        check=True,
    )
    verify = subprocess.run(
        [sys.executable, "-m", "audit", "verify", str(export)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    records = [json.loads(line) for line in (export / "records.jsonl").read_text().splitlines()]
    seqs = [r["seq"] for r in records]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # one chain, no fork, no gap
    audited = {r["body"].get("request_id") for r in records}
    assert {request_id for request_id, _ in answered} <= audited
