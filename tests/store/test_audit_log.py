"""The audit table on both databases: SQLite file and the real PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from audit import decode
from compliance.errors import AuditError
from compliance.store import AuditLog, create_tables, make_engine


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/audit.db"
    else:
        url = request.getfixturevalue("pg_url")
    engine = make_engine(url)
    create_tables(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_record"))
    yield engine
    engine.dispose()


def test_appends_are_chained_and_verify(engine: Engine) -> None:
    log = AuditLog(engine=engine)
    appended = log.write_batch([{"event": "decision", "route": "llm", "allow": True}] * 3)
    assert [a.seq for a in appended] == [1, 2, 3]
    assert log.verify() == []
    records = list(log.iter_chain())
    assert decode(records[1].body)["seq"] == 2


def test_concurrent_appends_share_commits_and_never_fork(engine: Engine) -> None:
    log = AuditLog(engine=engine)

    async def many() -> list[int]:
        results = await asyncio.gather(
            *(log.append({"event": "decision", "n": i}) for i in range(50))
        )
        return [r.seq for r in results]

    seqs = asyncio.run(many())
    assert sorted(seqs) == list(range(1, 51))
    assert log.verify() == []


def test_tampering_in_the_table_is_detected(engine: Engine) -> None:
    log = AuditLog(engine=engine)
    log.write_batch([{"event": "decision", "allow": True}, {"event": "decision", "allow": False}])
    forged = b'{"allow":true,"event":"decision","seq":2,"time":"x"}'
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_record SET body = :b WHERE seq = 2"), {"b": forged})
    assert [(p.seq, p.kind) for p in log.verify()] == [(2, "modified")]


def test_a_failing_database_fails_the_append_closed(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/gone.db")  # no tables created
    log = AuditLog(engine=engine)
    with pytest.raises(AuditError):
        asyncio.run(log.append({"event": "decision"}))
