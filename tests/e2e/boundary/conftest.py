"""A recording upstream (the AI model double) and a sidecar in front of it."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from compliance.api import create_api_token
from compliance.app import create_app
from compliance.core.settings import parse_settings
from compliance.detect import PresidioDetector
from compliance.store import make_engine, upgrade
from tests.conftest import LoopbackServer
from tests.e2e.boundary.canaries import Wire


class RecordingUpstream:
    """Answers like an OpenAI-compatible server and keeps every request's bytes."""

    def __init__(self) -> None:
        self.wires: list[Wire] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        body = await request.body()
        self.wires.append(
            Wire(
                request.method,
                scope["path"] + "?" + scope["query_string"].decode(),
                [(k, v) for k, v in request.headers.items()],
                body,
            )
        )
        response = self._answer(scope["path"], body)
        await response(scope, receive, send)

    def _answer(self, path: str, body: bytes) -> Response:
        payload = json.loads(body) if body else {}
        stream = isinstance(payload, dict) and payload.get("stream") is True
        if path.endswith("/chat/completions"):
            if stream:
                return StreamingResponse(_chat_stream(), media_type="text/event-stream")
            return JSONResponse(
                {
                    "id": "c1",
                    "object": "chat.completion",
                    "created": 1,
                    "model": "m",
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": "ok"},
                            "finish_reason": "stop",
                        }
                    ],
                }
            )
        if path.endswith("/completions"):
            return JSONResponse(
                {
                    "id": "c1",
                    "object": "text_completion",
                    "created": 1,
                    "model": "m",
                    "choices": [{"index": 0, "text": "ok", "finish_reason": "stop"}],
                }
            )
        if path.endswith("/embeddings"):
            items = payload.get("input") if isinstance(payload, dict) else None
            count = len(items) if isinstance(items, list) else 1
            return JSONResponse(
                {
                    "object": "list",
                    "model": "m",
                    "data": [
                        {"object": "embedding", "index": i, "embedding": [0.0, 1.0]}
                        for i in range(count)
                    ],
                    "usage": {"prompt_tokens": 1, "total_tokens": 1},
                }
            )
        if path.endswith("/responses"):
            if stream:
                return StreamingResponse(_response_stream(), media_type="text/event-stream")
            return JSONResponse(_response_object("ok"))
        if "/models" in path:
            return JSONResponse({"id": "m", "object": "model", "created": 1, "owned_by": "x"})
        return JSONResponse({"ok": True})


def _response_object(text: str) -> dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "status": "completed",
        "model": "m",
        "output": [
            {
                "type": "message",
                "id": "msg_1",
                "status": "completed",
                "role": "assistant",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            }
        ],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
    }


async def _chat_stream() -> Any:
    for piece in ("o", "k"):
        chunk = {
            "id": "c1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
        }
        yield b"data: " + json.dumps(chunk).encode() + b"\n\n"
    yield b"data: [DONE]\n\n"


async def _response_stream() -> Any:
    events = [
        {"type": "response.created", "sequence_number": 0, "response": _response_object("")},
        {
            "type": "response.output_text.delta",
            "sequence_number": 1,
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "delta": "ok",
            "logprobs": [],
        },
        {
            "type": "response.output_text.done",
            "sequence_number": 2,
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "text": "ok",
            "logprobs": [],
        },
        {"type": "response.completed", "sequence_number": 3, "response": _response_object("ok")},
    ]
    for event in events:
        yield f"event: {event['type']}\ndata: {json.dumps(event)}\n\n".encode()


@pytest.fixture(scope="module")
def recording() -> Iterator[tuple[str, RecordingUpstream]]:
    upstream = RecordingUpstream()
    with LoopbackServer(upstream) as server:
        yield server.url, upstream


@pytest.fixture(scope="module")
def boundary_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("boundary")


@pytest.fixture(scope="module")
def app_token(boundary_dir: Path) -> str:
    """The calling application's token (the default ``proxy.auth: token``)."""
    engine = make_engine(f"sqlite:///{boundary_dir}/cndp.db")
    try:
        upgrade(engine)
        return create_api_token(engine=engine, name="boundary", scopes=("proxy:*",))
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def guarded(
    detector: PresidioDetector,
    recording: tuple[str, RecordingUpstream],
    boundary_dir: Path,
    app_token: str,
) -> Iterator[str]:
    """One sidecar for a module's cases: routes at home (MA) and abroad (US), and JSON."""
    url, _ = recording
    tmp = boundary_dir
    document = {
        "routes": {
            "llm": {"upstream": url, "country": "MA"},
            "us": {"upstream": url, "country": "US"},
            "forms": {"upstream": url, "country": "MA", "kind": "json"},
        },
        "database": f"sqlite:///{tmp}/cndp.db",
        "key_file": str(tmp / "keys" / "master.key"),
    }
    app = create_app(parse_settings(document), detector=detector)
    with LoopbackServer(app) as server:
        deadline = time.monotonic() + 60
        while httpx.get(f"{server.url}/readyz").status_code != 200:
            assert time.monotonic() < deadline, "sidecar never became ready"
            time.sleep(0.05)
        yield server.url


Send = Callable[..., tuple[int, list[Wire]]]


@pytest.fixture
def send(guarded: str, recording: tuple[str, RecordingUpstream], app_token: str) -> Send:
    """``status, wires = send(route, endpoint, body, headers=...)``: what left, per request."""
    _, upstream = recording

    def run(
        route: str, endpoint: str, body: Any, *, headers: dict[str, str] | None = None
    ) -> tuple[int, list[Wire]]:
        upstream.wires.clear()
        response = httpx.post(
            f"{guarded}/{route}/{endpoint}",
            content=json.dumps(body, ensure_ascii=False).encode(),
            headers={
                "content-type": "application/json",
                "authorization": f"Bearer {app_token}",
                **(headers or {}),
            },
            timeout=60,
        )
        return response.status_code, list(upstream.wires)

    return run
