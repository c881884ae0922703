"""API-kind adapters: validate a payload's shape and list every text inside it.

A text is addressed by its path in the JSON document so the minimized value can
be written back in place. Anything that could carry personal data but cannot be
scanned (images, audio, token-id prompts) is refused: nothing unscanned leaves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from compliance.errors import SchemaError

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class TextSlot:
    path: Path
    json_encoded: bool = False  # tool-call arguments: JSON inside a string


# Non-text part types named in refusals; any other "type" is the caller's text, not echoed.
_KNOWN_PART_TYPES = frozenset(
    {"image_url", "input_image", "image", "input_audio", "audio", "file", "input_file"}
)


def path_name(path: Path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def get_at(document: Any, path: Path) -> Any:
    node = document
    for part in path:
        node = node[part]
    return node


def set_at(document: Any, path: Path, value: Any) -> None:
    get_at(document, path[:-1])[path[-1]] = value


def _require(condition: bool, path: Path, expected: str) -> None:
    if not condition:
        raise SchemaError(f"{path_name(path)} must be {expected}", param=path_name(path))


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise SchemaError("the request body must be a JSON object", param=None)
    return body


def _content(message: dict[str, Any], path: Path) -> Iterator[TextSlot]:
    content = message.get("content")
    if content is None or isinstance(content, str):
        if content:
            yield TextSlot(path)
        return
    _require(isinstance(content, list), path, "a string, null or a list of content parts")
    for index, part in enumerate(content):
        part_path = (*path, index)
        _require(isinstance(part, dict), part_path, "a content part object")
        kind = part.get("type")
        if kind in ("text", "input_text", "output_text", "refusal"):
            key = "refusal" if kind == "refusal" else "text"
            _require(isinstance(part.get(key), str), (*part_path, key), "a string")
            yield TextSlot((*part_path, key))
        else:
            shown = f"a {kind!r}" if kind in _KNOWN_PART_TYPES else "an unsupported"
            raise SchemaError(
                f"{path_name(part_path)} is {shown} part; only text parts can be scanned,"
                " so the request is refused rather than forwarded unscanned",
                param=path_name(part_path),
            )


def chat_texts(body: Any) -> list[TextSlot]:
    """Message contents (string or parts), names, tool-call arguments, tool results."""
    body = _object(body)
    messages = body.get("messages")
    _require(isinstance(messages, list) and len(messages) > 0, ("messages",), "a non-empty list")
    _require(isinstance(body.get("model"), str), ("model",), "a string")
    slots: list[TextSlot] = []
    for index, message in enumerate(messages):
        path: Path = ("messages", index)
        _require(isinstance(message, dict), path, "a message object")
        _require(isinstance(message.get("role"), str), (*path, "role"), "a string")
        slots.extend(_content(message, (*path, "content")))
        if "name" in message:
            _require(isinstance(message["name"], str), (*path, "name"), "a string")
            slots.append(TextSlot((*path, "name")))
        tool_calls = message.get("tool_calls")
        if tool_calls is None:
            continue
        _require(isinstance(tool_calls, list), (*path, "tool_calls"), "a list")
        for call_index, call in enumerate(tool_calls):
            args_path: Path = (*path, "tool_calls", call_index, "function", "arguments")
            function: Any = call.get("function") if isinstance(call, dict) else None
            _require(isinstance(function, dict), args_path[:-1], "an object")
            _require(isinstance(function.get("arguments"), str), args_path, "a string")
            slots.append(TextSlot(args_path, json_encoded=True))
    return slots


def _string_or_strings(body: dict[str, Any], key: str, *, what: str) -> list[TextSlot]:
    value: Any = body.get(key)
    if isinstance(value, str):
        return [TextSlot((key,))]
    _require(isinstance(value, list) and len(value) > 0, (key,), f"a string or a list of {what}")
    for index, item in enumerate(value):
        _require(
            isinstance(item, str),
            (key, index),
            "a string (token-id inputs cannot be scanned and are refused)",
        )
    return [TextSlot((key, index)) for index in range(len(value))]


def completion_texts(body: Any) -> list[TextSlot]:
    body = _object(body)
    _require(isinstance(body.get("model"), str), ("model",), "a string")
    slots = _string_or_strings(body, "prompt", what="strings")
    if body.get("suffix") is not None:
        _require(isinstance(body["suffix"], str), ("suffix",), "a string")
        slots.append(TextSlot(("suffix",)))
    return slots


def embedding_texts(body: Any) -> list[TextSlot]:
    body = _object(body)
    _require(isinstance(body.get("model"), str), ("model",), "a string")
    return _string_or_strings(body, "input", what="strings")


def json_texts(body: Any) -> list[TextSlot]:
    """Generic JSON routes: every string value counts (keys are structure, not data)."""
    slots: list[TextSlot] = []

    def walk(node: Any, path: Path) -> None:
        if isinstance(node, str):
            slots.append(TextSlot(path))
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, (*path, index))

    walk(body, ())
    return slots


Extractor = Callable[[Any], list[TextSlot]]

OPENAI_ENDPOINTS: dict[str, tuple[str, Extractor]] = {
    "chat/completions": ("chat", chat_texts),
    "completions": ("completion", completion_texts),
    "embeddings": ("embeddings", embedding_texts),
}
