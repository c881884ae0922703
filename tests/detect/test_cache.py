from __future__ import annotations

import threading

import pytest

from compliance.detect.cache import SpanCache, cache_key
from compliance.detect.types import Span

SPANS = (Span(entity_type="PERSON", start=0, end=5, score=0.85),)


def test_the_key_is_the_language_and_a_digest_never_the_text() -> None:
    language, digest = cache_key("fr", "Youssef El Amrani")
    assert language == "fr"
    assert len(digest) == 32
    assert b"Youssef" not in digest


def test_the_same_text_in_another_language_is_another_entry() -> None:
    assert cache_key("fr", "Karim") != cache_key("en", "Karim")


def test_a_lone_surrogate_can_be_hashed() -> None:
    assert cache_key("fr", "a\ud800b") != cache_key("fr", "ab")


def test_the_least_recently_used_entry_is_evicted_first() -> None:
    cache = SpanCache(maxsize=2)
    first, second, third = (cache_key("fr", text) for text in ("a", "b", "c"))
    cache.put(first, SPANS)
    cache.put(second, ())
    assert cache.get(first) == SPANS  # first is now the most recent
    cache.put(third, ())
    assert cache.get(second) is None
    assert cache.get(first) == SPANS
    assert len(cache) == 2


def test_a_cache_of_size_zero_stores_nothing() -> None:
    cache = SpanCache(maxsize=0)
    cache.put(cache_key("fr", "a"), SPANS)
    assert len(cache) == 0


def test_a_negative_size_is_refused() -> None:
    with pytest.raises(ValueError, match=">= 0"):
        SpanCache(maxsize=-1)


def test_concurrent_puts_and_gets_keep_the_size_bound() -> None:
    cache = SpanCache(maxsize=50)

    def work(worker: int) -> None:
        for i in range(500):
            key = cache_key("fr", f"{worker}-{i}")
            cache.put(key, SPANS)
            cache.get(key)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(cache) == 50
