"""Streamed answers: every byte scanned before it leaves, with a bounded holdback."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from typing import Any

import pytest

from compliance.core.errors import DetectionError
from compliance.detect import PresidioDetector
from compliance.detect.types import Span
from compliance.guard.answer import AnswerScanner
from compliance.minimize import Minimizer
from compliance.policy.types import Decision
from compliance.proxy.streaming import HeldText, scan_sse

REVERSE = {"<PERSON_3f9a1c2b4d5e>": "Karim Benali"}
DECISION = Decision(
    allow=True,
    reasons=(),
    actions={"default": "redact"},
    policy_version="test",
    answer_actions={
        "PERSON": "pseudonymize",
        "PHONE_NUMBER": "redact",
        "IBAN_CODE": "redact",
        "EMAIL_ADDRESS": "redact",
        "default": "redact",
    },
)
WINDOW = 16


@pytest.fixture(scope="module")
def detector() -> PresidioDetector:
    detector = PresidioDetector()
    detector.warm_up()
    return detector


def scanner(detector: PresidioDetector, *, own: str = "") -> AnswerScanner:
    async def detect(texts: Sequence[str]) -> list[list[Span]]:
        return await asyncio.to_thread(detector.analyze, texts)

    return AnswerScanner(
        detect=detect,
        decision=DECISION,
        key=b"k" * 32,
        reverse=REVERSE,
        own=own,
        minimizer=Minimizer(),
    )


def _chunk(content: str | None = None, finish: str | None = None, **delta: Any) -> dict:
    d = dict(delta)
    if content is not None:
        d["content"] = content
    return {"id": "c", "choices": [{"index": 0, "delta": d, "finish_reason": finish}]}


def _stream(chunks: list[dict]) -> AsyncIterator[str]:
    async def lines() -> AsyncIterator[str]:
        for chunk in chunks:
            yield "data: " + json.dumps(chunk)
            yield ""
        yield "data: [DONE]"

    return lines()


def _run(detector: PresidioDetector, chunks: list[dict], **kwargs: Any) -> list[dict]:
    async def collect() -> bytes:
        found = scanner(detector, **kwargs)
        return b"".join([p async for p in scan_sse(_stream(chunks), found, window=WINDOW)])

    body = asyncio.run(collect()).decode()
    return [json.loads(line[6:]) for line in body.splitlines() if line.startswith("data: {")]


def _content(events: list[dict]) -> str:
    return "".join(
        choice.get("delta", {}).get("content") or ""
        for event in events
        for choice in event.get("choices", [])
    )


ANSWER = "Votre voisin Youssef Alami, joignable au 06 61 23 45 67, a confirmé."


@pytest.mark.parametrize("cut", range(1, len(ANSWER), 7))
def test_a_third_persons_phone_split_at_any_chunk_boundary_never_leaves_in_clear(
    detector: PresidioDetector, cut: int
) -> None:
    pieces = [ANSWER[:cut], ANSWER[cut:]]
    events = _run(detector, [*(_chunk(p) for p in pieces), _chunk(None, finish="stop")])
    out = _content(events)
    assert "61 23 45" not in out
    assert "0661" not in out.replace(" ", "")
    assert out.endswith("a confirmé.")


@pytest.mark.parametrize("cut", range(1, len("Salut <PERSON_3f9a1c2b4d5e>!")))
def test_the_callers_own_token_split_anywhere_is_restored(
    detector: PresidioDetector, cut: int
) -> None:
    whole = "Salut <PERSON_3f9a1c2b4d5e>!"
    events = _run(detector, [_chunk(whole[:cut]), _chunk(whole[cut:]), _chunk(finish="stop")])
    assert _content(events) == "Salut Karim Benali!"


def test_a_value_longer_than_the_window_is_held_whole(detector: PresidioDetector) -> None:
    text = "Le RIB du client est IBAN MA64 0115 1900 0001 2345 6789 0136 merci."
    events = _run(detector, [*(_chunk(c) for c in text), _chunk(finish="stop")])
    out = _content(events)
    assert "<IBAN_CODE>" in out
    for group in ("0115", "1900", "6789", "0136"):
        assert group not in out


def test_the_stream_still_streams_released_text_comes_before_the_end(
    detector: PresidioDetector,
) -> None:
    words = "Bonjour, voici la réponse à votre question sur les horaires du magasin. " * 3

    async def first_release() -> int:
        held = HeldText(scanner(detector), WINDOW)
        for index, char in enumerate(words):
            if await held.feed(char):
                return index + 1
        return len(words)

    released_after = asyncio.run(first_release())
    assert released_after <= WINDOW + WINDOW // 2 + 1  # the window and one step, no more


def test_tool_call_arguments_are_scanned_and_stay_json(detector: PresidioDetector) -> None:
    args = json.dumps(
        {"contact": "Youssef Alami", "tel": "06 61 23 45 67", "me": "<PERSON_3f9a1c2b4d5e>"}
    )
    chunks = [
        _chunk(tool_calls=[{"index": 0, "function": {"arguments": args[i : i + 5]}}])
        for i in range(0, len(args), 5)
    ]
    events = _run(detector, [*chunks, _chunk(finish="tool_calls")])
    out = "".join(
        call["function"]["arguments"]
        for event in events
        for choice in event["choices"]
        for call in choice.get("delta", {}).get("tool_calls") or []
    )
    decoded = json.loads(out)
    assert decoded["me"] == "Karim Benali"
    assert "61 23" not in decoded["tel"]
    assert "Youssef" not in decoded["contact"]


def test_what_the_caller_sent_in_clear_is_theirs_to_see(detector: PresidioDetector) -> None:
    own = "Mon numéro est le 06 61 23 45 67."
    events = _run(
        detector, [_chunk("Je note le 06 61 23 45 67 pour vous."), _chunk(finish="stop")], own=own
    )
    assert "06 61 23 45 67" in _content(events)


def test_responses_api_deltas_are_held_and_released_before_done(detector: PresidioDetector) -> None:
    text = "Écrivez à youssef.alami@gmail.com demain."
    deltas = [
        {
            "type": "response.output_text.delta",
            "item_id": "m",
            "output_index": 0,
            "content_index": 0,
            "delta": text[i : i + 4],
        }
        for i in range(0, len(text), 4)
    ]
    done = {
        "type": "response.output_text.done",
        "item_id": "m",
        "output_index": 0,
        "content_index": 0,
        "text": text,
    }
    events = _run(detector, [*deltas, done])
    streamed = "".join(e["delta"] for e in events if e["type"].endswith(".delta"))
    assert "youssef.alami" not in streamed
    assert streamed.endswith("demain.")
    assert "youssef.alami" not in events[-1]["text"]


def test_a_failing_detector_stops_the_stream(detector: PresidioDetector) -> None:
    async def broken(texts: Sequence[str]) -> list[list[Span]]:
        raise DetectionError("detection failed: RuntimeError")

    failing = AnswerScanner(
        detect=broken,
        decision=DECISION,
        key=b"k" * 32,
        reverse=REVERSE,
        own="",
        minimizer=Minimizer(),
    )

    async def collect() -> bytes:
        chunks = [_chunk("x" * 40), _chunk(finish="stop")]
        return b"".join([p async for p in scan_sse(_stream(chunks), failing, window=WINDOW)])

    with pytest.raises(DetectionError):
        asyncio.run(collect())


def test_keep_alive_lines_pass_and_plain_data_is_scanned_too(detector: PresidioDetector) -> None:
    async def lines() -> AsyncIterator[str]:
        yield ": keep-alive"
        yield "data: not json, call 06 61 23 45 67"
        yield "data: [DONE]"

    async def collect() -> str:
        found = scanner(detector)
        return b"".join([p async for p in scan_sse(lines(), found, window=WINDOW)]).decode()

    out = asyncio.run(collect())
    assert out.startswith(": keep-alive\ndata: not json, call ")
    assert "61 23" not in out
    assert out.endswith("data: [DONE]\n")
