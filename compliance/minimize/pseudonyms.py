"""Deterministic, per-subject pseudonyms: ``<PERSON_7f3a9c2b4d5e>``.

A token is a keyed HMAC of the (normalized) value under the subject's pseudonym
key, so one person keeps one token across the turns of a conversation, tokens of
two subjects cannot be linked, and destroying the subject's key unlinks every
token ever issued. The reverse map (token → value as the caller wrote it) lives
in a ``PseudonymMap`` that exists for one request only.
"""

from __future__ import annotations

import hashlib
import hmac
import re

# 48 bits: collisions between a subject's values start around 16 million of them
# (24 bits collided after a few thousand). Two values of one request that still
# share 48 bits get 64.
TOKEN_HEX = 12
TOKEN_HEX_LONG = 16
TOKEN_RE = re.compile(r"<[A-Z][A-Z0-9_]*_[0-9a-f]{12,16}>")
MAX_TOKEN_LEN = 64


def _normalize(value: str) -> str:
    return " ".join(value.split()).casefold()


class PseudonymMap:
    """Issues tokens for one request and remembers how to put the values back."""

    def __init__(self, *, key: bytes) -> None:
        self._key = key
        self._reverse: dict[str, str] = {}
        self._normalized: dict[str, str] = {}

    def token_for(self, entity_type: str, value: str) -> str:
        """The token of ``value``; the same (normalized) value always gets the same token."""
        normalized = _normalize(value)
        mac = hmac.new(self._key, f"{entity_type}\x1f{normalized}".encode(), hashlib.sha256)
        digest = mac.hexdigest()
        token = f"<{entity_type}_{digest[:TOKEN_HEX]}>"
        if self._normalized.get(token, normalized) != normalized:
            token = f"<{entity_type}_{digest[:TOKEN_HEX_LONG]}>"
        self._normalized.setdefault(token, normalized)
        self._reverse.setdefault(token, value)
        return token

    @property
    def reverse(self) -> dict[str, str]:
        """Token → value as the caller first wrote it in this request."""
        return dict(self._reverse)

    def __len__(self) -> int:
        return len(self._reverse)


def keyed_hash(*, key: bytes, entity_type: str, value: str) -> str:
    """The ``hash`` action: a one-way keyed digest, not reversible, not re-identified.

    Keyed, because an unkeyed hash of a phone number is reversed by enumeration.
    """
    mac = hmac.new(key, f"hash\x1f{entity_type}\x1f{_normalize(value)}".encode(), hashlib.sha256)
    return f"<{entity_type}#{mac.hexdigest()[:16]}>"
