"""Fixtures shared by the store, crypto and consent tests: every test runs on both databases.

``engine`` is a migrated database: a fresh SQLite file, or the session's PostgreSQL
schema emptied of rows. Import the fixtures into a ``conftest.py`` to use them.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from compliance.crypto import FileKeyProvider, KeyRing
from compliance.store import create_tables, make_engine
from compliance.subjects import SubjectKeys

# Children first, so foreign keys never block the cleanup.
TABLES = (
    "rights_request",
    "portal_session",
    "portal_link",
    "api_token",
    "consent_event",
    "opt_out_event",
    "data_subject",
    "subject_key",
    "erasure_event",
    "cache_epoch",
    "audit_checkpoint",
    "audit_signing_key",
    "audit_record",
)


def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/store.db"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(database_url(request, tmp_path))
    create_tables(engine)  # e2e tests may have dropped a table of the shared schema
    with engine.begin() as conn:
        for table in TABLES:
            conn.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - fixed table names
    yield engine
    engine.dispose()


@pytest.fixture
def keyring() -> KeyRing:
    return KeyRing(root_key=secrets.token_bytes(32))


@pytest.fixture
def provider(tmp_path: Path) -> FileKeyProvider:
    return FileKeyProvider(path=tmp_path / "keys" / "kek.json")


@pytest.fixture
def subject_keys(engine: Engine, provider: FileKeyProvider, keyring: KeyRing) -> SubjectKeys:
    """Polls the cache epoch on every call, so cross-instance changes show at once."""
    return SubjectKeys(engine=engine, provider=provider, keyring=keyring, check_interval=0.0)
