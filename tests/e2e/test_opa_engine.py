"""With ``policy.engine: opa`` the sidecar asks the server, and fails closed when it is gone."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import LoopbackServer
from tests.e2e.opa_double import create_opa_double

pytestmark = pytest.mark.slow

CHAT = {"model": "echo-1", "messages": [{"role": "user", "content": "Je m'appelle Salma Bennani"}]}


def test_opa_server_down_mid_traffic_fails_closed_with_503(sidecar, upstream) -> None:
    _, received = upstream
    opa = LoopbackServer(create_opa_double())
    with opa, sidecar(policy={"engine": "opa", "url": opa.url}) as url:
        allowed = httpx.post(f"{url}/llm/v1/chat/completions", json=CHAT, timeout=10)
        denied = httpx.post(f"{url}/us/v1/chat/completions", json=CHAT, timeout=10)
        opa.__exit__(None, None, None)  # the OPA server goes away while the sidecar runs
        down = httpx.post(f"{url}/llm/v1/chat/completions", json=CHAT, timeout=10)
    assert allowed.status_code == 200
    assert "Salma Bennani" in allowed.json()["choices"][0]["message"]["content"]
    assert denied.status_code == 403
    assert "cross_border.not_adequate" in denied.json()["error"]["reasons"]
    assert down.status_code == 503
    assert down.json()["error"]["code"] == "policy_unavailable"
    assert len(received) == 1
