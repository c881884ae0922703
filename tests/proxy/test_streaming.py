import asyncio
import json
from collections.abc import AsyncIterator

from compliance.proxy.streaming import SSERestorer, restore_sse

REVERSE = {"<PERSON_3f9a1c2b4d5e>": "Karim Benali"}


def _chunk(content: str | None = None, finish: str | None = None, **delta: object) -> dict:
    d = dict(delta)
    if content is not None:
        d["content"] = content
    return {"id": "c", "choices": [{"index": 0, "delta": d, "finish_reason": finish}]}


def test_token_split_across_sse_chunks_is_restored_before_finish() -> None:
    restorer = SSERestorer(REVERSE)
    pieces = ["Bonjour <PER", "SON_3f", "9a1c", "2b4d5e", "> !", None]
    out = ""
    for piece in pieces:
        chunk = restorer.restore_chunk(_chunk(piece, finish=None if piece else "stop"))
        out += chunk["choices"][0]["delta"].get("content") or ""
    assert out == "Bonjour Karim Benali !"


def test_held_tail_is_released_in_the_finish_chunk() -> None:
    restorer = SSERestorer(REVERSE)
    first = restorer.restore_chunk(_chunk("fin <PERSON_3f9a1c2b"))
    last = restorer.restore_chunk(_chunk(None, finish="stop"))
    assert first["choices"][0]["delta"]["content"] == "fin "
    assert last["choices"][0]["delta"]["content"] == "<PERSON_3f9a1c2b"


def test_split_token_in_streamed_tool_call_arguments_is_restored_as_json() -> None:
    restorer = SSERestorer(REVERSE)
    args = json.dumps({"name": "<PERSON_3f9a1c2b4d5e>"})
    out = ""
    for piece in (args[:12], args[12:20], args[20:]):
        call = {"index": 0, "function": {"arguments": piece}}
        chunk = restorer.restore_chunk(_chunk(tool_calls=[call]))
        out += chunk["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"]
    end = restorer.restore_chunk(_chunk(None, finish="tool_calls"))
    assert "tool_calls" not in end["choices"][0]["delta"]
    assert json.loads(out) == {"name": "Karim Benali"}


def test_stream_that_ends_without_finish_releases_held_text() -> None:
    async def lines() -> AsyncIterator[str]:
        yield "data: " + json.dumps(_chunk("x <PERSON_3f9a1c2b4d5e> <PERSON_3f9a1c2b"))
        yield ""

    async def collect() -> str:
        return b"".join([p async for p in restore_sse(lines(), REVERSE)]).decode()

    body = asyncio.run(collect())
    contents = [
        json.loads(line[6:])["choices"][0]["delta"]["content"]
        for line in body.splitlines()
        if line.startswith("data: {")
    ]
    assert "".join(contents) == "x Karim Benali <PERSON_3f9a1c2b"


def test_done_marker_and_unparsable_lines_pass_through() -> None:
    async def lines() -> AsyncIterator[str]:
        yield ": keep-alive"
        yield "data: not json"
        yield "data: [DONE]"

    async def collect() -> str:
        return b"".join([p async for p in restore_sse(lines(), REVERSE)]).decode()

    assert asyncio.run(collect()) == ": keep-alive\ndata: not json\ndata: [DONE]\n"
