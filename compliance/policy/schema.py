"""Validate policy data files against their JSON schemas, and say where they are wrong.

``policies/schemas/<stem>.schema.json`` describes ``policies/data/<stem>.json``. A data file
that breaks its schema is refused like a Rego module that does not compile: at start and on
reload, with the file, the line and what is wrong, so a typo in purposes.json never becomes
a silently weaker policy. jsonschema reports a path inside the document; this module maps
it back to a line by re-reading the text with positions.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from compliance.core.errors import ConfigError

SCHEMA_DIR = "schemas"
SCHEMA_SUFFIX = ".schema.json"

_WHITESPACE = " \t\r\n"
_decoder = json.JSONDecoder()
# The standard library's string scanner (C-accelerated); typeshed does not declare it.
_scanstring: Any = getattr(json.decoder, "scanstring")  # noqa: B009


def schema_path(policy_dir: Path, stem: str) -> Path:
    """Where the schema of ``data/<stem>.json`` lives."""
    return policy_dir / SCHEMA_DIR / f"{stem}{SCHEMA_SUFFIX}"


def validate_data(*, path: Path, text: str, value: Any, schema_file: Path, schema: Any) -> None:
    """Raise ``ConfigError`` naming ``path:line`` and the first problems, if ``value`` is invalid.

    Args:
        path: the data file (for messages).
        text: its text, to find the line of a bad value.
        value: its parsed content.
        schema_file: the schema's file (for messages).
        schema: the parsed schema.
    """
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        raise ConfigError(
            f"policy schema {schema_file}: not a valid JSON schema ({exc.message}); fix it"
        ) from None
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(value), key=lambda e: (list(e.absolute_path), e.message))
    if not errors:
        return
    first = errors[0]
    where = ".".join(str(part) for part in first.absolute_path) or "(top level)"
    line = line_of(text, list(first.absolute_path))
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    raise ConfigError(
        f"policy data {path}:{line}: {where}: {_short(first.message)}{more}; it breaks "
        f"{schema_file}; fix the file (the previous policy stays in force on reload)"
    )


def line_of(text: str, path: Sequence[str | int]) -> int:
    """The 1-based line where the value at ``path`` starts in the JSON ``text`` (best effort)."""
    offset = _skip(text, 0)
    for part in path:
        found = _child_offset(text, offset, part)
        if found is None:
            break
        offset = found
    return text.count("\n", 0, offset) + 1


def _child_offset(text: str, offset: int, part: str | int) -> int | None:
    """Offset of the value of key/index ``part`` in the container starting at ``offset``."""
    if offset >= len(text) or text[offset] not in "{[":
        return None
    is_object = text[offset] == "{"
    index = 0
    position = _skip(text, offset + 1)
    while position < len(text) and text[position] not in "}]":
        if is_object:
            key, position = _scanstring(text, position + 1)
            position = _skip(text, position)
            position = _skip(text, position + 1)  # the colon
            if key == part:
                return position
        elif index == part:
            return position
        _, end = _decoder.raw_decode(text, position)
        position = _skip(text, end)
        if position < len(text) and text[position] == ",":
            position = _skip(text, position + 1)
        index += 1
    return None


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in _WHITESPACE:
        position += 1
    return position


def _short(message: str, limit: int = 200) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"
