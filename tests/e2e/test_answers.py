"""Answers are guarded: a third person's data the model produced never reaches the caller in clear.

The model double answers with another customer's name, phone, CIN, e-mail and IBAN
(as a retrieval over a customer base would), in plain and streamed answers, in
tool-call arguments and split across chunks; the caller's own values still come
back restored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from sqlalchemy import create_engine, text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

from compliance.core.errors import DetectionError
from compliance.minimize import TOKEN_RE
from tests.conftest import LoopbackServer

pytestmark = pytest.mark.slow

NEIGHBOUR = {
    "name": "Youssef Alami",
    "phone": "06 61 98 76 54",
    "cin": "BK456789",
    "email": "youssef.alami@gmail.com",
    "iban": "MA64011519000001234567890136",
}
LEAK = (
    f"D'après le dossier, votre voisin {NEIGHBOUR['name']} (CIN {NEIGHBOUR['cin']}) est"
    f" joignable au {NEIGHBOUR['phone']} ou à {NEIGHBOUR['email']}; IBAN {NEIGHBOUR['iban']}."
)
DIGITS = ("0661987654", "456789", "011519000001234567890136")


def _echo_tokens(body: dict[str, Any]) -> str:
    """The caller's tokens the model received, echoed back (so they must come back restored)."""
    return " ".join(TOKEN_RE.findall(json.dumps(body)))


