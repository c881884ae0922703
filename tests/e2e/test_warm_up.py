"""A request that reaches the sidecar while it loads its models waits for them.

With several workers on one socket, the kernel may hand a connection to a worker still
warming up although ``/readyz`` (answered by another) said ready: that request is
answered once the models are loaded, not refused; ``ready_wait_seconds: 0`` refuses it.

The sidecar is held in warm-up by the test hook ``testing.hold_warm_up_until`` until the
test creates a file: what the tests see during warm-up does not depend on how fast the
machine loads the models (they used to race it with a 1 s probe).
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from compliance.demo.upstream import create_demo_upstream
from tests.conftest import LoopbackServer, serve

pytestmark = pytest.mark.slow

BODY = {"model": "m", "messages": [{"role": "user", "content": "Je suis Salma Bennani."}]}
# Bounds, not synchronization: a healthy run is far below them.
PATIENCE = 120.0


@contextmanager
def held_in_warm_up(tmp_path: Path, upstream: str, extra: str = "") -> Iterator[tuple[str, Path]]:
    """A started sidecar whose warm-up waits for the returned file to exist."""
    release = tmp_path / "release-warm-up"
    config = tmp_path / "cndp.yaml"
    config.write_text(
        f"routes:\n  llm:\n    upstream: {upstream}\n    country: MA\n"
        f"database: sqlite:///{tmp_path}/cndp.db\nkey_file: {tmp_path}/keys/master.key\n"
        # proxy tokens are tested in test_proxy_auth.py
        "proxy:\n  auth: none\n"
        f"testing:\n  hold_warm_up_until: {release}\n" + extra
    )
    with serve(config, until="/healthz") as served:
        # Held: not ready, however fast or loaded the machine is.
        assert httpx.get(f"{served.url}/readyz", timeout=PATIENCE).status_code == 503
        yield served.url, release


def test_a_request_during_warm_up_is_answered_once_the_models_are_loaded(
    tmp_path: Path,
) -> None:
    with (
        LoopbackServer(create_demo_upstream(echo_to_stderr=False)) as upstream,
        held_in_warm_up(tmp_path, upstream.url, "ready_wait_seconds: 300\n") as (url, release),
        ThreadPoolExecutor(max_workers=1) as pool,
    ):
        pending = pool.submit(
            httpx.post, f"{url}/llm/v1/chat/completions", json=BODY, timeout=PATIENCE
        )
        # The sidecar cannot answer while held: it waits for the models.
        assert httpx.get(f"{url}/readyz", timeout=PATIENCE).status_code == 503
        assert not pending.done()
        release.touch()
        response = pending.result()
        ready = httpx.get(f"{url}/readyz", timeout=PATIENCE).status_code
    assert response.status_code == 200, response.text
    assert "Salma Bennani" in response.text  # detected, pseudonymized, restored
    assert ready == 200


def test_with_no_wait_a_request_during_warm_up_gets_503_not_ready(tmp_path: Path) -> None:
    with (
        LoopbackServer(create_demo_upstream(echo_to_stderr=False)) as upstream,
        held_in_warm_up(tmp_path, upstream.url, "ready_wait_seconds: 0\n") as (url, _release),
    ):
        response = httpx.post(f"{url}/llm/v1/chat/completions", json=BODY, timeout=PATIENCE)
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "not_ready"
