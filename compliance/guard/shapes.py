"""Deny by default: what each API kind's payload may hold, and what in it must be scanned.

Every string of a request body, at any depth, and every key of a free-form
object is a text to scan, unless the API kind's shape below names it as a
structural value: an enum member (``role``, ``type``...), a boolean, a number
of a known numeric field, a model id. A structural field holding anything else
is refused (422), never forwarded; a field the shape does not name is free-form
(``FREE``: its keys, strings and numbers scanned), so a field OpenAI adds
tomorrow is scanned, not passed. JSON schemas (``tools``, ``response_format``,
``text.format``, ``functions``) are free-form: their descriptions, titles,
enums, defaults, examples and property names are all scanned.

Image parts (chat ``image_url``, responses ``input_image``) are read as images, not
texts: the walk lists their URLs' places in ``Extraction.images`` (``guard/images.py``
reads them whole, or the request is refused). Audio and files are refused by name.

The walk yields :class:`TextSlot` addresses; the guard reads every slot,
detects, and writes the minimized values back in place, so the forwarded
document keeps the shape an OpenAI-compatible server expects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from compliance.core.errors import SchemaError, TooDeep, TooManyTexts

Path = tuple[str | int, ...]
Role = Literal["text", "json", "key", "name", "ident", "number", "model", "param"]

MAX_DEPTH = 64  # nesting levels a body may have (deeper ones are refused before any decision)
# Texts (strings, keys, numbers) one request may have scanned: each costs the detector
# about a millisecond, so 20,000 one-word values held a worker for a minute.
MAX_TEXTS = 4096


@dataclass(frozen=True, slots=True)
class TextSlot:
    """Where a scanned text lives in the document, and how it is written back.

    Roles: ``text`` a string; ``json`` a string holding JSON (tool-call
    arguments); ``key`` the key ``path[-1]`` of the object at ``path[:-1]``;
    ``name`` a string that must stay a name (``^[a-zA-Z0-9_-]{1,64}$``);
    ``ident`` an id (``call_…``), read with ``_`` and ``-`` as spaces;
    ``number`` a number of a free-form place, read as its decimal text;
    ``model`` a model id, never rewritten: personal data in it is refused;
    ``param`` a number of a structural field (``seed``, ``max_tokens``,
    ``temperature``, ``logit_bias`` values), never rewritten: read for the
    identifiers its digits spell (``seed: 4111111111111111``, ``temperature:
    0.661234567``), refused when it spells one.
    """

    path: Path
    role: Role = "text"


@dataclass
class Extraction:
    """What a walk found: the slots to scan and the end-user ids to replace by a keyed hash."""

    slots: list[TextSlot] = field(default_factory=list)
    hashed: list[Path] = field(default_factory=list)
    images: list[Path] = field(default_factory=list)  # image URLs (data: or https)


def path_name(path: Path) -> str:
    """``messages[0].content`` for ``("messages", 0, "content")``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _refuse(path: Path, expected: str) -> SchemaError:
    # Paths name known fields and indices only: free-form keys (the caller's text) never
    # reach a structural check, so an error never echoes them.
    return SchemaError(f"{path_name(path) or 'the body'} must be {expected}", param=path_name(path))


class Shape:
    """A node of an API kind's shape; ``walk`` validates ``node`` and lists its slots."""

    def walk(self, node: Any, path: Path, out: Extraction, depth: int) -> None:
        raise NotImplementedError

    def accepts(self, node: Any) -> bool:
        """Whether ``node`` has this shape's JSON type (for :class:`OneOf`)."""
        return True


def _depth(path: Path, depth: int) -> int:
    if depth >= MAX_DEPTH:
        raise TooDeep(f"the body is nested more than {MAX_DEPTH} levels deep; flatten it")
    return depth + 1


class _Free(Shape):
    """Any JSON: strings, keys and numbers are scanned; booleans and null are structure."""

    def walk(self, node: Any, path: Path, out: Extraction, depth: int) -> None:
        depth = _depth(path, depth)
        if isinstance(node, str):
            out.slots.append(TextSlot(path))
        elif isinstance(node, bool) or node is None:
            return
        elif isinstance(node, int | float):
            out.slots.append(TextSlot(path, "number"))
        elif isinstance(node, dict):
            for key, value in node.items():
                out.slots.append(TextSlot((*path, key), "key"))
                self.walk(value, (*path, key), out, depth)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self.walk(value, (*path, index), out, depth)


