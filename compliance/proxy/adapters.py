"""API-kind adapters: which shape a payload has, and how its slots are read and written.

The shapes (``shapes.py``) say what is structural and what is scanned; this
module maps endpoints to shapes, reads each slot's text for detection and
writes the minimized values back in place. Anything that could carry personal
data but cannot be scanned (images, audio, token-id prompts) is refused:
nothing unscanned leaves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from compliance.proxy.shapes import (
    CHAT,
    COMPLETION,
    EMBEDDING,
    FREE,
    RESPONSE,
    Extraction,
    Path,
    Shape,
    TextSlot,
    extract,
    path_name,
)

__all__ = [
    "OPENAI_ENDPOINTS",
    "Extraction",
    "TextSlot",
    "detection_text",
    "extract",
    "get_at",
    "json_shape",
    "name_safe",
    "path_name",
    "read_slot",
    "write_slots",
]

OPENAI_ENDPOINTS: dict[str, tuple[str, Shape]] = {
    "chat/completions": ("chat", CHAT),
    "completions": ("completion", COMPLETION),
    "embeddings": ("embeddings", EMBEDDING),
    "responses": ("responses", RESPONSE),
}
json_shape: Shape = FREE  # generic JSON routes: every key, string and number is scanned

_NAME_TOKEN = re.compile(r"<([A-Z][A-Z0-9_]*?(?:_[0-9a-f]{12,16})?)>")
_NOT_NAME = re.compile(r"[^a-zA-Z0-9_-]")
NAME_MAX = 64


def get_at(document: Any, path: Path) -> Any:
    node = document
    for part in path:
        node = node[part]
    return node


def read_slot(document: Any, slot: TextSlot) -> str:
    """The text of a slot as the caller wrote it."""
    if slot.role == "key":
        return str(slot.path[-1])
    value = get_at(document, slot.path)
    if slot.role == "number":
        return repr(value) if isinstance(value, float) else str(value)
    return str(value)


def detection_text(slot: TextSlot, text: str) -> str:
    """What detection reads for a slot: names and keys with ``_`` and ``-`` read as spaces.

    ``Karim_Benali`` or ``phone-0661234567`` are words to a reader; one character
    for one, so offsets stay the same.
    """
    if slot.role in ("name", "ident", "key"):
        return text.replace("_", " ").replace("-", " ")
    return text


def name_safe(text: str) -> str:
    """A minimized name that still matches OpenAI's ``^[a-zA-Z0-9_-]{1,64}$``.

    Tokens lose their angle brackets (``<PERSON_3f9a…>`` → ``PERSON_3f9a…``),
    anything else outside the alphabet becomes ``_``.
    """
    out = _NOT_NAME.sub("_", _NAME_TOKEN.sub(r"\1", text))[:NAME_MAX]
    return out or "_"


def write_slots(document: Any, slots: Sequence[TextSlot], values: Sequence[str]) -> None:
    """Write the minimized ``values`` back; keys last, deepest first, so paths stay valid."""
    keys: list[tuple[TextSlot, str]] = []
    for slot, value in zip(slots, values, strict=True):
        if slot.role == "key":
            keys.append((slot, value))
            continue
        original = read_slot(document, slot)
        if value == original or slot.role == "model":
            continue
        parent = get_at(document, slot.path[:-1])
        parent[slot.path[-1]] = name_safe(value) if slot.role == "name" else value
    for slot, value in sorted(keys, key=lambda item: -len(item[0].path)):
        if value != slot.path[-1]:
            _rename(get_at(document, slot.path[:-1]), str(slot.path[-1]), value)


def _rename(node: dict[str, Any], old: str, new: str) -> None:
    """Rename key ``old`` to ``new`` in place, keeping the order; never merge two keys."""
    unique, n = new, 1
    while unique in node and unique != old:
        n += 1
        unique = f"{new}_{n}"
    items = [(unique if key == old else key, value) for key, value in node.items()]
    node.clear()
    node.update(items)
