"""An in-memory LRU cache that empties itself when its cache epoch moves.

Used for what the request path reads on every request (consent snapshots,
unwrapped subject keys): a hit is a dictionary lookup under a lock; the epoch is
polled at most once per interval, so a change written by another process or
replica is seen within that interval.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Generic, TypeVar

from sqlalchemy.engine import Engine

from compliance.store.epoch import EpochWatch

V = TypeVar("V")


class EpochCache(Generic[V]):
    """LRU of ``size`` values, dropped whole when the ``epoch`` counter moves."""

    def __init__(self, *, engine: Engine, epoch: str, size: int, interval: float) -> None:
        self._values: OrderedDict[str, V] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()
        self._watch = EpochWatch(engine=engine, names=(epoch,), interval=interval)

    def get(self, key: str) -> V | None:
        """The cached value, after polling the epoch if due (may read the database)."""
        if self._watch.changed():
            self.forget()
        with self._lock:
            value = self._values.get(key)
            if value is not None:
                self._values.move_to_end(key)
            return value

    def peek(self, key: str) -> V | None:
        """The cached value without any I/O; None when absent or when a poll is due."""
        if self._watch.due():
            return None
        with self._lock:
            return self._values.get(key)

    def put(self, key: str, value: V) -> None:
        with self._lock:
            self._values[key] = value
            self._values.move_to_end(key)
            if len(self._values) > self._size:
                self._values.popitem(last=False)

    def forget(self, key: str | None = None) -> None:
        """Evict one key, or everything."""
        with self._lock:
            if key is None:
                self._values.clear()
            else:
                self._values.pop(key, None)
