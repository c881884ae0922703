"""Database engine for the data of record: SQLite (WAL) by default, PostgreSQL by URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel, create_engine

from compliance.errors import ConfigError


def _sqlite_path(url: str) -> Path | None:
    path = url.removeprefix("sqlite:///")
    return None if path in ("", ":memory:") else Path(path)


def make_engine(url: str) -> Engine:
    """Create the engine and the tables; SQLite gets WAL, FULL sync and immediate writes.

    Audit records must be durable before a request is forwarded, hence
    ``synchronous=FULL``; ``BEGIN IMMEDIATE`` makes concurrent writers (several
    worker processes) queue on the lock instead of failing on a stale snapshot.
    """
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if url.startswith("sqlite:///"):
        path = _sqlite_path(url)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ConfigError(f"database directory {path.parent}: {exc.strerror}") from None
        kwargs = {"connect_args": {"check_same_thread": False, "timeout": 30}}
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    return engine


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_tables(engine: Engine) -> None:
    """Create missing tables (migrations arrive with the data-of-record work)."""
    # Import for its side effect: the table classes register on SQLModel.metadata.
    from compliance.store import models  # noqa: F401

    SQLModel.metadata.create_all(engine)