async def _chat(request: Request) -> Any:
    body = await request.json()
    answer = f"{LEAK} Et vous: {_echo_tokens(body)}"
    args = json.dumps({"contact": NEIGHBOUR["name"], "tel": NEIGHBOUR["phone"]})
    if body.get("stream"):

        async def chunks() -> Any:
            for i in range(0, len(answer), 3):  # values split across many chunks
                delta = {"content": answer[i : i + 3]}
                yield _sse(
                    {
                        "id": "c",
                        "object": "chat.completion.chunk",
                        "created": 1,
                        "model": "m",
                        "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
                    }
                )
            for i in range(0, len(args), 4):
                call = {
                    "index": 0,
                    "id": "t1",
                    "type": "function",
                    "function": {"name": "f", "arguments": args[i : i + 4]},
                }
                yield _sse(
                    {
                        "id": "c",
                        "object": "chat.completion.chunk",
                        "created": 1,
                        "model": "m",
                        "choices": [
                            {"index": 0, "delta": {"tool_calls": [call]}, "finish_reason": None}
                        ],
                    }
                )
            yield _sse(
                {
                    "id": "c",
                    "object": "chat.completion.chunk",
                    "created": 1,
                    "model": "m",
                    "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                }
            )
            yield b"data: [DONE]\n\n"

        return StreamingResponse(chunks(), media_type="text/event-stream")
    message = {
        "role": "assistant",
        "content": answer,
        "tool_calls": [
            {"id": "t1", "type": "function", "function": {"name": "f", "arguments": args}}
        ],
    }
    return JSONResponse(
        {
            "id": "c",
            "object": "chat.completion",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        }
    )


async def _responses(request: Request) -> Any:
    body = await request.json()
    answer = f"{LEAK} Et vous: {_echo_tokens(body)}"
    item = {
        "type": "message",
        "id": "m1",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": answer, "annotations": []}],
    }
    return JSONResponse(
        {
            "id": "r",
            "object": "response",
            "created_at": 1,
            "status": "completed",
            "model": "m",
            "output": [item],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
        }
    )


def _sse(document: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(document).encode() + b"\n\n"


@pytest.fixture(scope="module")
def rag_model() -> Iterator[str]:
    app = Starlette(
        routes=[
            Route("/v1/chat/completions", _chat, methods=["POST"]),
            Route("/v1/responses", _responses, methods=["POST"]),
        ]
    )
    with LoopbackServer(app) as server:
        yield server.url


def _assert_no_neighbour(answer: str) -> None:
    flat = re.sub(r"[\s.\-]", "", answer)
    for name, value in NEIGHBOUR.items():
        assert value not in answer, name
    for digits in DIGITS:
        assert digits not in flat
    assert "Alami" not in answer


ME = "Je suis Karim Benali, mon numéro est le 06 61 23 45 67."


def _client(url: str) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=f"{url}/rag/v1",
        api_key="unused",
        max_retries=0,
        default_headers={"X-Subject-Id": "customer-42"},
    )


def test_a_whole_answer_is_minimized_and_the_callers_values_restored(
    sidecar, rag_model, tmp_path: Path
) -> None:
    with sidecar(routes={"rag": {"upstream": rag_model, "country": "MA"}}) as url:
        answer = _client(url).chat.completions.create(
            model="m", messages=[{"role": "user", "content": ME}]
        )
    message = answer.choices[0].message
    _assert_no_neighbour(message.content or "")
    assert "Karim Benali" in (message.content or "")  # the caller's own, restored
    assert "06 61 23 45 67" in (message.content or "")
    args = json.loads(message.tool_calls[0].function.arguments)
    _assert_no_neighbour(json.dumps(args, ensure_ascii=False))
    engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
    with engine.connect() as conn:
        bodies = [json.loads(r[0]) for r in conn.execute(text("SELECT body FROM audit_record"))]
    engine.dispose()
    [record] = [b for b in bodies if b["event"] == "answer"]
    assert record["outcome"] == "released"
    assert {"PERSON", "PHONE_NUMBER", "MA_CIN", "EMAIL_ADDRESS"} <= set(record["entities"])
    assert record["actions"]["MA_CIN"] == "redact"
    assert "Alami" not in json.dumps(bodies)


def test_a_streamed_answer_is_minimized_chunk_split_values_included(sidecar, rag_model) -> None:
    with sidecar(routes={"rag": {"upstream": rag_model, "country": "MA"}}) as url:
        stream = _client(url).chat.completions.create(
            model="m", messages=[{"role": "user", "content": ME}], stream=True
        )
        content, args, pieces = "", "", 0
        for chunk in stream:
            for choice in chunk.choices:
                content += choice.delta.content or ""
                pieces += bool(choice.delta.content)
                for call in choice.delta.tool_calls or []:
                    args += call.function.arguments or ""
    _assert_no_neighbour(content)
    assert "Karim Benali" in content
    assert pieces > 5  # it still streams, in many pieces
    _assert_no_neighbour(args)
    assert json.loads(args)["contact"] != NEIGHBOUR["name"]


def test_the_responses_api_answer_is_minimized(sidecar, rag_model) -> None:
    with sidecar(routes={"rag": {"upstream": rag_model, "country": "MA"}}) as url:
        answer = _client(url).responses.create(model="m", input=ME)
    _assert_no_neighbour(answer.output_text)
    assert "Karim Benali" in answer.output_text


def test_when_the_answer_cannot_be_scanned_nothing_of_it_is_released(
    sidecar, rag_model, detector, monkeypatch, tmp_path
) -> None:
    real = detector.analyze

    def failing_on_answers(texts):  # fault injection into the real detector
        if any("dossier" in t for t in texts):
            raise DetectionError("detection failed: RuntimeError")
        return real(texts)

    with sidecar(routes={"rag": {"upstream": rag_model, "country": "MA"}}) as url:
        monkeypatch.setattr(detector, "analyze", failing_on_answers)
        whole = httpx.post(
            f"{url}/rag/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": ME}]},
            timeout=60,
        )
        streamed = httpx.post(
            f"{url}/rag/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": ME}], "stream": True},
            timeout=60,
        )
    assert whole.status_code == 503
    assert whole.json()["error"]["code"] == "detection_unavailable"
    assert "Alami" not in whole.text
    assert "Alami" not in streamed.text
    events = [
        json.loads(line[6:]) for line in streamed.text.splitlines() if line.startswith("data: {")
    ]
    assert events[-1]["error"]["code"] == "detection_unavailable"
    engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
    with engine.connect() as conn:
        outcomes = [
            json.loads(r[0]).get("outcome")
            for r in conn.execute(text("SELECT body FROM audit_record WHERE event = 'answer'"))
        ]
    engine.dispose()
    assert outcomes == ["withheld", "withheld"]
