"""Appending to the hash-chained audit table, with group commit.

Every decision is appended and committed *before* the request it describes is
forwarded. Requests arriving together share one transaction (group commit): the
first caller flushes, the others wait for the same commit. Ordering belongs to
the database: each flush takes a lock (PostgreSQL advisory lock, SQLite
``BEGIN IMMEDIATE``) and reads the chain head inside its transaction, so several
worker processes or replicas never fork the chain.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import structlog
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from audit import GENESIS_HASH, ChainedRecord, Problem, encode, link_hash, verify_chain
from compliance.errors import AuditError
from compliance.store.models import AuditRecord

log = structlog.get_logger(__name__)

_ADVISORY_LOCK_ID = 0x0C4D_9A0D  # "cndp audit": one chain per database


@dataclass(frozen=True, slots=True)
class Appended:
    seq: int
    record_hash: str


class AuditLog:
    """The append side of the audit trail."""

    def __init__(self, *, engine: Engine) -> None:
        self._engine = engine
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
        """Append ``events`` in one transaction, in order; synchronous."""
        now = datetime.now(UTC)
        appended: list[Appended] = []
        with Session(self._engine) as session, session.begin():
            if self._engine.dialect.name == "postgresql":
                session.execute(
                    text("SELECT pg_advisory_xact_lock(:id)"), {"id": _ADVISORY_LOCK_ID}
                )
            head = session.exec(
                select(AuditRecord.seq, AuditRecord.record_hash)
                .order_by(col(AuditRecord.seq).desc())
                .limit(1)
            ).first()
            seq, prev_hash = (head[0], head[1]) if head else (0, GENESIS_HASH)
            for event in events:
                seq += 1
                body_doc = {**event, "seq": seq, "time": now.isoformat()}
                body = encode(body_doc)
                record_hash = link_hash(seq=seq, prev_hash=prev_hash, body=body)
                session.add(
                    AuditRecord(
                        seq=seq,
                        created_at=now,
                        event=str(event.get("event", "decision")),
                        route=event.get("route"),
                        subject_hash=event.get("subject_hash"),
                        allow=event.get("allow"),
                        body=body,
                        prev_hash=prev_hash,
                        record_hash=record_hash,
                    )
                )
                appended.append(Appended(seq, record_hash))
                prev_hash = record_hash
        return appended

    def iter_chain(self, *, batch_size: int = 1000) -> Iterator[ChainedRecord]:
        """Every record in order, streamed in batches."""
        last = 0
        with Session(self._engine) as session:
            while True:
                rows = session.exec(
                    select(AuditRecord)
                    .where(col(AuditRecord.seq) > last)
                    .order_by(col(AuditRecord.seq))
                    .limit(batch_size)
                ).all()
                if not rows:
                    return
                for row in rows:
                    yield ChainedRecord(row.seq, row.prev_hash, row.record_hash, bytes(row.body))
                last = rows[-1].seq

    def verify(self) -> list[Problem]:
        """Re-check every link of the stored chain."""
        return verify_chain(self.iter_chain())
