"""Step 9 for whole answers: the caller's own values put back, in every text the answer carries.

Only tokens issued for this request are replaced, so walking every string of
the answer (choices, messages, refusals, tool calls, Responses API output
items) is safe and keeps up with fields the upstream adds. Tool-call
``arguments`` are JSON inside a string: values go back JSON-escaped. Names
(function names) were sent in their name-safe form (``PERSON_3f9a…``, see
``adapters.name_safe``) and are restored from it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from compliance.minimize import restore

__all__ = ["name_reverse", "restore_document"]

_NAME_TOKEN = re.compile(r"[A-Z][A-Z0-9_]*_[0-9a-f]{12,16}")


def name_reverse(reverse: Mapping[str, str]) -> dict[str, str]:
    """Name-safe token → value, for the tokens of ``reverse``."""
    return {token[1:-1]: value for token, value in reverse.items()}


def _restore_name(text: str, names: Mapping[str, str]) -> str:
    return _NAME_TOKEN.sub(lambda m: names.get(m.group(0), m.group(0)), text)


def restore_document(node: Any, reverse: Mapping[str, str], key: str | None = None) -> Any:
    """``node`` with this request's tokens replaced by the caller's values, in place."""
    if not reverse:
        return node
    if isinstance(node, dict):
        for k, value in node.items():
            node[k] = restore_document(value, reverse, k)
        return node
    if isinstance(node, list):
        for index, value in enumerate(node):
            node[index] = restore_document(value, reverse, key)
        return node
    if isinstance(node, str):
        if key == "name":
            return _restore_name(node, name_reverse(reverse))
        return restore(node, reverse, json_escaped=key == "arguments")
    return node
