"""Step 9 for streamed answers: re-identify SSE chunks, holding split tokens back.

Each ``data:`` event is a JSON chunk; per choice, the text of ``delta.content``
(chat), ``text`` (completions) and each tool call's ``function.arguments`` goes
through its own ``StreamRestorer``. When a choice finishes, or the stream ends,
whatever a restorer still holds is released into the outgoing text.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

import orjson

from compliance.minimize import StreamRestorer


class SSERestorer:
    def __init__(self, reverse: Mapping[str, str]) -> None:
        self._reverse = reverse
        self._restorers: dict[tuple[Any, ...], StreamRestorer] = {}
        self._last_chunk: dict[str, Any] | None = None

    def _feed(self, holder: dict[str, Any], field: str, key: tuple[Any, ...]) -> None:
        value = holder.get(field)
        if not isinstance(value, str):
            return
        if key not in self._restorers:
            self._restorers[key] = StreamRestorer(self._reverse, json_escaped=key[1] == "tool")
        holder[field] = self._restorers[key].feed(value)

    def _release(self, choice: dict[str, Any], index: Any) -> None:
        """Append what the restorers of choice ``index`` still hold to ``choice``."""
        for key, restorer in self._restorers.items():
            if key[0] != index or not restorer.holding:
                continue
            text = restorer.flush()
            if key[1] == "text":
                choice["text"] = (choice.get("text") or "") + text
                continue
            delta = choice.setdefault("delta", {})
            if key[1] == "content":
                delta["content"] = (delta.get("content") or "") + text
                continue
            calls = delta.setdefault("tool_calls", [])
            call = next((c for c in calls if c.get("index", 0) == key[2]), None)
            if call is None:
                call = {"index": key[2], "function": {"arguments": ""}}
                calls.append(call)
            function = call.setdefault("function", {})
            function["arguments"] = (function.get("arguments") or "") + text

    def restore_chunk(self, chunk: dict[str, Any]) -> dict[str, Any]:
        self._last_chunk = chunk
        for choice in chunk.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            index = choice.get("index", 0)
            delta = choice.get("delta")
            if isinstance(delta, dict):
                self._feed(delta, "content", (index, "content"))
                for call in delta.get("tool_calls") or []:
                    function = call.get("function") if isinstance(call, dict) else None
                    if isinstance(function, dict):
                        self._feed(function, "arguments", (index, "tool", call.get("index", 0)))
            self._feed(choice, "text", (index, "text"))
            if choice.get("finish_reason") is not None:
                self._release(choice, index)
        return chunk

    def leftovers(self) -> dict[str, Any] | None:
        """A closing chunk carrying text still held when the stream ended without a finish."""
        indexes = sorted({key[0] for key, r in self._restorers.items() if r.holding}, key=str)
        if not indexes or self._last_chunk is None:
            return None
        choices: list[dict[str, Any]] = []
        for index in indexes:
            choice: dict[str, Any] = {"index": index, "finish_reason": None}
            self._release(choice, index)
            choices.append(choice)
        return {**{k: v for k, v in self._last_chunk.items() if k != "choices"}, "choices": choices}


async def restore_sse(
    lines: AsyncIterator[str], reverse: Mapping[str, str]
) -> AsyncIterator[bytes]:
    """Re-emit an SSE stream with this request's tokens restored."""
    restorer = SSERestorer(reverse)
    async for line in lines:
        if not line.startswith("data:"):
            yield (line + "\n").encode()
            continue
        data = line[5:].strip()
        if data == "[DONE]":
            tail = restorer.leftovers()
            if tail is not None:
                yield b"data: " + orjson.dumps(tail) + b"\n\n"
            yield b"data: [DONE]\n"
            continue
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError:
            yield (line + "\n").encode()
            continue
        if isinstance(chunk, dict):
            chunk = restorer.restore_chunk(chunk)
        yield b"data: " + orjson.dumps(chunk) + b"\n"
    tail = restorer.leftovers()
    if tail is not None:
        yield b"\ndata: " + orjson.dumps(tail) + b"\n\n"
