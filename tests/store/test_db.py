"""Engine settings: SQLite in WAL with foreign keys; read sessions never take the write lock."""

from __future__ import annotations

import stat
import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from compliance.store import make_engine, read_session, upgrade, write_session
from compliance.store.types import AwareDateTime


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/x.db")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    engine.dispose()


def test_foreign_keys_are_enforced_on_both_databases(engine: Engine) -> None:
    with pytest.raises(Exception, match=r"(?i)foreign key"), write_session(engine) as session:
        session.execute(
            text(
                "INSERT INTO consent_event (purpose, state, channel, source, id, subject_hash,"
                " recorded_at) VALUES ('a', 'granted', 'web', 's',"
                " '00000000-0000-4000-8000-000000000000', 'nobody', CURRENT_TIMESTAMP)"
            )
        )


def test_a_read_session_does_not_wait_for_a_writer(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/x.db")
    upgrade(engine)
    holding, release = threading.Event(), threading.Event()

    def writer() -> None:
        with write_session(engine) as session:
            session.execute(text("INSERT INTO cache_epoch (name, epoch) VALUES ('w', 1)"))
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=writer)
    thread.start()
    assert holding.wait(10)
    with read_session(engine) as session:
        assert session.execute(text("SELECT count(*) FROM cache_epoch")).scalar_one() == 0
    release.set()
    thread.join()
    engine.dispose()


def test_naive_timestamps_are_refused() -> None:
    with pytest.raises(ValueError, match="naive datetime refused"):
        AwareDateTime().process_bind_param(datetime(2026, 1, 1), make_engine("sqlite://").dialect)


def test_the_sqlite_file_and_its_wal_and_shm_are_created_0600(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/private.db")
    upgrade(engine)
    with write_session(engine) as session:
        session.execute(text("INSERT INTO cache_epoch (name, epoch) VALUES ('x', 1)"))
    with engine.connect():  # -wal and -shm exist while a connection is open
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.glob("private.db*")}
    engine.dispose()
    assert set(modes) == {"private.db", "private.db-wal", "private.db-shm"}
    assert set(modes.values()) == {0o600}


def test_a_database_file_left_world_readable_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    path.touch(mode=0o644)
    path.chmod(0o644)
    make_engine(f"sqlite:///{path}").dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_second_engine_on_an_open_database_leaves_its_wal_to_the_first(tmp_path: Path) -> None:
    # Closing any descriptor of a database file drops the process's locks on it; another
    # process closing its connection would then think itself the last and delete the WAL.
    import subprocess
    import sys

    path = tmp_path / "shared.db"
    first = make_engine(f"sqlite:///{path}")
    with write_session(first) as session:
        session.execute(text("CREATE TABLE t (x INTEGER)"))
    with first.connect() as conn:  # pooled, still open afterwards
        conn.exec_driver_sql("SELECT count(*) FROM t").scalar()
    make_engine(f"sqlite:///{path}").dispose()
    other = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
        " c.execute('INSERT INTO t VALUES (1)'); c.commit(); c.close()"
    )
    subprocess.run([sys.executable, "-c", other, str(path)], check=True)
    assert path.with_name("shared.db-wal").exists()
    first.dispose()
