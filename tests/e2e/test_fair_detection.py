"""No request holds the detector: a small request passes a large one, budgets refuse early.

Over real HTTP on loopback, with the real detector and the recording upstream. The
tests synchronize on the sidecar's own gauge of text waiting for the detector
(``cndp_guard_detection_pending_chars``), never on sleeps, and assert orders and
codes, never durations.
"""

from __future__ import annotations

import json
import random
import re
import socket
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import create_engine, text

from tests.conftest import LoopbackServer
from tests.e2e.conftest import SidecarFactory

pytestmark = pytest.mark.slow

_GAUGE = re.compile(r"^cndp_guard_detection_pending_chars (\S+)$", re.MULTILINE)


def prose(count: int, seed: int) -> str:
    """Ordinary booking French that never repeats (repeats would come from the cache)."""
    rng = random.Random(seed)
    things = ["chambre", "terrasse", "navette", "facture", "piscine", "valise", "table"]
    return "".join(
        f"La réservation {rng.randrange(10**7)} comprend la {rng.choice(things)} pour"
        f" {rng.randrange(2, 30)} nuits. "
        for _ in range(count)
    )


def chat(text: str) -> dict[str, Any]:
    return {"model": "echo-1", "messages": [{"role": "user", "content": text}]}


def pending(url: str) -> float:
    found = _GAUGE.search(httpx.get(f"{url}/metrics", timeout=10).text)
    assert found, "the gauge is exported"
    return float(found.group(1))


def wait_for_pending(url: str) -> None:
    """Until the large request is admitted and waits for the detector (bounded)."""
    deadline = time.monotonic() + 60
    while pending(url) == 0:
        assert time.monotonic() < deadline, "the large request never reached the detector"


def test_a_small_request_during_a_large_one_reaches_the_upstream_first(
    sidecar: SidecarFactory, upstream: tuple[str, list[dict[str, Any]]]
) -> None:
    _, received = upstream
    large = prose(4000, seed=1)  # about 230,000 characters: some sixty units
    settings = {"metrics_auth": "none", "detection": {"max_request_chars": 1_000_000}}
    with sidecar(**settings) as url:
        outcome: dict[str, httpx.Response] = {}

        def send_large() -> None:
            outcome["large"] = httpx.post(
                f"{url}/llm/v1/chat/completions", json=chat(large), timeout=600
            )

        sender = threading.Thread(target=send_large)
        sender.start()
        try:
            wait_for_pending(url)
            health = httpx.get(f"{url}/healthz", timeout=30)
            small = httpx.post(
                f"{url}/llm/v1/chat/completions",
                json=chat("Bonjour, je suis Karim Bennani, merci pour la navette."),
                timeout=120,
            )
            still_waiting = pending(url) > 0
        finally:
            sender.join(timeout=600)
    assert health.status_code == 200
    assert small.status_code == 200
    assert outcome["large"].status_code == 200
    assert still_waiting, "the small request finished while the large one was still read"
    contents = [body["messages"][0]["content"] for body in received]
    assert len(contents) == 2
    assert "Karim Bennani" not in contents[0]
    assert "navette" in contents[0]
    assert len(contents[1]) > 200_000


def test_a_request_over_the_detection_budget_is_413_and_nothing_leaves(
    sidecar: SidecarFactory, upstream: tuple[str, list[dict[str, Any]]]
) -> None:
    _, received = upstream
    with sidecar(detection={"max_request_chars": 50_000}) as url:
        refused = httpx.post(
            f"{url}/llm/v1/chat/completions",
            json=chat("Karim Bennani 0661234567 " + prose(1000, seed=2)),
            timeout=60,
        )
    assert refused.status_code == 413
    error = refused.json()["error"]
    assert error["code"] == "detection_budget_exceeded"
    assert "Karim" not in refused.text
    assert "0661234567" not in refused.text
    assert received == []


def test_a_request_while_too_much_text_waits_is_503_overloaded(
    sidecar: SidecarFactory, upstream: tuple[str, list[dict[str, Any]]]
) -> None:
    _, received = upstream
    settings = {
        "metrics_auth": "none",
        "detection": {"max_request_chars": 400_000, "max_pending_chars": 150_000},
    }
    with sidecar(**settings) as url:
        outcome: dict[str, httpx.Response] = {}

        def send_large() -> None:
            outcome["large"] = httpx.post(
                # About 170,000 characters: admitted alone, past the waiting bound.
                f"{url}/llm/v1/chat/completions",
                json=chat(prose(3000, seed=3)),
                timeout=600,
            )

        sender = threading.Thread(target=send_large)
        sender.start()
        try:
            wait_for_pending(url)
            second = httpx.post(
                f"{url}/llm/v1/chat/completions", json=chat(prose(1000, seed=4)), timeout=120
            )
        finally:
            sender.join(timeout=600)
    assert second.status_code == 503
    assert second.json()["error"]["code"] == "detection_overloaded"
    assert outcome["large"].status_code == 200
    assert len(received) == 1


def test_a_caller_gone_during_inspection_gets_nothing_forwarded_and_the_trail_says_so(
    sidecar: SidecarFactory, upstream: tuple[str, list[dict[str, Any]]], tmp_path: Path
) -> None:
    _, received = upstream
    body = json.dumps(chat(prose(2500, seed=5))).encode()  # long enough to be caught reading
    settings = {"metrics_auth": "none", "detection": {"max_request_chars": 400_000}}
    with sidecar(**settings) as url:
        host, port = urlsplit(url).hostname, urlsplit(url).port
        assert host is not None
        assert port is not None
        with socket.create_connection((host, port), timeout=30) as conn:
            conn.sendall(
                b"POST /llm/v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                b"Content-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body
            )
            wait_for_pending(url)
        # The caller hung up while its text was being read: wait for the trail to say so.
        engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
        deadline = time.monotonic() + 120
        try:
            while True:
                with engine.connect() as db:
                    rows = db.execute(
                        text("SELECT body FROM audit_record WHERE event = 'completion'")
                    ).all()
                if rows:
                    break
                assert time.monotonic() < deadline, "no completion record"
                time.sleep(0.05)
        finally:
            engine.dispose()
    [record] = [json.loads(row[0]) for row in rows]
    assert (record["outcome"], record["reason"]) == ("not_forwarded", "client_disconnected")
    assert received == []


def test_an_answer_past_the_budget_is_withheld_as_the_answers_fault(
    sidecar: SidecarFactory, tmp_path: Path
) -> None:
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def long_answer() -> dict[str, Any]:
        text = "Karim Bennani 0661234567. " + prose(1500, seed=6)  # about 90,000 characters
        return {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "model": "echo-1",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}}],
        }

    with LoopbackServer(app) as model:
        routes = {"long": {"upstream": model.url, "country": "MA"}}
        with sidecar(routes=routes, detection={"max_request_chars": 50_000}) as url:
            answer = httpx.post(
                f"{url}/long/v1/chat/completions", json=chat("Bonjour"), timeout=120
            )
    assert answer.status_code == 503
    assert answer.json()["error"]["code"] == "answer_too_large"
    assert "0661234567" not in answer.text
