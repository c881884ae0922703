"""Real loopback servers: the demo upstream (the AI model double) and the sidecar."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import StreamingResponse

from compliance.api import create_api_token
from compliance.app import create_app
from compliance.core.settings import parse_settings
from compliance.demo.upstream import create_demo_upstream
from compliance.detect import PresidioDetector
from compliance.store import make_engine, upgrade
from tests.conftest import LoopbackServer, free_port


@pytest.fixture(scope="session")
def detector() -> PresidioDetector:
    detector = PresidioDetector()
    detector.warm_up()
    return detector


@pytest.fixture(scope="session")
def upstream() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """The echo model, recording every body that crossed the boundary."""
    received: list[dict[str, Any]] = []
    with LoopbackServer(create_demo_upstream(received=received)) as server:
        yield server.url, received


@pytest.fixture(scope="session")
def slow_upstream() -> Iterator[str]:
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def slow() -> dict[str, str]:
        await asyncio.sleep(3)
        return {}

    with LoopbackServer(app) as server:
        yield server.url


@pytest.fixture(scope="session")
def broken_upstream() -> Iterator[str]:
    """A model that starts an SSE answer, then drops the connection mid-stream."""
    app = FastAPI()

    async def chunks() -> AsyncIterator[bytes]:
        chunk = {
            "id": "x",
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"content": "Bonjour <PER"}, "finish_reason": None}],
        }
        yield b"data: " + json.dumps(chunk).encode() + b"\n\n"
        await asyncio.sleep(0.05)
        raise RuntimeError("connection reset by the model")

    @app.post("/v1/chat/completions")
    async def stream() -> StreamingResponse:
        return StreamingResponse(chunks(), media_type="text/event-stream")

    with LoopbackServer(app) as server:
        yield server.url


SidecarFactory = Callable[..., Any]


@pytest.fixture
def sidecar(
    detector: PresidioDetector,
    upstream: tuple[str, list[dict[str, Any]]],
    slow_upstream: str,
    broken_upstream: str,
    tmp_path: Path,
) -> SidecarFactory:
    """Start a sidecar on loopback: ``with sidecar(**settings_overrides) as url: ...``."""
    upstream_url, received = upstream

    @contextmanager
    def start(**overrides: Any) -> Iterator[str]:
        document: dict[str, Any] = {
            "routes": {
                "llm": {"upstream": upstream_url, "country": "MA"},
                "eu": {"upstream": upstream_url, "country": "FR"},
                "us": {"upstream": upstream_url, "country": "US"},
                "down": {"upstream": f"http://127.0.0.1:{free_port()}", "country": "MA"},
                "slow": {"upstream": slow_upstream, "country": "MA", "timeout_seconds": 0.5},
                "broken": {"upstream": broken_upstream, "country": "MA"},
                "forms": {"upstream": upstream_url, "country": "MA", "kind": "json"},
            },
            "database": f"sqlite:///{tmp_path}/cndp.db",
            "key_file": str(tmp_path / "keys" / "master.key"),
            # Application tokens are the subject of test_proxy_auth.py and the boundary
            # suite; the other tests call the routes without one.
            "proxy": {"auth": "none"},
            **overrides,
        }
        app = create_app(parse_settings(document), detector=detector)
        received.clear()
        with LoopbackServer(app) as server:
            deadline = time.monotonic() + 60
            while httpx.get(f"{server.url}/readyz").status_code != 200:
                assert time.monotonic() < deadline, "sidecar never became ready"
                time.sleep(0.05)
            yield server.url

    return start


@pytest.fixture
def mint_token(tmp_path: Path) -> Callable[..., str]:
    """``mint_token("metrics:read")``: a token in the database of this test's sidecar.

    Works before the sidecar starts too, as ``cndp-guard tokens create`` does.
    """

    def mint(*scopes: str) -> str:
        engine = make_engine(f"sqlite:///{tmp_path}/cndp.db")
        try:
            upgrade(engine)
            return create_api_token(engine=engine, name="e2e", scopes=scopes)
        finally:
            engine.dispose()

    return mint
