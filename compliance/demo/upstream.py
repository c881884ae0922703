"""``cndp-guard demo-upstream``: an OpenAI-compatible echo model.

It answers with exactly what it received, so a demo (or a test) shows what
crossed the sidecar's boundary: chat answers echo the text of the messages,
completions echo the prompt, embeddings are deterministic vectors of the input.
A last message starting with ``/tool NAME`` makes it answer with a tool call to
NAME whose arguments are ``{"text": <rest of the message>}``. Streamed answers
are cut every ``chunk_chars`` characters, which splits pseudonym tokens across
chunks on purpose.
"""

from __future__ import annotations

import hashlib
import json
import struct
import sys
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

MODEL = "echo-1"


def _message_text(message: dict[str, Any]) -> str:
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def _vector(text: str, dimensions: int) -> list[float]:
    out: list[float] = []
    counter = 0
    while len(out) < dimensions:
        block = hashlib.sha256(f"{counter}:{text}".encode()).digest()
        out.extend((v / 2**31) - 1.0 for v in struct.unpack(">8I", block))
        counter += 1
    norm = sum(v * v for v in out[:dimensions]) ** 0.5 or 1.0
    return [round(v / norm, 6) for v in out[:dimensions]]


def _chunks(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def create_demo_upstream(
    *,
    chunk_chars: int = 5,
    received: list[dict[str, Any]] | None = None,
    echo_to_stderr: bool = False,
) -> FastAPI:
    """The echo model. ``received`` (if given) collects every request body it gets;
    ``echo_to_stderr`` prints each one (for demos: it shows what left the sidecar)."""
    app = FastAPI(title="cndp-guard demo upstream")

    def record(body: dict[str, Any]) -> None:
        if received is not None:
            received.append(body)
        if echo_to_stderr:
            # What crossed the sidecar's boundary, shown to the person running the demo.
            sys.stderr.write("[echo model] received " + json.dumps(body, ensure_ascii=False) + "\n")

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {
            "object": "list",
            "data": [{"id": MODEL, "object": "model", "owned_by": "cndp-guard"}],
        }

    @app.post("/v1/chat/completions", response_model=None)
    async def chat(request: Request) -> JSONResponse | StreamingResponse:
        body = await request.json()
        record(body)
        messages = body.get("messages") or []
        text = "\n".join(_message_text(m) for m in messages if isinstance(m, dict))
        last = _message_text(messages[-1]) if messages else ""
        tool_call: dict[str, Any] | None = None
        if last.startswith("/tool "):
            name, _, rest = last[6:].partition(" ")
            arguments = json.dumps({"text": rest}, ensure_ascii=False)
            tool_call = {
                "id": "call_echo",
                "type": "function",
                "function": {"name": name, "arguments": arguments},
            }
        created = int(time.time())
        base = {"id": "chatcmpl-echo", "created": created, "model": body.get("model", MODEL)}
        if body.get("stream"):
            return StreamingResponse(
                _stream_chat(base, text, tool_call, chunk_chars), media_type="text/event-stream"
            )
        message: dict[str, Any] = {"role": "assistant", "content": None if tool_call else text}
        if tool_call:
            message["tool_calls"] = [tool_call]
        return JSONResponse(
            {
                **base,
                "object": "chat.completion",
                "choices": [
                    {
                        "index": 0,
                        "message": message,
                        "finish_reason": "tool_calls" if tool_call else "stop",
                    }
                ],
                "usage": {
                    "prompt_tokens": len(text.split()),
                    "completion_tokens": 0,
                    "total_tokens": len(text.split()),
                },
            }
        )

    @app.post("/v1/completions", response_model=None)
    async def completions(request: Request) -> JSONResponse | StreamingResponse:
        body = await request.json()
        record(body)
        prompt = body.get("prompt", "")
        text = prompt if isinstance(prompt, str) else "\n".join(str(p) for p in prompt)
        base = {"id": "cmpl-echo", "created": int(time.time()), "model": body.get("model", MODEL)}
        if body.get("stream"):
            return StreamingResponse(
                _stream_completion(base, text, chunk_chars), media_type="text/event-stream"
            )
        return JSONResponse(
            {
                **base,
                "object": "text_completion",
                "choices": [{"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}],
            }
        )

    @app.post("/v1/embeddings")
    async def embeddings(request: Request) -> dict[str, Any]:
        body = await request.json()
        record(body)
        inputs = body.get("input", "")
        items = [inputs] if isinstance(inputs, str) else list(inputs)
        dimensions = int(body.get("dimensions") or 16)
        return {
            "object": "list",
            "model": body.get("model", MODEL),
            "data": [
                {"object": "embedding", "index": i, "embedding": _vector(str(t), dimensions)}
                for i, t in enumerate(items)
            ],
            "usage": {"prompt_tokens": 0, "total_tokens": 0},
        }

    @app.post("/{path:path}")
    async def echo_json(request: Request) -> dict[str, Any]:
        """Generic JSON routes: the body comes back as it arrived."""
        body = await request.json()
        record(body)
        return {"received": body}

    return app


def _sse(document: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(document, ensure_ascii=False).encode() + b"\n\n"


async def _stream_chat(
    base: dict[str, Any], text: str, tool_call: dict[str, Any] | None, chunk_chars: int
) -> AsyncIterator[bytes]:
    chunk = {**base, "object": "chat.completion.chunk"}
    yield _sse(
        {
            **chunk,
            "choices": [
                {"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}
            ],
        }
    )
    if tool_call:
        function = tool_call["function"]
        head = {
            "index": 0,
            "id": tool_call["id"],
            "type": "function",
            "function": {"name": function["name"], "arguments": ""},
        }
        yield _sse(
            {
                **chunk,
                "choices": [{"index": 0, "delta": {"tool_calls": [head]}, "finish_reason": None}],
            }
        )
        for piece in _chunks(function["arguments"], chunk_chars):
            call = {"index": 0, "function": {"arguments": piece}}
            yield _sse(
                {
                    **chunk,
                    "choices": [
                        {"index": 0, "delta": {"tool_calls": [call]}, "finish_reason": None}
                    ],
                }
            )
        finish = "tool_calls"
    else:
        for piece in _chunks(text, chunk_chars):
            yield _sse(
                {
                    **chunk,
                    "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
                }
            )
        finish = "stop"
    yield _sse({**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
    yield b"data: [DONE]\n\n"


async def _stream_completion(
    base: dict[str, Any], text: str, chunk_chars: int
) -> AsyncIterator[bytes]:
    chunk = {**base, "object": "text_completion"}
    for piece in _chunks(text, chunk_chars):
        yield _sse(
            {
                **chunk,
                "choices": [{"index": 0, "text": piece, "finish_reason": None, "logprobs": None}],
            }
        )
    yield _sse(
        {**chunk, "choices": [{"index": 0, "text": "", "finish_reason": "stop", "logprobs": None}]}
    )
    yield b"data: [DONE]\n\n"
