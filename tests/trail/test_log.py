"""The audit table on both databases: chain, group commit, signed checkpoints, tampering."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from audit import SigningKey, decode, encode, link_hash, load_or_create_signing_key
from compliance.core.errors import AuditError
from compliance.store import make_engine
from compliance.trail import AuditLog
from compliance.trail.keys import rotate_signing_key

AUDIT_TABLES = ("audit_checkpoint", "audit_signing_key", "audit_record")


@pytest.fixture
def engine(engine: Engine) -> Iterator[Engine]:
    """The shared migrated engine, left without audit rows for whoever runs next."""
    yield engine
    with engine.begin() as conn:
        for table in AUDIT_TABLES:
            conn.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - fixed table names


@pytest.fixture
def signer() -> SigningKey:
    return SigningKey.generate()


def _kinds(log: AuditLog) -> list[tuple[int, str]]:
    return [(p.seq, p.kind) for p in log.verify()]


def test_appends_are_chained_and_verify(engine: Engine) -> None:
    log = AuditLog(engine=engine)
    appended = log.write_batch([{"event": "decision", "route": "llm", "allow": True}] * 3)
    assert [a.seq for a in appended] == [1, 2, 3]
    assert log.verify() == []
    records = list(log.iter_chain())
    assert decode(records[1].body)["seq"] == 2


def test_concurrent_appends_share_commits_and_never_fork(
    engine: Engine, signer: SigningKey
) -> None:
    log = AuditLog(engine=engine, signer=signer, checkpoint_every=7)

    async def many() -> list[int]:
        results = await asyncio.gather(
            *(log.append({"event": "decision", "n": i}) for i in range(50))
        )
        return [r.seq for r in results]

    seqs = asyncio.run(many())
    assert sorted(seqs) == list(range(1, 51))
    assert log.verify() == []
    assert log.checkpoints()


def test_tampering_in_the_table_is_detected(engine: Engine) -> None:
    log = AuditLog(engine=engine)
    log.write_batch([{"event": "decision", "allow": True}, {"event": "decision", "allow": False}])
    forged = b'{"allow":true,"event":"decision","seq":2,"time":"x"}'
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_record SET body = :b WHERE seq = 2"), {"b": forged})
    assert _kinds(log) == [(2, "modified")]


def test_a_failing_database_fails_the_append_closed(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/gone.db")  # no tables created
    log = AuditLog(engine=engine)
    with pytest.raises(AuditError):
        asyncio.run(log.append({"event": "decision"}))


def test_a_checkpoint_is_signed_inside_the_append_every_n_records(
    engine: Engine, signer: SigningKey
) -> None:
    log = AuditLog(engine=engine, signer=signer, checkpoint_every=10, checkpoint_seconds=3600)
    for _ in range(10):
        log.write_batch([{"event": "decision"}] * 3)
    # The first flush signs at once (no checkpoint yet); then every 10 records or more.
    assert [c.tree_size for c in log.checkpoints()] == [3, 15, 27]
    assert {c.checkpoint.key_id for c in log.checkpoints()} == {signer.key_id}
    assert [k.key_id for k in log.public_keys()] == [signer.key_id]
    assert log.verify() == []


def test_a_checkpoint_is_signed_once_t_seconds_have_passed(
    engine: Engine, signer: SigningKey
) -> None:
    now = [datetime(2026, 1, 1, tzinfo=UTC)]
    log = AuditLog(
        engine=engine,
        signer=signer,
        checkpoint_every=1000,
        checkpoint_seconds=60,
        clock=lambda: now[0],
    )
    log.write_batch([{"event": "decision"}])
    now[0] += timedelta(seconds=59)
    log.write_batch([{"event": "decision"}])
    assert [c.tree_size for c in log.checkpoints()] == [1]
    now[0] += timedelta(seconds=1)
    log.write_batch([{"event": "decision"}])
    assert [c.tree_size for c in log.checkpoints()] == [1, 3]


def test_checkpoint_now_covers_the_head_once(engine: Engine, signer: SigningKey) -> None:
    log = AuditLog(engine=engine, signer=signer, checkpoint_every=1000, checkpoint_seconds=3600)
    assert log.checkpoint() is None  # empty log
    log.write_batch([{"event": "decision"}] * 5)
    log.write_batch([{"event": "decision"}] * 2)
    signed = log.checkpoint()
    assert signed is not None
    assert signed.tree_size == 7
    assert log.checkpoint() is None
    with pytest.raises(AuditError, match="no signing key"):
        AuditLog(engine=engine).checkpoint()


def test_a_tail_deleted_after_a_checkpoint_is_detected(engine: Engine, signer: SigningKey) -> None:
    log = AuditLog(engine=engine, signer=signer, checkpoint_every=5, checkpoint_seconds=3600)
    for _ in range(4):
        log.write_batch([{"event": "decision"}] * 5)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_record WHERE seq > 12"))
    problems = log.verify()
    assert [(p.seq, p.kind) for p in problems] == [(13, "truncated")]
    assert "seq 13..20" in problems[0].detail


def test_a_table_rewritten_with_consistent_hashes_contradicts_the_signatures(
    engine: Engine, signer: SigningKey
) -> None:
    log = AuditLog(engine=engine, signer=signer, checkpoint_every=5, checkpoint_seconds=3600)
    for _ in range(4):
        log.write_batch([{"event": "decision", "allow": False}] * 5)
    records = list(log.iter_chain())
    prev = records[6].prev_hash
    with engine.begin() as conn:  # flip seq 7 to allowed, and re-hash every later record
        for record in records[6:]:
            body = decode(record.body)
            body["allow"] = body["allow"] or record.seq == 7
            data = encode(body)
            digest = link_hash(seq=record.seq, prev_hash=prev, body=data)
            conn.execute(
                text("UPDATE audit_record SET body=:b, prev_hash=:p, record_hash=:h WHERE seq=:s"),
                {"b": data, "p": prev, "h": digest, "s": record.seq},
            )
            prev = digest
    assert _kinds(log) == [(10, "root_mismatch"), (15, "root_mismatch"), (20, "root_mismatch")]


def test_a_forged_checkpoint_signature_in_the_table_is_detected(
    engine: Engine, signer: SigningKey
) -> None:
    log = AuditLog(engine=engine, signer=signer, checkpoint_every=5, checkpoint_seconds=3600)
    for _ in range(3):
        log.write_batch([{"event": "decision"}] * 5)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_checkpoint SET signature = :s WHERE tree_size = 10"),
            {"s": bytes(64)},
        )
    assert _kinds(log) == [(10, "bad_signature")]


def test_the_writer_never_signs_over_a_log_shorter_than_a_checkpoint(
    engine: Engine, signer: SigningKey
) -> None:
    log = AuditLog(engine=engine, signer=signer, checkpoint_every=5, checkpoint_seconds=3600)
    for _ in range(3):
        log.write_batch([{"event": "decision"}] * 5)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_record WHERE seq > 12"))
    log.write_batch([{"event": "decision"}] * 2)  # seq 13-14: still short of checkpoint 15
    assert [c.tree_size for c in log.checkpoints()] == [5, 10, 15]
    log.write_batch([{"event": "decision"}] * 6)  # the rewritten tail now gets signed...
    kinds = _kinds(log)
    assert (15, "root_mismatch") in kinds  # ...but the old checkpoint still exposes it


def test_rotation_keeps_earlier_checkpoints_verifiable(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "keys" / "audit-signing.key"
    first = load_or_create_signing_key(path)
    AuditLog(engine=engine, signer=first, checkpoint_every=3).write_batch(
        [{"event": "decision"}] * 4
    )
    old, new = rotate_signing_key(engine=engine, path=path)
    assert old == first.key_id
    assert new != old
    second = load_or_create_signing_key(path)
    log = AuditLog(engine=engine, signer=second, checkpoint_every=3)
    log.write_batch([{"event": "decision"}] * 4)
    assert {c.checkpoint.key_id for c in log.checkpoints()} == {old, new}
    keys = {k.key_id: k for k in log.public_keys()}
    assert keys[new].endorsed_by == old
    assert keys[new].endorsement_holds(keys)
    assert log.verify() == []


def test_several_processes_append_to_one_chain_without_forking(
    engine: Engine, tmp_path: Path
) -> None:
    """Four replicas (processes) share one database and one signing key file."""
    url = str(engine.url.render_as_string(hide_password=False))
    url = url.replace("postgresql+psycopg://", "postgresql://")
    key = tmp_path / "audit-signing.key"
    load_or_create_signing_key(key)
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.trail.audit_writer", url, str(key), "96"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    acknowledged = [
        int(line) for child in children for line in child.communicate(timeout=120)[0].split()
    ]
    assert all(child.returncode == 0 for child in children)
    assert sorted(acknowledged) == list(range(1, 385))
    log = AuditLog(engine=engine)
    assert log.verify() == []
    sizes = [c.tree_size for c in log.checkpoints()]
    assert sizes == sorted(sizes)
    assert sizes[-1] >= 360
