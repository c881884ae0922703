"""KEK rotation: re-wrap every subject key under a new KEK version, online and resumable.

``rotate_keys`` first picks its target: if every row is on the current version
and no older version is still active, it creates a new version; otherwise a
previous rotation was interrupted and it resumes towards the current one. It
then walks ``subject_key`` in primary-key order, one batch per transaction, and
re-wraps each row with ``UPDATE ... WHERE kek_version = <old>``: a row erased or
re-wrapped meanwhile is left alone. Readers keep working throughout because each
row names the version that unwraps it. A version is retired only once no row
is left on it; it is never deleted here.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import structlog
from sqlalchemy import Connection, func, select, text
from sqlalchemy.engine import Engine

from compliance.crypto.errors import KeyProviderError, RotationError
from compliance.crypto.provider import KeyProvider
from compliance.store.models import SubjectKey
from compliance.subjects.keys import wrapping_context

log = structlog.get_logger(__name__)

_ROTATION_LOCK_ID = 0x0C4D_9A02
_MAX_PASSES = 5
_TABLE = SubjectKey.__table__  # type: ignore[attr-defined]
_UPDATE = text(
    "UPDATE subject_key SET kek_version = :new, wrapped_key = :blob, rewrapped_at = :now"
    " WHERE subject_hash = :subject AND kek_version = :old"
)


@dataclass(frozen=True, slots=True)
class RotationReport:
    target_version: int
    resumed: bool
    moved: int
    retired: tuple[int, ...]
    seconds: float


def keys_by_version(*, engine: Engine) -> dict[int, int]:
    """How many subject keys each KEK version wraps."""
    with engine.connect() as connection:
        rows = connection.execute(
            select(_TABLE.c.kek_version, func.count()).group_by(_TABLE.c.kek_version)
        ).all()
    return {int(version): int(count) for version, count in rows}


@contextlib.contextmanager
def _rotation_lock(engine: Engine) -> Iterator[None]:
    """One rotation at a time: a PostgreSQL advisory lock, or a lock file beside SQLite."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            got = connection.execute(
                text("SELECT pg_try_advisory_lock(:id)"), {"id": _ROTATION_LOCK_ID}
            ).scalar()
            connection.commit()
            if not got:
                raise RotationError("another key rotation is running on this database")
            try:
                yield
            finally:
                connection.execute(
                    text("SELECT pg_advisory_unlock(:id)"), {"id": _ROTATION_LOCK_ID}
                )
                connection.commit()
        return
    database = engine.url.database
    lock_path = Path(f"{database}.rotation.lock") if database else None
    if lock_path is None:
        yield
        return
    fd = os.open(lock_path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RotationError("another key rotation is running on this database") from None
        yield
    finally:
        os.close(fd)


def _pending(connection: Connection, target: int) -> int:
    return int(
        connection.execute(
            select(func.count()).select_from(_TABLE).where(_TABLE.c.kek_version != target)
        ).scalar_one()
    )


def _plan(engine: Engine, provider: KeyProvider) -> tuple[int, bool]:
    current = provider.current_version()
    active_older = [
        v.version for v in provider.versions() if v.retired_at is None and v.version != current
    ]
    with engine.connect() as connection:
        pending = _pending(connection, current)
    if pending or active_older:
        return current, True
    return provider.add_version(), False


def _rewrap_batch(
    engine: Engine, provider: KeyProvider, *, target: int, after: str, size: int
) -> tuple[int, str | None]:
    """Re-wrap up to ``size`` rows past ``after``; return (rows moved, last key seen)."""
    stamp = datetime.now(UTC)
    with engine.begin() as connection:
        rows = connection.execute(
            select(_TABLE.c.subject_hash, _TABLE.c.kek_version, _TABLE.c.wrapped_key)
            .where(_TABLE.c.subject_hash > after, _TABLE.c.kek_version != target)
            .order_by(_TABLE.c.subject_hash)
            .limit(size)
        ).all()
        if not rows:
            return 0, None
        params = []
        for subject_hash, version, blob in rows:
            context = wrapping_context(subject_hash)
            try:
                data_key = provider.unwrap(
                    version=version, wrapped=bytes(blob), associated_data=context
                )
            except KeyProviderError as exc:
                raise RotationError(
                    f"subject_key row {subject_hash[:12]}… does not unwrap under KEK version"
                    f" {version} ({exc.message}); nothing of this batch was changed"
                ) from None
            wrapped = provider.wrap(key=data_key, associated_data=context, version=target)
            params.append(
                {
                    "new": target,
                    "blob": wrapped.blob,
                    "now": stamp,
                    "subject": subject_hash,
                    "old": version,
                }
            )
        connection.execute(_UPDATE, params)
    return len(rows), str(rows[-1][0])


def rotate_keys(
    *,
    engine: Engine,
    provider: KeyProvider,
    batch_size: int = 1000,
    pause: float = 0.0,
    on_start: Callable[[int, int, bool], None] | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> RotationReport:
    """Re-wrap every subject key under a new (or the interrupted rotation's) KEK version.

    Args:
        engine: the database holding ``subject_key``.
        provider: the KEKs; must be writable to add and retire versions.
        batch_size: rows per transaction; a crash loses at most one batch of work.
        pause: seconds to sleep between batches, to spare a busy database.
        on_start: called with (target version, rows to move, resumed) before the first batch.
        on_batch: called with the number of rows each committed batch moved.

    Raises:
        RotationError: another rotation runs, or a row cannot be unwrapped.
    """
    started = time.perf_counter()
    moved = 0
    with _rotation_lock(engine):
        target, resumed = _plan(engine, provider)
        with engine.connect() as connection:
            total = _pending(connection, target)
        log.info("keys.rotation_started", target=target, pending=total, resumed=resumed)
        if on_start is not None:
            on_start(target, total, resumed)
        for _ in range(_MAX_PASSES):
            after = ""
            while True:
                count, last = _rewrap_batch(
                    engine, provider, target=target, after=after, size=batch_size
                )
                if last is None:
                    break
                moved += count
                after = last
                if on_batch is not None:
                    on_batch(count)
                if pause:
                    time.sleep(pause)
            with engine.connect() as connection:
                # Rows created behind the cursor by a process that had not yet seen the new
                # version: another pass picks them up.
                if _pending(connection, target) == 0:
                    break
        else:
            raise RotationError(
                "subject keys keep appearing under an old KEK version; check that every"
                " process reads the same key ring, then run the rotation again"
            )
        counts = keys_by_version(engine=engine)
        retired = []
        for version in provider.versions():
            idle = counts.get(version.version, 0) == 0
            if version.version != target and version.retired_at is None and idle:
                provider.retire(version=version.version)
                retired.append(version.version)
    seconds = time.perf_counter() - started
    log.info("keys.rotation_finished", target=target, moved=moved, retired=retired)
    return RotationReport(target, resumed, moved, tuple(retired), seconds)