class _Scalar(Shape):
    def __init__(self, role: Role | None, kinds: tuple[type, ...], expected: str) -> None:
        self._role = role
        self._kinds = kinds
        self._expected = expected

    def accepts(self, node: Any) -> bool:
        if isinstance(node, bool) and bool not in self._kinds:
            return False
        return isinstance(node, self._kinds)

    def walk(self, node: Any, path: Path, out: Extraction, depth: int) -> None:
        if node is None:
            return
        if not self.accepts(node):
            raise _refuse(path, self._expected)
        if self._role is not None:
            out.slots.append(TextSlot(path, self._role))


class _Hashed(Shape):
    """An end-user id (``user``, ``safety_identifier``): only its keyed hash leaves."""

    def walk(self, node: Any, path: Path, out: Extraction, depth: int) -> None:
        if node is None:
            return
        if not isinstance(node, str):
            raise _refuse(path, "a string")
        out.hashed.append(path)


class Enum(Shape):
    """One of a fixed set of strings; anything else is refused, not forwarded."""

    def __init__(self, *values: str) -> None:
        self._values = frozenset(values)
        self._expected = "one of " + ", ".join(repr(v) for v in sorted(values))

    def accepts(self, node: Any) -> bool:
        return isinstance(node, str)

    def walk(self, node: Any, path: Path, out: Extraction, depth: int) -> None:
        if node is None:
            return
        if node not in self._values:
            raise _refuse(path, self._expected)


class _Model(Shape):
    """A model id: a short token of the shape model ids have, scanned for personal data."""

    _SHAPE = re.compile(r"@?[A-Za-z0-9][A-Za-z0-9._:/+=@-]{0,199}")

    def walk(self, node: Any, path: Path, out: Extraction, depth: int) -> None:
        if not isinstance(node, str) or not self._SHAPE.fullmatch(node):
            raise _refuse(path, "a model id (letters, digits and . _ : / + = @ -, no spaces)")
        out.slots.append(TextSlot(path, "model"))


class _TokenBias(Shape):
    """``logit_bias``: token ids (digit strings) to numbers."""

    def walk(self, node: Any, path: Path, out: Extraction, depth: int) -> None:
        if node is None:
            return
        if not isinstance(node, dict):
            raise _refuse(path, "an object of token ids to numbers")
        for key, value in node.items():
            # Seven digits: vocabularies have fewer than ten million tokens, and a longer
            # "token id" is a phone or a card number in disguise.
            if not (key.isascii() and key.isdigit() and len(key) <= 7):
                raise _refuse(path, "an object whose keys are token ids (up to 7 digits)")
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise _refuse(path, "an object whose values are numbers")
            out.slots.append(TextSlot((*path, key), "param"))


class Obj(Shape):
    """An object with named fields; fields it does not name are free-form (scanned)."""

    def __init__(
        self,
        fields: Mapping[str, Shape] | None = None,
        *,
        required: Iterable[str] = (),
        discriminator: str | None = None,
    ) -> None:
        self.fields = dict(fields or {})
        self._required = tuple(required)
        self.discriminator = discriminator

    def accepts(self, node: Any) -> bool:
        return isinstance(node, dict)

    def walk(self, node: Any, path: Path, out: Extraction, depth: int) -> None:
        if node is None:
            return
        if not isinstance(node, dict):
            raise _refuse(path, "an object")
        depth = _depth(path, depth)
        for name in self._required:
            if name not in node:
                raise _refuse((*path, name), "present")
        for key, value in node.items():
            shape = self.fields.get(key)
            if shape is None:
                out.slots.append(TextSlot((*path, key), "key"))
                FREE.walk(value, (*path, key), out, depth)
            else:
                shape.walk(value, (*path, key), out, depth)


class ListOf(Shape):
    def __init__(self, item: Shape, *, non_empty: bool = False, what: str = "a list") -> None:
        self._item = item
        self._non_empty = non_empty
        self._what = what

    def accepts(self, node: Any) -> bool:
        return isinstance(node, list)

    def walk(self, node: Any, path: Path, out: Extraction, depth: int) -> None:
        if node is None:
            return
        if not isinstance(node, list) or (self._non_empty and not node):
            raise _refuse(path, self._what)
        depth = _depth(path, depth)
        for index, item in enumerate(node):
            self._item.walk(item, (*path, index), out, depth)


