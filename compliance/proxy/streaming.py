"""Step 9 for streamed answers: re-identify SSE chunks, holding split tokens back.

Each ``data:`` event is a JSON chunk. Chat and completions: per choice, the
text of ``delta.content``, ``delta.refusal`` (chat), ``text`` (completions) and
each tool call's ``function.arguments`` goes through its own
``StreamRestorer``; when a choice finishes, or the stream ends, whatever a
restorer still holds is released into the outgoing text. Responses API events
(``response.*``): each ``*.delta`` stream (per output item and content part)
has its restorer, released as one more delta right before its ``*.done``
event; whole texts and objects in other events are restored as documents.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

import orjson

from compliance.minimize import StreamRestorer
from compliance.proxy.answer import restore_document

_POSITION = ("item_id", "output_index", "content_index")


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
            if key[1] in ("content", "refusal"):
                delta[key[1]] = (delta.get(key[1]) or "") + text
                continue
            calls = delta.setdefault("tool_calls", [])
            call = next((c for c in calls if c.get("index", 0) == key[2]), None)
            if call is None:
                call = {"index": key[2], "function": {"arguments": ""}}
                calls.append(call)
            function = call.setdefault("function", {})
            function["arguments"] = (function.get("arguments") or "") + text

    def restore_event(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        """The events to send for one upstream event (a held tail may add one before it)."""
        kind = chunk.get("type")
        if isinstance(kind, str) and kind.startswith("response."):
            return self._response_event(kind, chunk)
        return [self.restore_chunk(chunk)]

    def _response_event(self, kind: str, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        position = tuple(chunk.get(name) for name in _POSITION)
        if kind.endswith(".delta") and isinstance(chunk.get("delta"), str):
            key = ("response", kind[: -len(".delta")], *position)
            if key not in self._restorers:
                arguments = "arguments" in kind
                self._restorers[key] = StreamRestorer(self._reverse, json_escaped=arguments)
            chunk["delta"] = self._restorers[key].feed(chunk["delta"])
            return [chunk]
        out: list[dict[str, Any]] = []
        if kind.endswith(".done"):
            base = kind[: -len(".done")]
            restorer = self._restorers.pop(("response", base, *position), None)
            if restorer is not None and restorer.holding:
                out.append(self._held_delta(base, chunk, restorer.flush()))
        out.append(restore_document(chunk, self._reverse))
        return out

    @staticmethod
    def _held_delta(base: str, like: dict[str, Any], text: str) -> dict[str, Any]:
        event = {k: like[k] for k in (*_POSITION, "sequence_number") if k in like}
        return {"type": base + ".delta", **event, "delta": text}

    def _response_leftovers(self) -> list[dict[str, Any]]:
        out = []
        for key, restorer in list(self._restorers.items()):
            if key[0] == "response" and restorer.holding:
                like = dict(zip(_POSITION, key[2:], strict=True))
                out.append(self._held_delta(str(key[1]), like, restorer.flush()))
        return out

    def restore_chunk(self, chunk: dict[str, Any]) -> dict[str, Any]:
        self._last_chunk = chunk
        for choice in chunk.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            index = choice.get("index", 0)
            delta = choice.get("delta")
            if isinstance(delta, dict):
                self._feed(delta, "content", (index, "content"))
                self._feed(delta, "refusal", (index, "refusal"))
                for call in delta.get("tool_calls") or []:
                    function = call.get("function") if isinstance(call, dict) else None
                    if isinstance(function, dict):
                        self._feed(function, "arguments", (index, "tool", call.get("index", 0)))
            self._feed(choice, "text", (index, "text"))
            if choice.get("finish_reason") is not None:
                self._release(choice, index)
        return chunk

    def leftovers(self) -> list[dict[str, Any]]:
        """Closing events carrying text still held when the stream ended without a finish."""
        out = self._response_leftovers()
        chat = self._chat_leftovers()
        return [*out, chat] if chat is not None else out

    def _chat_leftovers(self) -> dict[str, Any] | None:
        indexes = sorted(
            {key[0] for key, r in self._restorers.items() if r.holding and key[0] != "response"},
            key=str,
        )
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
            for tail in restorer.leftovers():
                yield b"data: " + orjson.dumps(tail) + b"\n\n"
            yield b"data: [DONE]\n"
            continue
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError:
            yield (line + "\n").encode()
            continue
        if not isinstance(chunk, dict):
            yield b"data: " + orjson.dumps(chunk) + b"\n"
            continue
        events = restorer.restore_event(chunk)
        for extra in events[:-1]:
            yield b"data: " + orjson.dumps(extra) + b"\n\n"
        yield b"data: " + orjson.dumps(events[-1]) + b"\n"
    for tail in restorer.leftovers():
        yield b"\ndata: " + orjson.dumps(tail) + b"\n\n"
