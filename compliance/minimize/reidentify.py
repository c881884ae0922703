"""Putting the caller's own values back in answers, whole or streamed.

Only tokens issued for *this* request are replaced; anything else that looks
like a token stays as it is. In JSON-encoded text (tool-call arguments) values
are inserted JSON-escaped so the arguments stay valid JSON.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from compliance.minimize.pseudonyms import MAX_TOKEN_LEN, TOKEN_RE

# A suffix that could still grow into a token: "<", "<PER", "<PERSON_3f"...
_PARTIAL_TOKEN = re.compile(r"<[A-Z0-9_]*[0-9a-f]*$")


def _value(reverse: Mapping[str, str], token: str, *, json_escaped: bool) -> str:
    value = reverse[token]
    return json.dumps(value, ensure_ascii=False)[1:-1] if json_escaped else value


def restore(text: str, reverse: Mapping[str, str], *, json_escaped: bool = False) -> str:
    """Replace this request's tokens in ``text`` by the caller's values."""
    if not reverse or "<" not in text:
        return text
    return TOKEN_RE.sub(
        lambda m: (
            _value(reverse, m.group(0), json_escaped=json_escaped)
            if m.group(0) in reverse
            else m.group(0)
        ),
        text,
    )


class StreamRestorer:
    """Restores tokens in a text that arrives in pieces (SSE deltas).

    A piece may end inside a token (``"<PERS"`` then ``"ON_3f9a1c> dit"``): the
    possibly-partial tail is held back until the next piece completes or refutes
    it, and released by ``flush`` at the end of the stream.
    """

    def __init__(self, reverse: Mapping[str, str], *, json_escaped: bool = False) -> None:
        self._reverse = reverse
        self._json_escaped = json_escaped
        self._held = ""

    def feed(self, piece: str) -> str:
        """Return the part of ``held + piece`` that can be emitted now, restored."""
        text = self._held + piece
        self._held = ""
        if not self._reverse:
            return text
        cut = text.rfind("<")
        if cut != -1 and len(text) - cut < MAX_TOKEN_LEN and _PARTIAL_TOKEN.fullmatch(text[cut:]):
            text, self._held = text[:cut], text[cut:]
        return restore(text, self._reverse, json_escaped=self._json_escaped)

    def flush(self) -> str:
        """Release whatever is held (the stream ended mid-way through a would-be token)."""
        text, self._held = self._held, ""
        return restore(text, self._reverse, json_escaped=self._json_escaped)

    @property
    def holding(self) -> bool:
        return bool(self._held)