class OneOf(Shape):
    """The first alternative whose JSON type the value has."""

    def __init__(self, *shapes: Shape, expected: str) -> None:
        self._shapes = shapes
        self._expected = expected

    def accepts(self, node: Any) -> bool:
        return any(shape.accepts(node) for shape in self._shapes)

    def walk(self, node: Any, path: Path, out: Extraction, depth: int) -> None:
        if node is None:
            return
        for shape in self._shapes:
            if shape.accepts(node):
                shape.walk(node, path, out, depth)
                return
        raise _refuse(path, self._expected)


class Tagged(Shape):
    """Objects told apart by a ``type`` field: an unknown type is refused.

    ``refused`` types are known but cannot be scanned (audio, files): refused by name,
    so the caller knows why.
    """

    def __init__(
        self,
        variants: Mapping[str, Shape],
        *,
        default: str | None = None,
        refused: Iterable[str] = (),
        what: str = "part",
    ) -> None:
        self._variants = dict(variants)
        self._default = default
        self._refused = frozenset(refused)
        self._what = what

    def accepts(self, node: Any) -> bool:
        return isinstance(node, dict)

    def walk(self, node: Any, path: Path, out: Extraction, depth: int) -> None:
        if not isinstance(node, dict):
            raise _refuse(path, f"a {self._what} object")
        kind = node.get("type", self._default)
        if kind in self._refused:
            raise SchemaError(
                f"{path_name(path)} is a {kind!r} {self._what}; only text and images are"
                " read, so the request is refused rather than forwarded unscanned",
                param=path_name(path),
            )
        shape = self._variants.get(kind) if isinstance(kind, str) else None
        if shape is None:
            # The caller's text is not echoed: only the known types are named.
            raise _refuse(
                (*path, "type"), "one of " + ", ".join(repr(v) for v in sorted(self._variants))
            )
        shape.walk(node, path, out, depth)


class _ImageUrl(Shape):
    """An image's URL, read as an image (``guard/images.py``), never as a text."""

    def walk(self, node: Any, path: Path, out: Extraction, depth: int) -> None:
        if not isinstance(node, str):
            raise _refuse(path, "an image URL (a data: URL, or https where the route fetches)")
        out.images.append(path)


class _Unreadable(Shape):
    """A field naming content the sidecar cannot read (a file id): refused when present."""

    def __init__(self, why: str) -> None:
        self._why = why

    def walk(self, node: Any, path: Path, out: Extraction, depth: int) -> None:
        if node is None:
            return
        raise SchemaError(
            f"{path_name(path)} {self._why}; send the image inline as a data: URL",
            param=path_name(path),
        )


FREE: Shape = _Free()
TEXT: Shape = _Scalar("text", (str,), "a string")
JSON_TEXT: Shape = _Scalar("json", (str,), "a string")
NAME: Shape = _Scalar("name", (str,), "a string")
IDENT: Shape = _Scalar("ident", (str,), "a string")
BOOL: Shape = _Scalar(None, (bool,), "true or false")
INT: Shape = _Scalar("param", (int,), "an integer")
NUMBER: Shape = _Scalar("param", (int, float), "a number")
HASHED: Shape = _Hashed()
MODEL: Shape = _Model()
TOKEN_BIAS: Shape = _TokenBias()
STRINGS: Shape = OneOf(TEXT, ListOf(TEXT), expected="a string or a list of strings")

_UNSCANNABLE = ("image", "input_audio", "audio", "file", "input_file")
IMAGE_URL: Shape = _ImageUrl()
_DETAIL = Enum("auto", "low", "high")
_CHAT_IMAGE = Obj(
    {
        "type": Enum("image_url"),
        "image_url": Obj({"url": IMAGE_URL, "detail": _DETAIL}, required=("url",)),
    },
    required=("image_url",),
)
_RESPONSE_IMAGE = Obj(
    {
        "type": Enum("input_image"),
        "image_url": IMAGE_URL,
        "detail": _DETAIL,
        "file_id": _Unreadable("is a file id: the file cannot be read"),
    },
    required=("image_url",),
)


def _part(text_key: str) -> Shape:
    return Obj({"type": TEXT_TYPE, text_key: TEXT}, required=(text_key,))


