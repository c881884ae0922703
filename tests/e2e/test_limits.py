"""Header, target and body-time limits, over real HTTP/1.1 on loopback.

The requests are written byte by byte on a socket, so each test knows exactly how
many headers and bytes it sends (an HTTP client adds its own).
"""

from __future__ import annotations

import asyncio
import json
import logging
import select
import socket
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import StreamingResponse

from compliance.core.logs import configure_logging
from tests.conftest import LoopbackServer

pytestmark = pytest.mark.slow

CANARY = "Youssef-El-Amrani-BE873214"
BODY = json.dumps({"model": "echo-1", "messages": [{"role": "user", "content": "Bonjour"}]})


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float

    def error(self) -> dict[str, Any]:
        return json.loads(self.body)["error"]


def exchange(
    url: str,
    *,
    target: str = "/llm/v1/chat/completions",
    headers: Sequence[tuple[str, str]] = (),
    body: bytes = BODY.encode(),
    declared: int | None = None,
    trickle_every: float | None = None,
    trickle_for: float = 60.0,
) -> Reply:
    """One POST on a fresh connection.

    ``trickle_every``: send the body a byte at a time, for at most ``trickle_for``
    seconds, then wait for the answer with the connection open. (A byte that reaches
    the server just as it closes makes its kernel reset the connection, answer
    included: the tests stop writing before the server's deadline.)
    """
    parts = urlsplit(url)
    head = [
        ("Host", parts.netloc),
        ("Content-Type", "application/json"),
        ("Content-Length", str(len(body) if declared is None else declared)),
        ("Connection", "close"),
        *headers,
    ]
    request = f"POST {target} HTTP/1.1\r\n".encode()
    request += b"".join(f"{k}: {v}\r\n".encode() for k, v in head) + b"\r\n"
    started = time.monotonic()
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        if trickle_every is None:
            sock.sendall(request + body)
        else:
            sock.sendall(request)
            for byte in body:
                # Stop writing once the server has answered.
                if select.select([sock], [], [], trickle_every)[0]:
                    break
                if time.monotonic() - started > trickle_for:
                    break
                sock.sendall(bytes([byte]))
        raw = b""
        while chunk := sock.recv(65536):
            raw += chunk
    seconds = time.monotonic() - started
    head_bytes, _, rest = raw.partition(b"\r\n\r\n")
    status_line, *lines = head_bytes.decode("latin-1").split("\r\n")
    fields = dict(line.split(": ", 1) for line in lines)
    return Reply(
        int(status_line.split()[1]), {k.lower(): v for k, v in fields.items()}, rest, seconds
    )


def head_bytes(headers: list[tuple[str, str]], url: str, body: bytes = BODY.encode()) -> int:
    """What the sidecar counts: names and values of every header ``exchange`` sends."""
    base = [
        ("host", urlsplit(url).netloc),
        ("content-type", "application/json"),
        ("content-length", str(len(body))),
        ("connection", "close"),
    ]
    return sum(len(k) + len(v) for k, v in [*base, *headers])


# The four headers exchange() always sends.
BASE_COUNT = 4


def test_a_request_at_the_header_count_limit_passes_and_one_more_header_is_431(
    sidecar, upstream
) -> None:
    _, received = upstream
    with sidecar(limits={"max_header_count": 12}) as url:
        at_limit = exchange(url, headers=[(f"X-Pad-{i}", "x") for i in range(12 - BASE_COUNT)])
        forwarded = len(received)
        over = exchange(url, headers=[(f"X-Pad-{i}", "x") for i in range(13 - BASE_COUNT)])
    assert at_limit.status == 200
    assert forwarded == 1
    assert over.status == 431
    assert over.error()["code"] == "headers_too_large"
    assert over.headers["connection"] == "close"
    assert len(received) == 1  # the refused request was not forwarded


def test_a_request_at_the_header_bytes_limit_passes_and_one_byte_more_is_431(
    sidecar, upstream
) -> None:
    _, received = upstream
    with sidecar(limits={"max_header_bytes": 2048}) as url:
        pad = 2048 - head_bytes([("X-Pad", "")], url)
        at_limit = exchange(url, headers=[("X-Pad", "x" * pad)])
        forwarded = len(received)
        over = exchange(url, headers=[("X-Pad", "x" * (pad + 1))])
    assert at_limit.status == 200
    assert forwarded == 1
    assert over.status == 431
    assert over.error()["code"] == "headers_too_large"
    assert len(received) == 1


def test_a_target_at_the_limit_passes_and_one_byte_more_is_414(sidecar, upstream) -> None:
    _, received = upstream
    path = "/llm/v1/chat/completions?q="
    with sidecar(limits={"max_target_bytes": 256}) as url:
        at_limit = exchange(url, target=path + "a" * (256 - len(path)))
        forwarded = len(received)
        over = exchange(url, target=path + "a" * (257 - len(path)))
    assert at_limit.status == 200
    assert forwarded == 1
    assert over.status == 414
    assert over.error()["code"] == "uri_too_long"
    assert len(received) == 1


