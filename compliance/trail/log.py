"""Appending to the hash-chained audit table, with group commit and signed checkpoints.

Every decision is appended and committed *before* the request it describes is
forwarded. Requests arriving together share one transaction (group commit): the
first caller flushes, the others wait for the same commit. Ordering belongs to
the database: each flush takes a lock (PostgreSQL advisory lock, SQLite
``BEGIN IMMEDIATE``) and reads the chain head inside its transaction, so several
worker processes or replicas never fork the chain.

Checkpoints are written by whoever appends: inside the same flush transaction,
when ``checkpoint_every`` records have been added since the last checkpoint, or
``checkpoint_seconds`` have passed. The checkpoint's Merkle root starts from the
previous checkpoint's stored frontier, so signing costs the records since then,
not the whole log. A crash therefore loses either the batch and its checkpoint
together, or neither.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import structlog
from sqlalchemy import Connection, select, text
from sqlalchemy.engine import Engine

from audit import (
    GENESIS_HASH,
    ChainedRecord,
    Checkpoint,
    Frontier,
    Problem,
    PublicKey,
    SignedCheckpoint,
    SigningKey,
    encode,
    link_hash,
    sign_checkpoint,
    verify_trail,
)
from audit.merkle import HASH_SIZE
from compliance.core.errors import AuditError
from compliance.store.models.audit_record import AuditCheckpoint, AuditRecord
from compliance.trail.keys import load_public_keys, register_public_key

log = structlog.get_logger(__name__)

_ADVISORY_LOCK_ID = 0x0C4D_9A0D  # "cndp audit": one chain per database
_RECORDS = AuditRecord.__table__  # type: ignore[attr-defined]
_CHECKPOINTS = AuditCheckpoint.__table__  # type: ignore[attr-defined]


def _latest(column: Any, order: Any) -> Any:
    return select(column).order_by(order.desc()).limit(1).scalar_subquery()


_HEAD = select(
    _latest(_RECORDS.c.seq, _RECORDS.c.seq), _latest(_RECORDS.c.record_hash, _RECORDS.c.seq)
)
_HEAD_AND_CHECKPOINT = _HEAD.add_columns(
    _latest(_CHECKPOINTS.c.tree_size, _CHECKPOINTS.c.id),
    _latest(_CHECKPOINTS.c.created_at, _CHECKPOINTS.c.id),
)


@dataclass(frozen=True, slots=True)
class Appended:
    seq: int
    record_hash: str


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")


def lock_chain(connection: Connection) -> None:
    """Serialise writers of the chain (SQLite already holds its write lock)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _ADVISORY_LOCK_ID})


