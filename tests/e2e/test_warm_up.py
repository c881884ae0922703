"""A request that reaches the sidecar while it loads its models waits for them.

With several workers on one socket, the kernel may hand a connection to a worker still
warming up although ``/readyz`` (answered by another) said ready: that request is
answered once the models are loaded, not refused; ``ready_wait_seconds: 0`` refuses it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from compliance.demo.upstream import create_demo_upstream
from tests.conftest import LoopbackServer, serve

pytestmark = pytest.mark.slow

BODY = {"model": "m", "messages": [{"role": "user", "content": "Je suis Salma Bennani."}]}


@contextmanager
def alive_but_warming(tmp_path: Path, upstream: str, extra: str = "") -> Iterator[str]:
    """A started sidecar, returned as soon as /healthz answers and /readyz does not."""
    config = tmp_path / "cndp.yaml"
    config.write_text(
        f"routes:\n  llm:\n    upstream: {upstream}\n    country: MA\n"
        f"database: sqlite:///{tmp_path}/cndp.db\nkey_file: {tmp_path}/keys/master.key\n" + extra
    )
    with serve(config, until="/healthz") as served:
        assert httpx.get(f"{served.url}/readyz", timeout=1).status_code == 503  # still warming
        yield served.url


def test_a_request_during_warm_up_is_answered_once_the_models_are_loaded(
    tmp_path: Path,
) -> None:
    with (
        LoopbackServer(create_demo_upstream(echo_to_stderr=False)) as upstream,
        alive_but_warming(tmp_path, upstream.url) as url,
    ):
        response = httpx.post(f"{url}/llm/v1/chat/completions", json=BODY, timeout=60)
        ready = httpx.get(f"{url}/readyz", timeout=1).status_code
    assert response.status_code == 200, response.text
    assert "Salma Bennani" in response.text  # detected, pseudonymized, restored
    assert ready == 200


def test_with_no_wait_a_request_during_warm_up_gets_503_not_ready(tmp_path: Path) -> None:
    with (
        LoopbackServer(create_demo_upstream(echo_to_stderr=False)) as upstream,
        alive_but_warming(tmp_path, upstream.url, "ready_wait_seconds: 0\n") as url,
    ):
        response = httpx.post(f"{url}/llm/v1/chat/completions", json=BODY, timeout=60)
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "not_ready"
