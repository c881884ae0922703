"""Deny by default in answers too: personal data the upstream puts in any field is minimized.

A scripted upstream answers with a neighbour's data in the places a first pass over
answers did not look: reasoning fields (vLLM, DeepSeek), annotations, logprobs,
ids and the model name, unknown fields at any depth, stream chunks' own fields,
non-chat bodies with status 200, generic JSON answers' keys and numbers, and
model listings. What the caller receives is searched through the same views as
the boundary suite (raw, decoded, folded, digits only).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

from tests.conftest import LoopbackServer
from tests.e2e.boundary.canaries import CARD, CIN, EMAIL, IBAN, NAME, PHONE, Wire, recoverable

pytestmark = pytest.mark.slow

LEAK = f"Le voisin {NAME}, CIN {CIN}, tel {PHONE}, e-mail {EMAIL}, IBAN {IBAN}, carte {CARD}."
ANSWERS: dict[str, Any] = {}  # case -> the JSON the upstream answers with


def _message(**extra: Any) -> dict[str, Any]:
    return {"role": "assistant", "content": "Bonjour.", **extra}


def _completion(message: dict[str, Any] | None = None, **top: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "message": message or _message(), "finish_reason": "stop"}],
        **top,
    }


CASES = {
    "reasoning-content": _completion(_message(reasoning_content=LEAK)),
    "reasoning": _completion(_message(reasoning=LEAK)),
    "audio-transcript": _completion(_message(audio={"id": "a", "transcript": LEAK})),
    "annotations": _completion(
        _message(
            annotations=[
                {"type": "url_citation", "url_citation": {"title": LEAK, "url": "https://x.ma/"}}
            ]
        )
    ),
    "extra-message-key": _completion(_message(note=LEAK)),
    "logprobs-tokens": {
        **_completion(),
        "choices": [
            {
                "index": 0,
                "message": _message(),
                "finish_reason": "stop",
                "logprobs": {
                    "content": [
                        {
                            "token": LEAK,
                            "logprob": -0.1,
                            "top_logprobs": [{"token": LEAK, "logprob": -0.2}],
                        }
                    ]
                },
            }
        ],
    },
    "id-and-model": {**_completion(), "id": f"chatcmpl-{PHONE}", "model": f"m-{EMAIL}"},
    "system-fingerprint": _completion(system_fingerprint=f"fp_{CARD}"),
    "unknown-top-level": _completion(debug={"trace": [LEAK]}),
    "error-with-200": {"error": {"message": LEAK, "type": "x"}},
}


async def _chat(request: Request) -> Any:
    body = await request.json()
    case = body["messages"][-1]["content"]
    if case == "stream":
        return StreamingResponse(_stream(), media_type="text/event-stream")
    if case == "top-level-list":
        return JSONResponse([LEAK, {"k": LEAK}])
    return JSONResponse(CASES[case])


async def _stream() -> Any:
    def chunk(delta: dict[str, Any], **extra: Any) -> bytes:
        document = {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
            **extra,
        }
        return b"data: " + json.dumps(document).encode() + b"\n\n"

    for i in range(0, len(LEAK), 5):  # reasoning split across chunks
        yield chunk({"reasoning_content": LEAK[i : i + 5]})
    yield chunk({"content": "Bonjour."}, debug=LEAK)
    yield chunk({}, usage={"note": LEAK})
    yield b"data: [DONE]\n\n"


async def _json(request: Request) -> Any:
    return JSONResponse({NAME: {"tel": int(PHONE), "carte": int(CARD), "note": LEAK}})


async def _models(request: Request) -> Any:
    return JSONResponse({"object": "list", "data": [{"id": "m", "owned_by": LEAK}]})


async def _model(request: Request) -> Any:
    return JSONResponse({"id": "m", "object": "model", "owned_by": f"{NAME} {PHONE}"})


@pytest.fixture(scope="module")
def scripted() -> Iterator[str]:
    app = Starlette(
        routes=[
            Route("/v1/chat/completions", _chat, methods=["POST"]),
            Route("/v1/models", _models, methods=["GET"]),
            Route("/v1/models/{model:path}", _model, methods=["GET"]),
            Route("/{path:path}", _json, methods=["POST"]),
        ]
    )
    with LoopbackServer(app) as server:
        yield server.url


@pytest.fixture
def url(sidecar, scripted) -> Iterator[str]:
    routes = {
        "llm": {"upstream": scripted, "country": "MA"},
        "forms": {"upstream": scripted, "country": "MA", "kind": "json"},
    }
    with sidecar(routes=routes) as base:
        yield base


def _held(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text[:300]
    return recoverable([Wire("", "", [], response.content)])


@pytest.mark.parametrize("case", [*CASES, "top-level-list"])
def test_every_field_of_an_answer_is_scanned(url: str, case: str) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": case}]}
    assert _held(httpx.post(f"{url}/llm/v1/chat/completions", json=body, timeout=60)) == []


def test_every_field_of_a_streamed_answer_is_scanned(url: str) -> None:
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "stream"}]}
    response = httpx.post(f"{url}/llm/v1/chat/completions", json=body, timeout=60)
    assert "data: [DONE]" in response.text
    assert _held(response) == []
    # the reasoning still streams, minimized
    assert "reasoning_content" in response.text


def test_generic_json_answers_have_their_keys_and_numbers_scanned(url: str) -> None:
    assert _held(httpx.post(f"{url}/forms/submit", json={"q": "x"}, timeout=60)) == []


@pytest.mark.parametrize("path", ["v1/models", "v1/models/m"])
def test_model_listings_are_scanned(url: str, path: str) -> None:
    response = httpx.get(f"{url}/llm/{path}", timeout=60)
    assert _held(response) == []
    assert response.json()  # still JSON
