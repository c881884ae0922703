"""Database engine, sessions and schema upgrades: SQLite (WAL) by default, PostgreSQL by URL.

The schema is owned by the Alembic migrations in ``compliance/store/migrations``
(shipped inside the package and run programmatically): ``upgrade(engine)`` at
start or ``cndp-guard db upgrade``. A database created by ``create_all`` before
migrations existed is recognised (it has ``audit_record`` but no
``alembic_version``), stamped at the baseline revision and upgraded from there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, SQLModel, create_engine

from compliance.core.errors import ConfigError

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (and structlog, for one rare warning) are imported where they are used: every
# command calls `upgrade`, and a database already at HEAD_REVISION needs neither, which
# keeps `keys status` or `tokens list` from loading the migration machinery.

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BASELINE_REVISION = "0001"
HEAD_REVISION = "0005"  # the newest migration's; a test holds it to Alembic's own head
_MIGRATION_LOCK_ID = 0x0C4D_9A01  # one schema upgrade at a time per database
READ_ONLY = "cndp_read_only"


def _sqlite_path(url: str) -> Path | None:
    path = url.removeprefix("sqlite:///")
    return None if path in ("", ":memory:") else Path(path)


def make_engine(url: str) -> Engine:
    """Create the engine; SQLite gets WAL, FULL sync, foreign keys and immediate writes.

    Audit records must be durable before a request is forwarded, hence
    ``synchronous=FULL``; ``BEGIN IMMEDIATE`` makes concurrent writers (several
    worker processes) queue on the lock instead of failing on a stale snapshot.
    Sessions from ``read_session`` begin DEFERRED instead, so lookups on the
    request path never wait for the write lock.
    """
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if url.startswith("sqlite:///"):
        path = _sqlite_path(url)
        if path is not None:
            _private_database_file(path)
        kwargs = {"connect_args": {"check_same_thread": False, "timeout": 30}}
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    return engine


def _private_database_file(path: Path) -> None:
    """Create the SQLite file 0600 before SQLite does, and tighten an existing one.

    The database holds sealed personal data, blind indexes and the audit trail: only the
    sidecar's user reads it. SQLite gives its ``-wal`` and ``-shm`` files the mode of the
    database file, so creating that file 0600 is enough for all three; files left
    group- or world-readable by an older version are made 0600 too.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Only a missing file is opened here: closing any descriptor of an open database
        # drops every POSIX lock this process holds on it, and another process closing
        # its last connection would then checkpoint and delete the WAL under ours.
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    except OSError as exc:
        raise ConfigError(f"database file {path}: {exc.strerror}") from None
    for file in (path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
        try:
            if file.exists() and file.stat().st_mode & 0o077:
                file.chmod(0o600)
        except OSError as exc:  # not ours (a shared volume): say so, do not stop
            import structlog

            structlog.get_logger(__name__).warning(
                "store.database_mode_kept", file=file.name, error=exc.strerror
            )


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
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN DEFERRED" if read_only else "BEGIN IMMEDIATE")


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """A session inside one transaction: committed on success, rolled back on error."""
    with Session(engine) as session, session.begin():
        yield session


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A session for lookups only; on SQLite it does not take the write lock."""
    with Session(engine.execution_options(**{READ_ONLY: True})) as session:
        yield session


def _alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade(target: Engine | str, *, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (default: the newest); safe to call at every start.

    Several workers may start at once: PostgreSQL serialises them with an
    advisory lock, SQLite with its write lock; the later ones find nothing to do.
    """
    engine = make_engine(target) if isinstance(target, str) else target
    try:
        if revision == "head" and _at_head(engine):
            return
        from alembic import command

        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK_ID}
                )
            config = _alembic_config(connection)
            tables = set(inspect(connection).get_table_names())
            if "audit_record" in tables and "alembic_version" not in tables:
                command.stamp(config, BASELINE_REVISION)
            command.upgrade(config, revision)
    finally:
        if isinstance(target, str):
            engine.dispose()


def _at_head(engine: Engine) -> bool:
    """Whether the database is already at the newest revision (read-only, no lock).

    Any doubt (no version table yet, a database stamped with several heads, a driver
    error) answers False, and ``upgrade`` then takes the locked path through Alembic.
    """
    try:
        with engine.execution_options(**{READ_ONLY: True}).connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version"))
            return list(versions.scalars()) == [HEAD_REVISION]
    except SQLAlchemyError:
        return False


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None before the first upgrade)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def create_tables(engine: Engine) -> None:
    """Migrate, then recreate any table dropped behind the migrations' back.

    Kept for existing callers and tests that drop a table to start clean; the
    migrations and the models are kept identical by a test, so ``create_all``
    only ever adds what a migration would have made. Prefer ``upgrade``.
    """
    upgrade(engine)
    # Import for its side effect: the table classes register on SQLModel.metadata.
    from compliance.store import models  # noqa: F401

    SQLModel.metadata.create_all(engine)
