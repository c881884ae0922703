"""The Alembic migrations own the schema, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from compliance.store import current_revision, make_engine, upgrade
from compliance.store.db import HEAD_REVISION, MIGRATIONS_DIR
from compliance.store.models import AuditRecord, CacheEpoch
from compliance.trail import AuditLog

HEAD = "0005"
EXPECTED_TABLES = {
    "alembic_version",
    "api_token",
    "audit_checkpoint",
    "audit_record",
    "audit_signing_key",
    "cache_epoch",
    "consent_event",
    "data_subject",
    "erasure_event",
    "opt_out_event",
    "portal_link",
    "portal_session",
    "rights_request",
    "subject_key",
}


def test_the_migrations_build_exactly_the_models(engine: Engine) -> None:
    """A table or column added to the models without a migration fails here."""
    assert current_revision(engine) == HEAD
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) >= EXPECTED_TABLES
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_the_head_revision_the_fast_path_compares_with_is_alembics_own() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_heads() == [HEAD_REVISION] == [HEAD]


def test_a_database_one_revision_behind_is_still_upgraded(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/behind.db")
    upgrade(engine, revision="0004")
    assert current_revision(engine) == "0004"
    upgrade(engine)
    assert current_revision(engine) == HEAD
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("consent_event")}
    assert "source_enc" in columns  # what 0005 adds
    engine.dispose()


def test_upgrading_twice_changes_nothing(engine: Engine) -> None:
    AuditLog(engine=engine).write_batch([{"event": "decision"}])
    upgrade(engine)
    assert current_revision(engine) == HEAD
    assert AuditLog(engine=engine).verify() == []


def test_a_database_created_before_migrations_is_adopted(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/legacy.db")
    AuditRecord.__table__.create(engine)  # type: ignore[attr-defined]  # what create_all made
    AuditLog(engine=engine).write_batch([{"event": "decision", "allow": True}] * 2)
    upgrade(engine)
    assert current_revision(engine) == HEAD
    assert AuditLog(engine=engine).verify() == []
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_record")).scalar_one() == 2
    engine.dispose()


def test_upgrade_takes_a_url_too(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/by-url.db"
    upgrade(url)
    engine = make_engine(url)
    assert current_revision(engine) == HEAD
    engine.dispose()


def test_timestamps_come_back_timezone_aware(engine: Engine) -> None:
    AuditLog(engine=engine).write_batch([{"event": "decision"}])
    with Session(engine) as session:
        record = session.get(AuditRecord, 1)
        assert record is not None
        assert record.created_at.tzinfo is UTC
        assert abs((datetime.now(UTC) - record.created_at).total_seconds()) < 60


def test_the_migrations_ship_inside_the_package() -> None:
    assert MIGRATIONS_DIR.parent.name == "store"
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("v*.py")) == [
        "v0001_audit_record.py",
        "v0002_subjects_keys_consent.py",
        "v0003_people.py",
        "v0004_audit_checkpoints.py",
        "v0005_sealed_sources.py",
    ]


def test_the_db_command_upgrades_and_reports_the_revision(tmp_path: Path) -> None:
    config = tmp_path / "cndp-guard.yaml"
    config.write_text(
        "routes: {llm: {upstream: 'http://127.0.0.1:9', country: MA}}\n"
        f"database: 'sqlite:///{tmp_path}/cli.db'\n"
    )
    cli = [sys.executable, "-m", "compliance.cli", "db"]
    before = subprocess.run(
        [*cli, "current", "--config", str(config)], capture_output=True, text=True, check=True
    )
    assert "empty" in before.stdout
    done = subprocess.run(
        [*cli, "upgrade", "--config", str(config)], capture_output=True, text=True, check=True
    )
    assert f"database schema at revision {HEAD}" in done.stdout


def test_cache_epochs_start_empty(engine: Engine) -> None:
    with Session(engine) as session:
        assert session.get(CacheEpoch, "consent") is None


def test_db_upgrade_seals_the_sources_an_older_version_kept_in_clear(tmp_path: Path) -> None:
    from compliance.consent import ConsentLedger
    from compliance.crypto import (
        FileKeyProvider,
        KeyRing,
        default_kek_path,
        load_or_create_key_file,
    )
    from compliance.subjects import SubjectKeys

    key_file = tmp_path / "keys" / "master.key"
    config = tmp_path / "cndp-guard.yaml"
    config.write_text(
        "routes: {llm: {upstream: 'http://127.0.0.1:9', country: MA}}\n"
        f"database: 'sqlite:///{tmp_path}/cli.db'\nkey_file: '{key_file}'\n"
    )
    engine = make_engine(f"sqlite:///{tmp_path}/cli.db")
    upgrade(engine)
    keys = SubjectKeys(
        engine=engine,
        provider=FileKeyProvider(path=default_kek_path(key_file)),
        keyring=KeyRing(root_key=load_or_create_key_file(key_file)),
    )
    ConsentLedger(engine=engine, keys=keys).record_consent(
        subject="s-1", purpose="assistant", state="granted", channel="web", source="x"
    )
    with engine.begin() as conn:  # as a row written before 0005
        conn.execute(text("UPDATE consent_event SET source = 'Karim Benali', source_enc = NULL"))
    engine.dispose()

    done = subprocess.run(
        [sys.executable, "-m", "compliance.cli", "db", "upgrade", "--config", str(config)],
        capture_output=True,
        text=True,
        check=True,
    )

    assert "sealed 1 source(s) an older version kept in clear" in done.stdout
    engine = make_engine(f"sqlite:///{tmp_path}/cli.db")
    with engine.connect() as conn:
        clear, sealed = conn.execute(text("SELECT source, source_enc FROM consent_event")).one()
    engine.dispose()
    assert clear is None
    assert sealed is not None
    assert b"Karim" not in bytes(sealed)