TEXT_TYPE: Shape = Enum("text", "input_text", "output_text", "refusal")
_CHAT_PART = Tagged(
    {
        "text": _part("text"),
        "input_text": _part("text"),
        "refusal": _part("refusal"),
        "image_url": _CHAT_IMAGE,
    },
    refused=_UNSCANNABLE,
)
_CHAT_CONTENT = OneOf(
    TEXT, ListOf(_CHAT_PART), expected="a string, null or a list of content parts"
)
_FUNCTION_CALL = Obj({"name": NAME, "arguments": JSON_TEXT})
_TOOL_CALL = Obj(
    {"id": IDENT, "type": Enum("function"), "function": _FUNCTION_CALL}, required=("function",)
)
_MESSAGE = Obj(
    {
        "role": Enum("system", "developer", "user", "assistant", "tool", "function"),
        "content": _CHAT_CONTENT,
        "name": NAME,
        "tool_calls": ListOf(_TOOL_CALL),
        "tool_call_id": IDENT,
        "function_call": _FUNCTION_CALL,
        "refusal": TEXT,
    },
    required=("role",),
)
_FUNCTION = Obj({"name": NAME, "description": TEXT, "parameters": FREE, "strict": BOOL})
_CHAT_TOOL = Obj({"type": Enum("function", "custom"), "function": _FUNCTION})
_STREAM_OPTIONS = Obj({"include_usage": BOOL, "include_obfuscation": BOOL})
_SAMPLING: dict[str, Shape] = {
    "model": MODEL,
    "stream": BOOL,
    "stream_options": _STREAM_OPTIONS,
    "n": INT,
    "seed": INT,
    "max_tokens": INT,
    "temperature": NUMBER,
    "top_p": NUMBER,
    "top_k": NUMBER,
    "min_p": NUMBER,
    "presence_penalty": NUMBER,
    "frequency_penalty": NUMBER,
    "repetition_penalty": NUMBER,
    "logprobs": OneOf(BOOL, INT, expected="a boolean or an integer"),
    "logit_bias": TOKEN_BIAS,
    "stop": STRINGS,
    "user": HASHED,
    "safety_identifier": HASHED,
    "prompt_cache_key": HASHED,
    "service_tier": Enum("auto", "default", "flex", "scale", "priority"),
    "store": BOOL,
}

CHAT = Obj(
    {
        **_SAMPLING,
        "messages": ListOf(_MESSAGE, non_empty=True, what="a non-empty list of messages"),
        "max_completion_tokens": INT,
        "top_logprobs": INT,
        "parallel_tool_calls": BOOL,
        "tools": ListOf(_CHAT_TOOL),
        "tool_choice": OneOf(
            Enum("none", "auto", "required"),
            Obj(
                {
                    "type": Enum("function", "allowed_tools", "custom"),
                    "function": Obj({"name": NAME}),
                }
            ),
            expected="'none', 'auto', 'required' or a tool choice object",
        ),
        "functions": ListOf(_FUNCTION),
        "function_call": OneOf(
            Enum("none", "auto"), Obj({"name": NAME}), expected="'none', 'auto' or {name}"
        ),
        "response_format": Obj(
            {
                "type": Enum("text", "json_object", "json_schema"),
                "json_schema": Obj(
                    {"name": NAME, "description": TEXT, "schema": FREE, "strict": BOOL}
                ),
            }
        ),
        "reasoning_effort": Enum("none", "minimal", "low", "medium", "high"),
        "verbosity": Enum("low", "medium", "high"),
        "modalities": ListOf(Enum("text", "audio")),
    },
    required=("model", "messages"),
)

COMPLETION = Obj(
    {
        **_SAMPLING,
        "prompt": OneOf(
            TEXT,
            ListOf(
                _Scalar("text", (str,), "a string (token-id prompts cannot be scanned)"),
                non_empty=True,
                what="a non-empty list of strings",
            ),
            expected="a string or a list of strings (token-id prompts cannot be scanned)",
        ),
        "suffix": TEXT,
        "echo": BOOL,
        "best_of": INT,
    },
    required=("model", "prompt"),
)

EMBEDDING = Obj(
    {
        "model": MODEL,
        "input": OneOf(
            TEXT,
            ListOf(
                _Scalar("text", (str,), "a string (token-id inputs cannot be scanned)"),
                non_empty=True,
                what="a non-empty list of strings",
            ),
            expected="a string or a list of strings (token-id inputs cannot be scanned)",
        ),
        "encoding_format": Enum("float", "base64"),
        "dimensions": INT,
        "user": HASHED,
    },
    required=("model", "input"),
)

