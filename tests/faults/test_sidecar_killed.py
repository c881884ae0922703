"""The sidecar killed with SIGKILL mid-load: on restart the audit log verifies, nothing acknowledged is lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
import uuid
from pathlib import Path

import httpx
import pytest

from compliance.demo.upstream import create_demo_upstream
from tests.conftest import EXE, LoopbackServer, free_port, serve

pytestmark = pytest.mark.slow


def test_sidecar_killed_mid_load_restarts_with_a_verifying_audit_log(tmp_path: Path) -> None:
    with LoopbackServer(create_demo_upstream()) as upstream:
        config = tmp_path / "cndp.yaml"
        config.write_text(
            f"routes:\n  llm:\n    upstream: {upstream.url}\n    country: MA\n"
            f"database: sqlite:///{tmp_path}/cndp.db\nkey_file: {tmp_path}/keys/master.key\n"
            # proxy tokens are tested in test_proxy_auth.py
            "proxy:\n  auth: none\n"
            "audit:\n  checkpoint_every: 5\n"
        )
        port = free_port()
        with serve(config, port=port) as first:  # its exit reaps the killed process
            acknowledged: list[str] = []
            stop = threading.Event()

            def client(n: int) -> None:
                with httpx.Client(timeout=10) as http:
                    i = 0
                    while not stop.is_set() and i < 500:
                        request_id = uuid.uuid4().hex
                        body = {
                            "model": "m",
                            "messages": [
                                {
                                    "role": "user",
                                    "content": f"Je m'appelle Salma Bennani, tour {n}-{i}",
                                }
                            ],
                        }
                        try:
                            response = http.post(
                                f"http://127.0.0.1:{port}/llm/v1/chat/completions",
                                json=body,
                                headers={"X-Request-Id": request_id},
                            )
                        except httpx.TransportError:
                            return  # the sidecar is gone
                        if response.status_code == 200:
                            # The trail holds the sidecar's own id, not the caller's.
                            acknowledged.append(response.headers["x-request-id"])
                        i += 1

            threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
            for thread in threads:
                thread.start()
            deadline = time.monotonic() + 30
            while len(acknowledged) < 40 and time.monotonic() < deadline:
                time.sleep(0.05)
            os.kill(first.process.pid, signal.SIGKILL)
            stop.set()
            for thread in threads:
                thread.join(15)
        assert len(acknowledged) >= 40

        with serve(config, port=port) as restarted:
            after = httpx.post(
                f"{restarted.url}/llm/v1/chat/completions",
                json={"model": "m", "messages": [{"role": "user", "content": "Bonjour"}]},
                timeout=10,
            )
        assert after.status_code == 200
    verify = subprocess.run(
        [EXE, "audit", "verify", "--database", "--config", str(config), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    export = tmp_path / "export"
    subprocess.run(
        [EXE, "audit", "export", "--out", str(export), "--config", str(config)],
        capture_output=True,
        timeout=120,
        check=True,
    )
    records = [json.loads(line) for line in (export / "records.jsonl").read_text().splitlines()]
    audited = {r["body"].get("request_id") for r in records}
    assert set(acknowledged) <= audited  # every answered request was audited before egress