class AuditLog:
    """The append side of the audit trail.

    Without a ``signer`` the log is chained but never checkpointed (tests, tools
    that only read); the sidecar always passes one.
    """

    def __init__(
        self,
        *,
        engine: Engine,
        signer: SigningKey | None = None,
        checkpoint_every: int = 1000,
        checkpoint_seconds: float = 60.0,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        if checkpoint_every < 1 or checkpoint_seconds <= 0:
            raise ValueError("checkpoint_every must be >= 1 and checkpoint_seconds > 0")
        self._engine = engine
        self._signer = signer
        self._every = checkpoint_every
        self._seconds = checkpoint_seconds
        self._clock = clock  # the records' time and the checkpoints' age
        self._pending: list[tuple[dict[str, Any], asyncio.Future[Appended]]] = []
        self._flusher: asyncio.Task[None] | None = None

    async def append(self, event: Mapping[str, Any]) -> Appended:
        """Append ``event`` and return once it is committed. Raises ``AuditError`` (fail closed)."""
        future: asyncio.Future[Appended] = asyncio.get_running_loop().create_future()
        self._pending.append((dict(event), future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush_until_empty())
        return await future

    async def _flush_until_empty(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                results = await asyncio.to_thread(self.write_batch, [e for e, _ in batch])
            except Exception as exc:
                log.error("audit.append_failed", error=type(exc).__name__, records=len(batch))
                for _, future in batch:
                    if not future.done():
                        future.set_exception(AuditError("the audit trail is unavailable"))
                continue
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)

    def write_batch(self, events: Sequence[Mapping[str, Any]]) -> list[Appended]:
        """Append ``events`` in one transaction, in order; synchronous.

        Returns once the transaction (and any checkpoint it wrote) is committed.
        """
        now = self._clock()
        appended: list[Appended] = []
        rows: list[dict[str, Any]] = []
        with self._engine.begin() as connection:
            lock_chain(connection)
            # One read after the lock: the chain head and, for signers, the last checkpoint.
            head = connection.execute(_HEAD_AND_CHECKPOINT if self._signer else _HEAD).one()
            seq, prev_hash = (int(head[0]), str(head[1])) if head[0] else (0, GENESIS_HASH)
            last = (int(head[2]), head[3]) if self._signer and head[2] is not None else None
            start = seq
            for event in events:
                seq += 1
                body = encode({**event, "seq": seq, "time": now.isoformat()})
                record_hash = link_hash(seq=seq, prev_hash=prev_hash, body=body)
                rows.append(
                    {
                        "seq": seq,
                        "created_at": now,
                        "event": str(event.get("event", "decision")),
                        "route": event.get("route"),
                        "subject_hash": event.get("subject_hash"),
                        "allow": event.get("allow"),
                        "body": body,
                        "prev_hash": prev_hash,
                        "record_hash": record_hash,
                    }
                )
                appended.append(Appended(seq, record_hash))
                prev_hash = record_hash
            if rows:
                connection.execute(_RECORDS.insert(), rows)
            if self._signer is not None and rows:
                self._maybe_checkpoint(
                    connection, self._signer, last, start=start, appended=appended, now=now
                )
        return appended

    # checkpoints -------------------------------------------------------------------------

    def _maybe_checkpoint(
        self,
        connection: Connection,
        signer: SigningKey,
        last: tuple[int, datetime] | None,
        *,
        start: int,
        appended: Sequence[Appended],
        now: datetime,
        force: bool = False,
    ) -> SignedCheckpoint | None:
        """Sign at the new head if due; ``last`` is the latest checkpoint's (size, time)."""
        size = appended[-1].seq if appended else start
        last_size = last[0] if last else 0
        if last is not None and last_size > size:
            log.error("audit.checkpoint_refused", reason="log_shorter_than_checkpoint", size=size)
            return None
        if size == last_size:
            return None
        elapsed = (now - last[1]).total_seconds() if last is not None else float("inf")
        if not (force or size - last_size >= self._every or elapsed >= self._seconds):
            return None
        frontier = self._frontier(connection, upto=start)
        if frontier is None:
            return None
        for item in appended:
            frontier.append(bytes.fromhex(item.record_hash))
        head_hash = appended[-1].record_hash if appended else self._hash_at(connection, size)
        if head_hash is None:
            return None
        return self._write_checkpoint(connection, signer, frontier, head_hash, now)

    def _hash_at(self, connection: Connection, seq: int) -> str | None:
        row = connection.execute(
            select(_RECORDS.c.record_hash).where(_RECORDS.c.seq == seq)
        ).first()
        return str(row[0]) if row else None

    def _frontier(self, connection: Connection, *, upto: int) -> Frontier | None:
        """The compact range ``[0, upto)``: the latest sound checkpoint's, plus records since."""
        frontier = Frontier()
        base = connection.execute(
            select(_CHECKPOINTS.c.tree_size, _CHECKPOINTS.c.head_hash, _CHECKPOINTS.c.frontier)
            .where(_CHECKPOINTS.c.tree_size <= upto)
            .order_by(_CHECKPOINTS.c.tree_size.desc(), _CHECKPOINTS.c.id.desc())
            .limit(1)
        ).first()
        if base is not None:
            size, head_hash, stored = int(base[0]), str(base[1]), bytes(base[2])
            if self._hash_at(connection, size) == head_hash:
                hashes = [stored[i : i + HASH_SIZE] for i in range(0, len(stored), HASH_SIZE)]
                frontier = Frontier(size=size, hashes=hashes)
            else:
                log.error("audit.checkpoint_base_mismatch", tree_size=size)
        expected = frontier.size + 1
        rows = connection.execute(
            select(_RECORDS.c.seq, _RECORDS.c.record_hash)
            .where(_RECORDS.c.seq > frontier.size, _RECORDS.c.seq <= upto)
            .order_by(_RECORDS.c.seq)
        )
        for seq, record_hash in rows:
            if seq != expected:
                log.error("audit.checkpoint_refused", reason="records_missing", seq=expected)
                return None
            frontier.append(bytes.fromhex(record_hash))
            expected += 1
        if frontier.size != upto:
            log.error("audit.checkpoint_refused", reason="records_missing", seq=expected)
            return None
        return frontier

    def _write_checkpoint(
        self,
        connection: Connection,
        signer: SigningKey,
        frontier: Frontier,
        head_hash: str,
        now: datetime,
    ) -> SignedCheckpoint:
        register_public_key(connection, signer.public_key(created_at=_iso(now)))
        signed = sign_checkpoint(
            key=signer,
            tree_size=frontier.size,
            root_hash=frontier.root().hex(),
            head_hash=head_hash,
            time=_iso(now),
        )
        connection.execute(
            _CHECKPOINTS.insert().values(
                tree_size=frontier.size,
                root_hash=signed.checkpoint.root_hash,
                head_hash=head_hash,
                key_id=signer.key_id,
                created_at=now,
                statement=signed.checkpoint.statement(),
                signature=signed.signature,
                frontier=b"".join(frontier.hashes),
            )
        )
        log.info("audit.checkpoint", tree_size=frontier.size, key_id=signer.key_id)
        return signed

    def checkpoint(self) -> SignedCheckpoint | None:
        """Sign a checkpoint at the current head now (None if the last one is current).

        Exports call this so that every record they hold is covered by a signature.
        """
        signer = self._signer
        if signer is None:
            raise AuditError("no signing key: build the AuditLog with signer=...")
        with self._engine.begin() as connection:
            lock_chain(connection)
            head = connection.execute(_HEAD_AND_CHECKPOINT).one()
            size = int(head[0]) if head[0] else 0
            if size == 0:
                return None
            last = (int(head[2]), head[3]) if head[2] is not None else None
            return self._maybe_checkpoint(
                connection, signer, last, start=size, appended=(), now=self._clock(), force=True
            )

    # reading -----------------------------------------------------------------------------

    def checkpoints(self) -> list[SignedCheckpoint]:
        """Every checkpoint ever written, in the order written."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(_CHECKPOINTS.c.statement, _CHECKPOINTS.c.signature).order_by(
                    _CHECKPOINTS.c.id
                )
            ).all()
        return [
            SignedCheckpoint(Checkpoint.from_statement(bytes(s)), bytes(sig)) for s, sig in rows
        ]

    def public_keys(self) -> list[PublicKey]:
        with self._engine.connect() as connection:
            return load_public_keys(connection)

    def iter_chain(
        self, *, batch_size: int = 1000, first: int = 1, last: int | None = None
    ) -> Iterator[ChainedRecord]:
        """Records ``first..last`` (default: all) in order, streamed in batches."""
        after = first - 1
        columns = (_RECORDS.c.seq, _RECORDS.c.prev_hash, _RECORDS.c.record_hash, _RECORDS.c.body)
        while True:
            query = select(*columns).where(_RECORDS.c.seq > after)
            if last is not None:
                query = query.where(_RECORDS.c.seq <= last)
            with self._engine.connect() as connection:
                rows = connection.execute(query.order_by(_RECORDS.c.seq).limit(batch_size)).all()
            if not rows:
                return
            for seq, prev_hash, record_hash, body in rows:
                yield ChainedRecord(int(seq), str(prev_hash), str(record_hash), bytes(body))
            after = int(rows[-1][0])

    def verify(self) -> list[Problem]:
        """Re-check the stored trail: every link, and every checkpoint's signature and root.

        A checkpoint beyond the last record means the tail was cut off (``truncated``).
        """
        return verify_trail(
            self.iter_chain(), checkpoints=self.checkpoints(), keys=self._keys_by_id()
        )

    def _keys_by_id(self) -> dict[str, PublicKey]:
        return {key.key_id: key for key in self.public_keys()}
