"""Step 9 for streamed answers: every byte scanned before it leaves, and the stream still streams.

Each text stream of an answer (per choice, its ``delta.content``, ``delta.refusal``,
``text`` and each tool call's ``function.arguments``; per Responses API output item
and part, its ``*.delta`` events) goes through a :class:`HeldText`: it releases
what it has once the text after it is long enough that no value could still be
growing across the cut, and holds the rest back:

* the last ``window`` characters (a name, an e-mail, a phone number being
  written);
* and, however long, a trailing run of number-like chunks ("MA64 0115 1900 …",
  an IBAN longer than the window is still one value), up to :data:`MAX_RUN`;
* never half a span, never half a pseudonym (``<PERSON_3f9a…``).

What is released was scanned with the text around it (the detector sees
:data:`CONTEXT` characters already released before it and the held text after
it), minimized per the answer actions, and had the caller's tokens restored.
When a choice finishes, a ``*.done`` event arrives, or the stream ends, what is
held is scanned and released. Whole texts and objects of other events
(``response.completed``...) are scanned as documents. If detection fails, the
stream ends with an in-band error event and nothing held is released.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, cast

import orjson

from compliance.detect.types import Span
from compliance.guard.answer import AnswerScanner
from compliance.minimize.pseudonyms import MAX_TOKEN_LEN

__all__ = ["CONTEXT", "MAX_RUN", "HeldText", "SSEScanner", "scan_sse"]

CONTEXT = 64  # released characters the detector sees before the held text
MAX_RUN = 256  # a number-like run longer than this is not one identifier any more
_POSITION = ("item_id", "output_index", "content_index")
_WORD = re.compile(r"\S+")


def _run_start(text: str) -> int:
    """Where a trailing run of number-like chunks starts ("IBAN MA64 0115 19" → at "MA64").

    A chunk belongs to the run when it holds a digit or "@", or is at most two
    characters ("BE", "+", "-"); the last chunk always does (a word being written).
    """
    start = len(text)
    words = list(_WORD.finditer(text))
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group()
        numberish = any(c.isdigit() for c in word) or "@" in word or len(word) <= 2
        if index != len(words) - 1 and not numberish:
            break
        start = words[index].start()
    return start


@dataclass
class HeldText:
    """One text stream of an answer: scanned, minimized and released with a bounded holdback."""

    scanner: AnswerScanner
    window: int
    json_escaped: bool = False
    pending: str = ""  # received, not yet released (as the model wrote it, tokens in place)
    context: str = ""  # the end of what was released, for the detector's left context
    _step: int = field(init=False)

    def __post_init__(self) -> None:
        self._step = max(1, self.window // 2)

    @property
    def holding(self) -> bool:
        return bool(self.pending)

    async def feed(self, piece: str) -> str:
        """Take ``piece``; return what may leave now (possibly nothing yet)."""
        self.pending += piece
        if len(self.pending) < self.window + self._step:
            return ""
        return await self._release(final=False)

    async def flush(self) -> str:
        """Scan and release everything held (the text is complete)."""
        if not self.pending:
            return ""
        return await self._release(final=True)

    async def _release(self, *, final: bool) -> str:
        offset = len(self.context)
        text = self.context + self.pending
        [spans] = await self.scanner.spans([text])
        cut = len(text) if final else self._cut(text, spans, offset)
        if cut <= offset:
            return ""
        # A span reaching back into released text is minimized for what is left of it.
        piece_spans = [
            Span(s.entity_type, max(s.start, offset) - offset, s.end - offset, s.score)
            for s in spans
            if s.end > offset and s.end <= cut
        ]
        out = self.scanner.minimize(text[offset:cut], piece_spans, json_escaped=self.json_escaped)
        self.context = text[:cut][-CONTEXT:]
        self.pending = text[cut:]
        return out

    def _cut(self, text: str, spans: list[Span], offset: int) -> int:
        cut = len(text) - self.window
        run = _run_start(text)
        if run < cut and len(text) - run <= MAX_RUN:
            cut = run  # a value still being written began before the window
        for span in sorted(spans, key=lambda s: s.start):
            if span.start < cut < span.end:
                cut = span.start
        opening = text.rfind("<", max(offset, cut - MAX_TOKEN_LEN), cut)
        if opening != -1 and ">" not in text[opening:cut]:
            cut = opening  # maybe the start of a pseudonym: restore it whole later
        return max(cut, offset)


# Texts a chat chunk's delta streams (reasoning: vLLM's and DeepSeek's reasoning_content).
STREAMED_DELTA_TEXTS = ("content", "refusal", "reasoning_content", "reasoning")


def _choices(chunk: dict[str, Any]) -> list[dict[str, Any]]:
    choices = chunk.get("choices")
    return [c for c in choices if isinstance(c, dict)] if isinstance(choices, list) else []


def _streamed_paths(chunk: dict[str, Any]) -> frozenset[tuple[Any, ...]]:
    """Paths of a chunk's streamed texts (held, scanned and released by :class:`HeldText`)."""
    paths: set[tuple[Any, ...]] = set()
    choices = chunk.get("choices")
    for position, choice in enumerate(choices if isinstance(choices, list) else []):
        if not isinstance(choice, dict):
            continue
        paths.add(("choices", position, "text"))
        delta = choice.get("delta")
        if not isinstance(delta, dict):
            continue
        paths.update(("choices", position, "delta", name) for name in STREAMED_DELTA_TEXTS)
        calls = delta.get("tool_calls")
        for number, _ in enumerate(calls if isinstance(calls, list) else []):
            path = ("choices", position, "delta", "tool_calls", number, "function", "arguments")
            paths.add(path)
    return frozenset(paths)


