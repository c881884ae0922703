"""The epoch cache: bounded LRU, emptied when another writer bumps its epoch."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from compliance.store import EpochCache, bump_epoch, write_session


def test_the_least_recently_used_value_is_evicted_first(engine: Engine) -> None:
    cache: EpochCache[int] = EpochCache(engine=engine, epoch="t", size=2, interval=60)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "b" is now the oldest
    cache.put("c", 3)
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (1, None, 3)


def test_a_bumped_epoch_empties_the_cache_at_the_next_poll(engine: Engine) -> None:
    cache: EpochCache[int] = EpochCache(engine=engine, epoch="t", size=10, interval=0)
    cache.put("a", 1)
    assert cache.get("a") == 1
    with write_session(engine) as session:
        bump_epoch(session=session, name="t")
    assert cache.get("a") is None


def test_peek_never_polls_and_steps_aside_when_a_poll_is_due(engine: Engine) -> None:
    lazy: EpochCache[int] = EpochCache(engine=engine, epoch="t", size=10, interval=60)
    lazy.get("warm-up")  # first poll
    lazy.put("a", 1)
    assert lazy.peek("a") == 1
    eager: EpochCache[int] = EpochCache(engine=engine, epoch="t", size=10, interval=0)
    eager.put("a", 1)
    assert eager.peek("a") is None
