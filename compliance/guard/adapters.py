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

from compliance.guard.shapes import (
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
    "number_view",
    "param_view",
    "path_name",
    "read_slot",
    "rename_key",
    "separated",
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
# Runs of the separators model ids and paths are written with, between letters or digits.
_ID_SEPARATORS = re.compile(r"(?<=[^\W_])[_\-.:/]+(?=[^\W_])")
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
    if slot.role in ("number", "param"):
        return repr(value) if isinstance(value, float) else str(value)
    return str(value)


def separated(text: str) -> str:
    """``text`` with ``_ - . : /`` between letters or digits read as spaces.

    ``tel_0661234567`` or ``gpt-4o-2024-08-06`` are words to a reader (and to the
    recognizers' word boundaries); one character for one, so offsets stay the same.
    """
    return _ID_SEPARATORS.sub(lambda m: " " * len(m.group()), text)


def detection_text(slot: TextSlot, text: str) -> str:
    """What detection reads for a slot: names, ids, keys and model ids as words.

    ``Karim_Benali`` or ``phone-0661234567`` are words to a reader: in names, ids
    and keys ``_`` and ``-`` are spaces; in a model id (``tel_0661234567``,
    ``cin.BE384721``) so are ``.``, ``:`` and ``/`` between letters or digits. One
    character for one, so offsets stay the same.
    """
    if slot.role in ("name", "ident", "key"):
        return text.replace("_", " ").replace("-", " ")
    if slot.role == "model":
        return separated(text)
    if slot.role == "number":
        return number_view(text)
    if slot.role == "param":
        return param_view(text)
    return text


_INTEGRAL = re.compile(r"-?([0-9]+)(?:\.0+)?")
_NATIONAL = re.compile(r"[5-8][0-9]{8}")


_DECIMAL = re.compile(r"-?([0-9]+)\.([0-9]+)")


def param_view(text: str) -> str:
    """A structural number read as the identifier its digits may spell.

    As :func:`number_view`, and a fraction's digits are read too: after a zero
    (``temperature: 0.661234567``, ``top_p: 0.4111111111111111``) alone, after any
    other integer part with it (``66.1234567``).
    """
    match = _DECIMAL.fullmatch(text)
    if match is None or not match.group(2).strip("0"):
        return number_view(text)  # an integer, or one written with a zero fraction
    whole, fraction = match.groups()
    digits = fraction if whole == "0" else whole + fraction
    return "0" + digits if _NATIONAL.fullmatch(digits) else digits


def number_view(text: str) -> str:
    """A JSON number read as the identifier its digits may spell.

    The sign and a zero fraction are no part of it (``-4111111111111111``,
    ``4111111111111111.0``, ``6.61234567e8`` written ``661234567.0``), and a JSON
    number cannot keep a leading zero: nine digits from 5 to 8 read as the
    Moroccan number "0…" they would be. Any span found in it stands for the whole
    number (offsets do not map back; the number is replaced whole).
    """
    match = _INTEGRAL.fullmatch(text)
    if match is None:
        return text
    digits = match.group(1)
    return "0" + digits if _NATIONAL.fullmatch(digits) else digits


def name_safe(text: str) -> str:
    """A minimized name that still matches OpenAI's ``^[a-zA-Z0-9_-]{1,64}$``.

    Tokens lose their angle brackets (``<PERSON_3f9a…>`` → ``PERSON_3f9a…``),
    anything else outside the alphabet becomes ``_``.
    """
    out = _NOT_NAME.sub("_", _NAME_TOKEN.sub(r"\1", text))[:NAME_MAX]
    return out or "_"


def write_slots(document: Any, slots: Sequence[TextSlot], values: Sequence[str]) -> Any:
    """Write the minimized ``values`` back; keys last, deepest first, so paths stay valid.

    Returns the document: the same object, or the minimized value itself when the
    slot is the whole document (a generic JSON body that is one string or number).
    """
    keys: list[tuple[TextSlot, str]] = []
    for slot, value in zip(slots, values, strict=True):
        if slot.role == "key":
            keys.append((slot, value))
            continue
        original = read_slot(document, slot)
        if value == original or slot.role in ("model", "param"):
            continue
        if not slot.path:
            # The root itself (no parent to write into): the minimized value replaces it.
            return value
        parent = get_at(document, slot.path[:-1])
        parent[slot.path[-1]] = name_safe(value) if slot.role == "name" else value
    for slot, value in sorted(keys, key=lambda item: -len(item[0].path)):
        if value != slot.path[-1]:
            rename_key(get_at(document, slot.path[:-1]), str(slot.path[-1]), value)
    return document


def rename_key(node: dict[str, Any], old: str, new: str) -> None:
    """Rename key ``old`` to ``new`` in place, keeping the order; never merge two keys."""
    unique, n = new, 1
    while unique in node and unique != old:
        n += 1
        unique = f"{new}_{n}"
    items = [(unique if key == old else key, value) for key, value in node.items()]
    node.clear()
    node.update(items)