class SSEScanner:
    """Scans the events of one streamed answer (chat, completions, Responses API)."""

    def __init__(self, scanner: AnswerScanner, *, window: int) -> None:
        self._scanner = scanner
        self._window = window
        self._held: dict[tuple[Any, ...], HeldText] = {}
        self._last_chunk: dict[str, Any] | None = None

    def _text(self, key: tuple[Any, ...], *, json_escaped: bool = False) -> HeldText:
        if key not in self._held:
            self._held[key] = HeldText(self._scanner, self._window, json_escaped=json_escaped)
        return self._held[key]

    async def _feed(self, holder: dict[str, Any], name: str, key: tuple[Any, ...]) -> None:
        value = holder.get(name)
        if isinstance(value, str):
            holder[name] = await self._text(key, json_escaped=key[1] == "tool").feed(value)

    async def event(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        """The events to send for one upstream event (a held tail may add one before it)."""
        kind = chunk.get("type")
        if isinstance(kind, str) and kind.startswith("response."):
            return await self._response_event(kind, chunk)
        return [await self._chat_chunk(chunk)]

    async def _chat_chunk(self, chunk: dict[str, Any]) -> dict[str, Any]:
        self._last_chunk = chunk
        for choice in _choices(chunk):
            index = choice.get("index", 0)
            delta = choice.get("delta")
            if isinstance(delta, dict):
                for name in STREAMED_DELTA_TEXTS:
                    await self._feed(delta, name, (index, name))
                for call in delta.get("tool_calls") or []:
                    function = call.get("function") if isinstance(call, dict) else None
                    if isinstance(function, dict):
                        key = (index, "tool", call.get("index", 0))
                        await self._feed(function, "arguments", key)
            await self._feed(choice, "text", (index, "text"))
            if choice.get("finish_reason") is not None:
                await self._release(choice, index)
        # Every other string of the chunk (ids, the model, an upstream's own fields) is
        # scanned where it stands, deny by default; the streamed texts are released
        # scanned already.
        scanned = await self._scanner.document(chunk, skip=_streamed_paths(chunk))
        return cast(dict[str, Any], scanned)

    async def _release(self, choice: dict[str, Any], index: Any) -> None:
        """Append what the streams of choice ``index`` still hold to ``choice``."""
        for key, held in self._held.items():
            if key[0] != index or not held.holding:
                continue
            text = await held.flush()
            if key[1] == "text":
                choice["text"] = (choice.get("text") or "") + text
                continue
            delta = choice.setdefault("delta", {})
            if key[1] in STREAMED_DELTA_TEXTS:
                delta[key[1]] = (delta.get(key[1]) or "") + text
                continue
            calls = delta.setdefault("tool_calls", [])
            call = next((c for c in calls if c.get("index", 0) == key[2]), None)
            if call is None:
                call = {"index": key[2], "function": {"arguments": ""}}
                calls.append(call)
            function = call.setdefault("function", {})
            function["arguments"] = (function.get("arguments") or "") + text

    async def _response_event(self, kind: str, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        position = tuple(chunk.get(name) for name in _POSITION)
        if kind.endswith(".delta") and isinstance(chunk.get("delta"), str):
            key = ("response", kind[: -len(".delta")], *position)
            arguments = "arguments" in kind
            chunk["delta"] = await self._text(key, json_escaped=arguments).feed(chunk["delta"])
            return [chunk]
        out: list[dict[str, Any]] = []
        if kind.endswith(".done"):
            base = kind[: -len(".done")]
            held = self._held.pop(("response", base, *position), None)
            if held is not None and held.holding:
                out.append(self._held_delta(base, chunk, await held.flush()))
        out.append(await self._scanner.document(chunk))
        return out

    @staticmethod
    def _held_delta(base: str, like: dict[str, Any], text: str) -> dict[str, Any]:
        event = {k: like[k] for k in (*_POSITION, "sequence_number") if k in like}
        return {"type": base + ".delta", **event, "delta": text}

    async def leftovers(self) -> list[dict[str, Any]]:
        """Closing events carrying text still held when the stream ended without a finish."""
        out = []
        for key, held in list(self._held.items()):
            if key[0] == "response" and held.holding:
                like = dict(zip(_POSITION, key[2:], strict=True))
                out.append(self._held_delta(str(key[1]), like, await held.flush()))
        indexes = sorted(
            {k[0] for k, h in self._held.items() if h.holding and k[0] != "response"}, key=str
        )
        if indexes and self._last_chunk is not None:
            choices: list[dict[str, Any]] = []
            for index in indexes:
                choice: dict[str, Any] = {"index": index, "finish_reason": None}
                await self._release(choice, index)
                choices.append(choice)
            rest = {k: v for k, v in self._last_chunk.items() if k != "choices"}
            out.append({**rest, "choices": choices})
        return out


async def scan_sse(
    lines: AsyncIterator[str], scanner: AnswerScanner, *, window: int
) -> AsyncIterator[bytes]:
    """Re-emit an SSE stream scanned, minimized and with this request's tokens restored.

    Raises:
        DetectionError: Detection failed; the caller ends the stream with an error event.
    """
    sse = SSEScanner(scanner, window=window)
    async for line in lines:
        if not line.startswith("data:"):
            yield (line + "\n").encode()
            continue
        data = line[5:].strip()
        if data == "[DONE]":
            for tail in await sse.leftovers():
                yield b"data: " + orjson.dumps(tail) + b"\n\n"
            yield b"data: [DONE]\n"
            continue
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError:
            # Not JSON: text the answer carries all the same, scanned as one piece.
            [found] = await scanner.spans([data])
            yield b"data: " + scanner.minimize(data, found).encode() + b"\n"
            continue
        if not isinstance(chunk, dict):
            yield b"data: " + orjson.dumps(chunk) + b"\n"
            continue
        events = await sse.event(chunk)
        for extra in events[:-1]:
            yield b"data: " + orjson.dumps(extra) + b"\n\n"
        yield b"data: " + orjson.dumps(events[-1]) + b"\n"
    for tail in await sse.leftovers():
        yield b"\ndata: " + orjson.dumps(tail) + b"\n\n"
