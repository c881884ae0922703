"""kill -9 during heavy appends: no acknowledged record is lost, and the log still verifies.

Each writer is a separate process (a sidecar replica) that prints a sequence number
only after its commit returned. After SIGKILL, every number it printed must be in
the database, the chain and every signed checkpoint must verify, and appending
resumes where the log ends.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from audit import load_or_create_signing_key, verify_export
from compliance.trail import AuditLog
from compliance.trail.export import ExportRequest, export_audit


@pytest.fixture
def engine(engine: Engine) -> Iterator[Engine]:
    yield engine
    with engine.begin() as conn:
        for table in ("audit_checkpoint", "audit_signing_key", "audit_record"):
            conn.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - fixed table names


def _url(engine: Engine) -> str:
    url = engine.url.render_as_string(hide_password=False)
    return url.replace("postgresql+psycopg://", "postgresql://")


class Writer:
    """One appending child process; collects what it acknowledged."""

    def __init__(self, url: str, key: Path, count: int = 0) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.trail.audit_writer", url, str(key), str(count)],
            stdout=subprocess.PIPE,
            text=True,
        )
        self.acknowledged: list[int] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.acknowledged.append(int(line))

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self._close()

    def wait(self) -> None:
        assert self.process.wait(timeout=120) == 0
        self._close()

    def _close(self) -> None:
        self._reader.join(timeout=30)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.mark.parametrize("replicas", [1, 3])
def test_sigkill_during_heavy_appends_loses_no_acknowledged_record(
    engine: Engine, tmp_path: Path, replicas: int
) -> None:
    key = tmp_path / "keys" / "audit-signing.key"
    signer = load_or_create_signing_key(key)
    writers = [Writer(_url(engine), key) for _ in range(replicas)]
    deadline = time.monotonic() + 60
    while sum(len(w.acknowledged) for w in writers) < 600 * replicas:
        assert time.monotonic() < deadline, "the writers are too slow"
        assert all(w.process.poll() is None for w in writers), "a writer died on its own"
        time.sleep(0.02)
    for writer in writers:
        writer.kill()
    acknowledged = [seq for w in writers for seq in w.acknowledged]
    assert len(acknowledged) == len(set(acknowledged))  # no number handed out twice

    log = AuditLog(engine=engine)
    stored = {record.seq for record in log.iter_chain()}
    assert set(acknowledged) <= stored
    assert stored == set(range(1, len(stored) + 1))  # no hole: a killed batch is all or nothing
    assert log.verify() == []
    assert log.checkpoints()

    # Restart: appending resumes on the same chain, and an export of it all verifies.
    after = Writer(_url(engine), key, count=40)
    after.wait()
    assert min(after.acknowledged) == len(stored) + 1
    assert log.verify() == []
    summary = export_audit(engine=engine, signer=signer, request=ExportRequest(out=tmp_path / "x"))
    assert summary.count == len(stored) + 40
    assert verify_export(tmp_path / "x").ok