def test_the_default_limits_refuse_a_megabyte_header_uvicorn_would_take(sidecar, upstream) -> None:
    _, received = upstream
    with sidecar() as url:
        response = exchange(url, headers=[("X-Big", "x" * 1_000_000)])
    assert response.status == 431
    assert received == []


@pytest.mark.parametrize(
    "target", ["/llm/v1/chat/completions", "/api/v1/consents"], ids=["proxy", "api"]
)
def test_a_body_over_max_body_bytes_is_413_on_every_route_without_waiting_for_the_rest(
    sidecar, upstream, target
) -> None:
    _, received = upstream
    with sidecar(max_body_bytes=4096) as url:
        # 8 KiB sent, 5 MB announced: the answer comes without the rest (or a token).
        response = exchange(
            url, target=target, body=b'{"subject": "' + b"x" * 8192, declared=5_000_000
        )
    assert response.status == 413
    assert response.error()["code"] == "payload_too_large"
    assert response.headers["connection"] == "close"
    assert response.seconds < 5
    assert received == []


@pytest.mark.parametrize(
    "target", ["/llm/v1/chat/completions", "/api/v1/consents"], ids=["proxy", "api"]
)
def test_a_trickled_body_gets_408_in_bounded_time_and_nothing_is_forwarded(
    sidecar, upstream, mint_token, target
) -> None:
    _, received = upstream
    token = mint_token("consents:write")
    with sidecar(limits={"body_timeout_seconds": 1}) as url:
        response = exchange(
            url,
            target=target,
            headers=[("Authorization", f"Bearer {token}")],
            # A byte every 0.1 s until just before the deadline, then silence: the
            # deadline counts from the headers, so the bytes do not push it back (an
            # idle timeout would answer 1 s after the last byte, not before 1.9 s).
            trickle_every=0.1,
            trickle_for=0.9,
        )
    assert response.status == 408
    assert response.error()["code"] == "body_timeout"
    assert response.headers["connection"] == "close"
    assert 1 <= response.seconds < 1.8
    assert received == []


def test_a_body_sent_in_pieces_within_the_time_is_forwarded(sidecar, upstream) -> None:
    _, received = upstream
    body = BODY.encode()
    with sidecar(limits={"body_timeout_seconds": 2}) as url:
        # A byte every few milliseconds: half a second in all, well within the limit.
        response = exchange(url, body=body, trickle_every=0.5 / len(body))
    assert response.status == 200
    assert len(received) == 1


@pytest.fixture
def slow_stream() -> Iterator[str]:
    """A model that streams its answer over 1.5 s."""
    app = FastAPI()

    async def chunks() -> Any:
        for word in ("Bon", "jour", " !"):
            chunk = {"choices": [{"index": 0, "delta": {"content": word}, "finish_reason": None}]}
            yield b"data: " + json.dumps(chunk).encode() + b"\n\n"
            await asyncio.sleep(0.5)
        yield b"data: [DONE]\n\n"

    @app.post("/v1/chat/completions")
    async def stream() -> StreamingResponse:
        return StreamingResponse(chunks(), media_type="text/event-stream")

    with LoopbackServer(app) as server:
        yield server.url


def test_a_streamed_answer_longer_than_the_body_timeout_is_not_cut(sidecar, slow_stream) -> None:
    routes = {"llm": {"upstream": slow_stream, "country": "MA"}}
    body = {**json.loads(BODY), "stream": True}
    with (
        sidecar(routes=routes, limits={"body_timeout_seconds": 0.5}) as url,
        httpx.stream("POST", f"{url}/llm/v1/chat/completions", json=body, timeout=10) as response,
    ):
        text = "".join(response.iter_text())
    assert response.status_code == 200
    assert "Bon" in text
    assert "[DONE]" in text


def test_refusals_carry_no_header_value_path_or_query(sidecar, upstream, mint_token, capfd) -> None:
    _, received = upstream
    token = mint_token("metrics:read")
    configure_logging("DEBUG")
    try:
        with sidecar(
            log_level="DEBUG",
            limits={"max_header_count": 10, "max_header_bytes": 1024, "max_target_bytes": 128},
        ) as url:
            replies = [
                exchange(url, headers=[("X-Name", CANARY * 50)]),
                exchange(url, headers=[(f"X-{CANARY}-{i}", CANARY) for i in range(10)]),
                exchange(url, target=f"/llm/v1/chat/completions?who={CANARY * 5}"),
                exchange(url, target=f"/{CANARY * 5}/v1/chat/completions"),
            ]
            metrics = httpx.get(f"{url}/metrics", headers={"Authorization": f"Bearer {token}"})
    finally:
        configure_logging("INFO")
        logging.getLogger().setLevel(logging.WARNING)
    captured = capfd.readouterr()
    logs = captured.out + captured.err
    assert [r.status for r in replies] == [431, 431, 414, 414]
    assert logs.count("request.rejected") == 4  # the refusals were logged, and captured
    assert CANARY not in logs
    assert metrics.status_code == 200
    assert CANARY not in metrics.text
    for reply in replies:
        assert CANARY.encode() not in reply.body
        assert CANARY not in json.dumps(reply.headers)
    assert received == []