_RESPONSE_PART = Tagged(
    {
        "input_text": _part("text"),
        "output_text": Obj({"type": TEXT_TYPE, "text": TEXT, "annotations": FREE}),
        "text": _part("text"),
        "refusal": _part("refusal"),
        "input_image": _RESPONSE_IMAGE,
    },
    refused=_UNSCANNABLE,
)
_RESPONSE_CONTENT = OneOf(TEXT, ListOf(_RESPONSE_PART), expected="a string or a list of parts")
_ITEM_STATUS = Enum("in_progress", "completed", "incomplete")
_RESPONSE_ITEM = Tagged(
    {
        "message": Obj(
            {
                "type": Enum("message"),
                "role": Enum("user", "assistant", "system", "developer"),
                "content": _RESPONSE_CONTENT,
                "id": IDENT,
                "status": _ITEM_STATUS,
            },
            required=("role",),
        ),
        "function_call": Obj(
            {
                "type": Enum("function_call"),
                "call_id": IDENT,
                "name": NAME,
                "arguments": JSON_TEXT,
                "id": IDENT,
                "status": _ITEM_STATUS,
            }
        ),
        "function_call_output": Obj(
            {
                "type": Enum("function_call_output"),
                "call_id": IDENT,
                "output": _RESPONSE_CONTENT,
                "id": IDENT,
                "status": _ITEM_STATUS,
            }
        ),
        "reasoning": Obj({"type": Enum("reasoning")}),
        "item_reference": Obj({"type": Enum("item_reference"), "id": IDENT}),
    },
    default="message",
    refused=(*_UNSCANNABLE, "image_url", "input_image"),
    what="input item",
)
_FORMAT = Obj(
    {
        "type": Enum("text", "json_object", "json_schema"),
        "name": NAME,
        "description": TEXT,
        "schema": FREE,
        "strict": BOOL,
    }
)
_RESPONSE_TOOL = Tagged(
    {
        "function": Obj(
            {
                "type": Enum("function"),
                "name": NAME,
                "description": TEXT,
                "parameters": FREE,
                "strict": BOOL,
            }
        ),
        "custom": Obj({"type": Enum("custom"), "name": NAME}),
    },
    what="tool",
)
RESPONSE = Obj(
    {
        **{k: v for k, v in _SAMPLING.items() if k not in ("n", "max_tokens", "stop")},
        "input": OneOf(TEXT, ListOf(_RESPONSE_ITEM), expected="a string or a list of items"),
        "instructions": TEXT,
        "tools": ListOf(_RESPONSE_TOOL),
        "tool_choice": OneOf(
            Enum("none", "auto", "required"),
            Obj({"type": Enum("function", "custom", "allowed_tools"), "name": NAME}),
            expected="'none', 'auto', 'required' or a tool choice object",
        ),
        "text": Obj({"format": _FORMAT, "verbosity": Enum("low", "medium", "high")}),
        "max_output_tokens": INT,
        "max_tool_calls": INT,
        "top_logprobs": INT,
        "parallel_tool_calls": BOOL,
        "background": BOOL,
        "previous_response_id": IDENT,
        "reasoning": Obj(
            {
                "effort": Enum("none", "minimal", "low", "medium", "high"),
                "summary": Enum("auto", "concise", "detailed"),
            }
        ),
        "truncation": Enum("auto", "disabled"),
    },
    required=("model", "input"),
)


def extract(shape: Shape, body: Any) -> Extraction:
    """Validate ``body`` against ``shape`` and list every slot to scan.

    Raises:
        SchemaError: A structural value is not one the shape allows, or the body
            is nested deeper than :data:`MAX_DEPTH`.
        TooManyTexts: More than :data:`MAX_TEXTS` texts to scan (413).
    """
    if shape is not FREE and not isinstance(body, dict):
        raise SchemaError("the request body must be a JSON object", param=None)
    out = Extraction()
    shape.walk(body, (), out, 0)
    if len(out.slots) > MAX_TEXTS:
        raise TooManyTexts(
            f"the body holds {len(out.slots)} strings, keys and numbers to scan, more than"
            f" {MAX_TEXTS}; send fewer per request (split the batch)"
        )
    return out
