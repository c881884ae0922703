"""A minimal OpenAI-compatible echo model for bench/compare.py.

Like ``cndp-guard demo-upstream`` it answers with what it received, but a streamed
chat answer comes in a fixed number of chunks (``--chunks``), each after
``--chunk-delay-ms`` (a model generating tokens), so the time to first byte of a
stream means the same thing whatever the prompt's length. Embeddings are small
deterministic vectors. Loopback only.

    .venv/bin/python bench/echo_upstream.py --port 9100 [--chunks 32] [--chunk-delay-ms 10]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse


def _text(message: Any) -> str:
    content = message.get("content") if isinstance(message, dict) else None
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return content if isinstance(content, str) else ""


def _sse(document: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(document, ensure_ascii=False).encode() + b"\n\n"


def create_app(*, chunks: int, chunk_delay: float) -> FastAPI:
    app = FastAPI()

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": "echo-1", "object": "model"}]}

    @app.post("/v1/chat/completions", response_model=None)
    async def chat(request: Request) -> dict[str, Any] | StreamingResponse:
        body = await request.json()
        text = "\n".join(_text(m) for m in body.get("messages") or [])
        base = {"id": "chatcmpl-echo", "created": int(time.time()), "model": body.get("model")}
        if body.get("stream"):
            return StreamingResponse(_stream(base, text), media_type="text/event-stream")
        message = {"role": "assistant", "content": text}
        return {
            **base,
            "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        }

    async def _stream(base: dict[str, Any], text: str) -> AsyncIterator[bytes]:
        chunk = {**base, "object": "chat.completion.chunk"}
        role = {"role": "assistant", "content": ""}
        yield _sse({**chunk, "choices": [{"index": 0, "delta": role, "finish_reason": None}]})
        size = -(-len(text) // chunks) or 1
        for start in range(0, chunks * size, size):
            await asyncio.sleep(chunk_delay)
            delta = {"content": text[start : start + size]}
            yield _sse({**chunk, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
        yield _sse({**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        yield b"data: [DONE]\n\n"

    @app.post("/v1/embeddings")
    async def embeddings(request: Request) -> dict[str, Any]:
        body = await request.json()
        inputs = body.get("input", "")
        items = [inputs] if isinstance(inputs, str) else list(inputs)
        data = []
        for index, item in enumerate(items):
            digest = hashlib.sha256(str(item).encode()).digest()
            vector = [round(b / 127.5 - 1.0, 4) for b in digest[:16]]
            data.append({"object": "embedding", "index": index, "embedding": vector})
        return {"object": "list", "model": body.get("model"), "data": data}

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--chunks", type=int, default=32)
    parser.add_argument("--chunk-delay-ms", type=float, default=10.0)
    args = parser.parse_args()
    app = create_app(chunks=args.chunks, chunk_delay=args.chunk_delay_ms / 1000)
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=args.port,
        loop="uvloop",
        http="httptools",
        log_level="warning",
        access_log=False,
    )


if __name__ == "__main__":
    main()
