"""Exporting the audit trail from the database into a bundle ``python -m audit verify`` checks.

The exporter first signs a checkpoint at the current head, so every exported
record is covered by a signature; then it reads every leaf hash of the log (one
column, 32 bytes a record) to build the Merkle tree the proofs are cut from, and
streams the slice's records into the bundle.

Slices: a time window (``since`` inclusive, ``until`` exclusive, by the time the
record was committed) becomes the contiguous range of sequence numbers it spans,
proved with one range proof; a subject filter (the keyed subject hash) picks that
subject's records, each with its own inclusion proof.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import structlog
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from audit import ChainedRecord, ExportSummary, MerkleTree, SigningKey, utc_now, write_export
from audit.export import choose_anchor
from compliance.store.models.audit_record import AuditRecord
from compliance.trail.keys import register_public_key
from compliance.trail.log import AuditLog

log = structlog.get_logger(__name__)

_RECORDS = AuditRecord.__table__  # type: ignore[attr-defined]
_MISSING_LEAF = bytes(32)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    out: Path
    since: datetime | None = None
    until: datetime | None = None
    subject_hash: str | None = None


Progress = Callable[[str, int | None, int], None]
"""``progress(phase, total, advance)``: phases ``leaves`` then ``records``."""


def _leaves(engine: Engine, *, upto: int, progress: Progress | None) -> MerkleTree:
    tree = MerkleTree()
    after, batch = 0, 20_000
    while after < upto:
        with engine.connect() as connection:
            rows = connection.execute(
                select(_RECORDS.c.seq, _RECORDS.c.record_hash)
                .where(_RECORDS.c.seq > after, _RECORDS.c.seq <= upto)
                .order_by(_RECORDS.c.seq)
                .limit(batch)
            ).all()
        if not rows:
            break
        for seq, record_hash in rows:
            while tree.size < seq - 1:  # a deleted record: keep positions, verify will tell
                log.warning("audit.export_gap", seq=tree.size + 1)
                tree.append(_MISSING_LEAF)
            tree.append(bytes.fromhex(record_hash))
        after = int(rows[-1][0])
        if progress is not None:
            progress("leaves", upto, len(rows))
    return tree


def _window(engine: Engine, request: ExportRequest, size: int) -> tuple[int, int]:
    """The sequence numbers ``first..last`` the time window spans (``last < first``: empty)."""
    with engine.connect() as connection:
        first, last = 1, size
        if request.since is not None:
            found = connection.execute(
                select(func.min(_RECORDS.c.seq)).where(_RECORDS.c.created_at >= request.since)
            ).scalar()
            first = int(found) if found is not None else size + 1
        if request.until is not None:
            found = connection.execute(
                select(func.max(_RECORDS.c.seq)).where(_RECORDS.c.created_at < request.until)
            ).scalar()
            last = min(size, int(found)) if found is not None else 0
    return first, last


def _subject_records(engine: Engine, request: ExportRequest, size: int) -> Iterator[ChainedRecord]:
    columns = (_RECORDS.c.seq, _RECORDS.c.prev_hash, _RECORDS.c.record_hash, _RECORDS.c.body)
    after = 0
    while True:
        query = select(*columns).where(
            _RECORDS.c.subject_hash == request.subject_hash,
            _RECORDS.c.seq > after,
            _RECORDS.c.seq <= size,
        )
        if request.since is not None:
            query = query.where(_RECORDS.c.created_at >= request.since)
        if request.until is not None:
            query = query.where(_RECORDS.c.created_at < request.until)
        with engine.connect() as connection:
            rows = connection.execute(query.order_by(_RECORDS.c.seq).limit(1000)).all()
        if not rows:
            return
        for seq, prev_hash, record_hash, body in rows:
            yield ChainedRecord(int(seq), str(prev_hash), str(record_hash), bytes(body))
        after = int(rows[-1][0])


def export_audit(
    *,
    engine: Engine,
    signer: SigningKey,
    request: ExportRequest,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the export bundle for ``request``; return what it holds."""
    trail = AuditLog(engine=engine, signer=signer)
    with engine.begin() as connection:  # the manifest's signer is published even if idle
        register_public_key(connection, signer.public_key(created_at=utc_now()))
    trail.checkpoint()
    with engine.connect() as connection:
        head = connection.execute(select(func.max(_RECORDS.c.seq))).scalar()
    checkpoints = trail.checkpoints()
    tree = _leaves(engine, upto=int(head or 0), progress=progress)
    size = choose_anchor(checkpoints, tree.size).tree_size
    filters = {
        "since": request.since.isoformat() if request.since else None,
        "subject_hash": request.subject_hash,
        "until": request.until.isoformat() if request.until else None,
    }
    if request.subject_hash is None:
        first, last = _window(engine, request, size)
        records = trail.iter_chain(first=first, last=last) if first <= last else iter(())
        total: int | None = max(0, last - first + 1)
        contiguous = True
    else:
        first, records, total, contiguous = 1, _subject_records(engine, request, size), None, False

    def on_records(count: int) -> None:
        if progress is not None:
            progress("records", total, count)

    summary = write_export(
        request.out,
        tree=tree,
        records=records,
        checkpoints=checkpoints,
        keys=trail.public_keys(),
        signer=signer,
        filters=filters,
        contiguous=contiguous,
        range_start=first,
        on_records=on_records,
    )
    log.info("audit.exported", records=summary.count, tree_size=size, contiguous=contiguous)
    return summary
