"""An in-memory LRU of analysis results, keyed by a digest of the text.

Chat clients resend the whole conversation on every turn, so most texts of
a request were analyzed a turn before. The key is the language and the
SHA-256 of the text, so the cache holds no text; the values are spans
(offsets and types), never values. Nothing is persisted: a restart empties it.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from compliance.detect.types import Span

__all__ = ["SpanCache", "cache_key"]

CacheKey = tuple[str, bytes]


def cache_key(language: str, text: str) -> CacheKey:
    """Return the key of ``text`` analyzed as ``language``.

    ``surrogatepass`` lets a lone surrogate (valid in a JSON string, invalid
    in UTF-8) be hashed instead of failing the request.
    """
    return language, hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class SpanCache:
    """Thread-safe least-recently-used map from :func:`cache_key` to spans.

    Args:
        maxsize: Entries kept; 0 disables the cache.
    """

    def __init__(self, *, maxsize: int) -> None:
        if maxsize < 0:
            raise ValueError(f"cache maxsize must be >= 0, got {maxsize}")
        self._maxsize = maxsize
        self._entries: OrderedDict[CacheKey, tuple[Span, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def get(self, key: CacheKey) -> tuple[Span, ...] | None:
        """Return the spans stored under ``key`` and mark them recently used."""
        with self._lock:
            spans = self._entries.get(key)
            if spans is not None:
                self._entries.move_to_end(key)
            return spans

    def put(self, key: CacheKey, spans: tuple[Span, ...]) -> None:
        """Store ``spans``, evicting the least recently used entry when full."""
        if self._maxsize == 0:
            return
        with self._lock:
            self._entries[key] = spans
            self._entries.move_to_end(key)
            while len(self._entries) > self._maxsize:
                self._entries.popitem(last=False)
