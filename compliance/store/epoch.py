"""Cache epochs: a cheap cross-process signal that cached rows changed.

Writers bump a counter in ``cache_epoch`` inside their own transaction; readers
poll it at most once per interval and drop their cache when it moved. Staleness
across processes or replicas is therefore bounded by the interval, and the
request path pays one primary-key read per interval, not one per request.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlmodel import Session

from compliance.store.db import read_session
from compliance.store.models import CacheEpoch

CONSENT_EPOCH = "consent"
KEYS_EPOCH = "keys"


def bump_epoch(*, session: Session, name: str) -> None:
    """Move ``name``'s counter inside the caller's transaction (committed with the write)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    table = CacheEpoch.__table__  # type: ignore[attr-defined]
    statement = dialect.insert(table).values(name=name, epoch=1)
    session.execute(
        statement.on_conflict_do_update(index_elements=["name"], set_={"epoch": table.c.epoch + 1})
    )


class EpochWatch:
    """Tells a cache, at most once per ``interval`` seconds, whether it must be dropped."""

    def __init__(self, *, engine: Engine, names: tuple[str, ...], interval: float) -> None:
        self._engine = engine
        self._names = names
        self._interval = interval
        self._seen: tuple[int, ...] | None = None
        self._checked = float("-inf")
        self._lock = threading.Lock()

    def due(self) -> bool:
        """True when the next ``changed()`` would read the database."""
        return time.monotonic() - self._checked >= self._interval

    def changed(self) -> bool:
        """Poll when due; True if any watched counter moved since the previous poll."""
        if not self.due():
            return False
        with self._lock:
            if not self.due():
                return False
            with read_session(self._engine) as session:
                table = CacheEpoch.__table__  # type: ignore[attr-defined]
                result = session.execute(
                    select(table.c.name, table.c.epoch).where(table.c.name.in_(self._names))
                )
                rows: dict[str, int] = {str(name): int(epoch) for name, epoch in result}
            epochs = tuple(rows.get(name, 0) for name in self._names)
            self._checked = time.monotonic()
            moved = self._seen is not None and epochs != self._seen
            self._seen = epochs
            return moved
