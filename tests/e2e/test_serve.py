"""``cndp-guard serve`` as operators run it (uvicorn, httptools, uvloop, 2 workers) is hardened.

Each worker rebuilds the app from the settings ``serve`` hands it: the limits, the
metrics token and the hidden documentation must hold in every one of them.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import EXE, free_port, serve

pytestmark = pytest.mark.slow


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    config = tmp_path / "cndp.yaml"
    config.write_text(
        f"routes:\n  llm:\n    upstream: http://127.0.0.1:{free_port()}\n    country: MA\n"
        f"database: sqlite:///{tmp_path}/cndp.db\nkey_file: {tmp_path}/keys/master.key\n"
        # proxy tokens are tested in test_proxy_auth.py
        "proxy:\n  auth: none\n"
        "limits:\n  max_header_bytes: 4096\n"
    )
    with serve(config, workers=2, until="/healthz", timeout=60) as served:
        yield served.url, config


def test_served_sidecar_guards_metrics_hides_docs_and_limits_headers(served) -> None:
    url, config = served
    token = subprocess.run(
        [
            EXE,
            "tokens",
            "create",
            "--name",
            "prom",
            "--scope",
            "metrics:read",
            "--config",
            str(config),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Several requests each, so that both workers answer some.
    with httpx.Client(base_url=url, timeout=10) as client:
        for _ in range(6):
            health = client.get("/healthz")
            assert health.json() == {"status": "ok"}
            assert "server" not in health.headers
            assert client.get("/metrics").status_code == 401
            scraped = client.get("/metrics", headers={"Authorization": f"Bearer {token}"})
            assert scraped.status_code == 200
            assert "cndp_guard_stage_seconds" in scraped.text
            assert client.get("/openapi.json", follow_redirects=True).status_code in (404, 405)
            big = client.get("/healthz", headers={"X-Big": "x" * 4096})
            assert big.status_code == 431
            assert big.json()["error"]["code"] == "headers_too_large"
