"""What scanning answers costs: a 2 KB answer, whole and streamed, through cndp-guard and direct.

The model double (started here, loopback only) answers every chat request with the
same 2 KB French answer holding other people's names, phones and e-mails, whole or
as an SSE stream of --chunks chunks --chunk-delay-ms apart (a model generating).
Printed, for the direct upstream and for cndp-guard (one worker) in the same run:
whole answer p50/p95; stream time to first content byte, to the end, and the mean
gap between content chunks; and the differences cndp-guard minus direct.

    .venv/bin/python bench/answers.py [--requests 30] [--chunks 64] [--chunk-delay-ms 5]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from pathlib import Path

import httpx
from harness import ROOT, free_port, percentile, person, running_stack, started, wait_ready

UPSTREAM = """
import asyncio, json, sys
import uvicorn
from starlette.applications import Starlette
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

ANSWER = json.loads(sys.argv[2]); CHUNKS = int(sys.argv[3]); DELAY = float(sys.argv[4]) / 1000

def chunk(text, finish=None):
    delta = {"content": text} if text else {}
    body = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return b"data: " + json.dumps(body).encode() + b"\\n\\n"

async def chat(request):
    body = await request.json()
    if body.get("stream"):
        size = -(-len(ANSWER) // CHUNKS)
        async def gen():
            for i in range(0, len(ANSWER), size):
                await asyncio.sleep(DELAY)
                yield chunk(ANSWER[i:i + size])
            yield chunk(None, "stop")
            yield b"data: [DONE]\\n\\n"
        return StreamingResponse(gen(), media_type="text/event-stream")
    message = {"role": "assistant", "content": ANSWER}
    return JSONResponse({"id": "c", "object": "chat.completion", "created": 1, "model": "m",
                         "choices": [{"index": 0, "message": message, "finish_reason": "stop"}]})

async def models(request):
    return JSONResponse({"object": "list", "data": []})

app = Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"]),
                        Route("/v1/models", models)])
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


def answer_text(size: int = 2048) -> str:
    rng = random.Random(7)
    parts = []
    while sum(map(len, parts)) < size:
        p = person(rng)
        parts.append(
            f"Le dossier de {p.name} indique qu'il a la CIN {p.cin} et qu'on le joint au"
            f" {p.phone} ou à {p.email}; la livraison est prévue demain matin. "
        )
    return "".join(parts)[:size]


def whole(url: str, headers: dict[str, str], n: int) -> list[float]:
    body = {"model": "m", "messages": [{"role": "user", "content": "Bonjour"}]}
    times = []
    with httpx.Client(timeout=60) as client:
        for _ in range(n):
            started_at = time.perf_counter()
            response = client.post(f"{url}/v1/chat/completions", json=body, headers=headers)
            response.raise_for_status()
            times.append((time.perf_counter() - started_at) * 1000)
    return times


def streamed(
    url: str, headers: dict[str, str], n: int
) -> tuple[list[float], list[float], list[float]]:
    body = {"model": "m", "messages": [{"role": "user", "content": "Bonjour"}], "stream": True}
    first, total, gaps = [], [], []
    with httpx.Client(timeout=60) as client:
        for _ in range(n):
            started_at = time.perf_counter()
            seen: list[float] = []
            with client.stream(
                "POST", f"{url}/v1/chat/completions", json=body, headers=headers
            ) as response:
                for line in response.iter_lines():
                    if not line.startswith("data: {"):
                        continue
                    event = json.loads(line[6:])
                    for choice in event.get("choices", []):
                        if (choice.get("delta") or {}).get("content"):
                            seen.append(time.perf_counter())
            end = time.perf_counter()
            first.append((seen[0] - started_at) * 1000 if seen else float("nan"))
            total.append((end - started_at) * 1000)
            if len(seen) > 1:
                gaps.append((seen[-1] - seen[0]) / (len(seen) - 1) * 1000)
    return first, total, gaps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--chunks", type=int, default=64)
    parser.add_argument("--chunk-delay-ms", type=float, default=5.0)
    args = parser.parse_args()
    text = answer_text()
    port = free_port()
    script = Path(ROOT) / "bench" / ".answers_upstream.py"
    script.write_text(UPSTREAM)
    try:
        command = [
            sys.executable,
            str(script),
            str(port),
            json.dumps(text),
            str(args.chunks),
            str(args.chunk_delay_ms),
        ]
        with started(command):
            upstream = f"http://127.0.0.1:{port}"
            wait_ready(f"{upstream}/v1/models", 30)
            extra = {"bench-app": ["proxy:*"]}
            with running_stack(
                upstream_url=upstream, extra_config="proxy:\n  auth: token\n", tokens=extra
            ) as stack:
                guarded = f"{stack.sidecar_url}/llm"
                auth = {"Authorization": f"Bearer {stack.tokens['bench-app']}"}
                whole(guarded, auth, 3)  # warm
                rows = {}
                for name, url, headers in (("direct", upstream, {}), ("cndp-guard", guarded, auth)):
                    w = whole(url, headers, args.requests)
                    f, t, g = streamed(url, headers, args.requests)
                    rows[name] = {
                        "whole p50": percentile(w, 0.5),
                        "whole p95": percentile(w, 0.95),
                        "stream first byte p50": percentile(f, 0.5),
                        "stream end p50": percentile(t, 0.5),
                        "gap between chunks": sum(g) / len(g) if g else float("nan"),
                    }
    finally:
        script.unlink(missing_ok=True)
    print(
        f"answer scan cost, {len(text)} chars, {args.chunks} chunks"
        f" {args.chunk_delay_ms:g} ms apart;"
        f" {args.requests} requests each; {platform.node()} {platform.processor() or ''}"
    )
    print(f"{'ms':24} {'direct':>10} {'cndp-guard':>11} {'added':>9}")
    for key in rows["direct"]:
        d, c = rows["direct"][key], rows["cndp-guard"][key]
        print(f"{key:24} {d:10.1f} {c:11.1f} {c - d:9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
