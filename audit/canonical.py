"""Canonical encoding of audit records: the exact bytes that get hashed and signed.

Deterministic JSON: sorted keys, no insignificant white space, UTF-8, no floats
(a float's text form differs between implementations, so records carry integers
and strings only). A verifier in any language can rebuild the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from audit.errors import NotCanonical

__all__ = ["NotCanonical", "decode", "encode"]


def _check(value: Any, where: str) -> None:
    if value is None or isinstance(value, bool | int | str):
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise NotCanonical(f"{where}: keys must be strings")
            _check(item, f"{where}.{key}")
        return
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check(item, f"{where}[{index}]")
        return
    raise NotCanonical(f"{where}: {type(value).__name__} has no canonical form")


def encode(record: Mapping[str, Any]) -> bytes:
    """Return the canonical bytes of ``record``; raise ``NotCanonical`` if impossible."""
    _check(record, "record")
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def decode(data: bytes) -> dict[str, Any]:
    """Parse canonical bytes back into a record, checking they were canonical."""
    record = json.loads(data.decode("utf-8"))
    if not isinstance(record, dict) or encode(record) != data:
        raise NotCanonical("bytes are not the canonical encoding of a record")
    return record
