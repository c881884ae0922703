"""`cndp-guard audit export | verify | checkpoint | rotate-key | keys` against a real database."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text
from sqlalchemy.engine import Engine

from audit import decode, load_or_create_signing_key
from compliance.cli.audit import audit
from compliance.crypto import KeyRing, load_or_create_key_file
from compliance.trail import AuditLog


@pytest.fixture
def engine(engine: Engine) -> Iterator[Engine]:
    yield engine
    with engine.begin() as conn:
        for table in ("audit_checkpoint", "audit_signing_key", "audit_record"):
            conn.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - fixed table names


@pytest.fixture
def config(engine: Engine, tmp_path: Path) -> Path:
    url = engine.url.render_as_string(hide_password=False).replace("+psycopg", "")
    path = tmp_path / "cndp-guard.yaml"
    path.write_text(
        "routes: {llm: {upstream: 'http://127.0.0.1:9', country: MA}}\n"
        f"database: '{url}'\n"
        f"key_file: '{tmp_path}/keys/master.key'\n"
    )
    return path


def _keyring(tmp_path: Path) -> KeyRing:
    return KeyRing(root_key=load_or_create_key_file(tmp_path / "keys" / "master.key"))


def _fill(engine: Engine, tmp_path: Path, batches: int = 6) -> list[datetime]:
    """Decisions for three subjects, batch by batch; returns the time before each batch."""
    keys = _keyring(tmp_path)
    signer = load_or_create_signing_key(tmp_path / "keys" / "audit-signing.key")
    log = AuditLog(engine=engine, signer=signer, checkpoint_every=7)
    marks = []
    for batch in range(batches):
        marks.append(datetime.now(UTC))
        time.sleep(0.01)
        log.write_batch(
            [
                {
                    "event": "decision",
                    "route": "llm",
                    "allow": True,
                    "subject_hash": keys.subject_hash(subject),
                    "batch": batch,
                }
                for subject in ("alice", "bob", "carol", "bob")
            ]
        )
    return marks


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(audit, list(args))
    return result.exit_code, result.output


def _verify(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "audit", "verify", str(directory), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_whole_export_verifies(engine: Engine, config: Path, tmp_path: Path) -> None:
    _fill(engine, tmp_path)
    code, output = _run("export", "--config", str(config), "--out", str(tmp_path / "x"))
    assert code == 0, output
    assert "exported 24 record(s) (seq 1..24)" in output
    assert "python -m audit verify" in output
    result = _verify(tmp_path / "x")
    assert result.returncode == 0, result.stdout
    keys = json.loads((tmp_path / "x" / "keys.json").read_text())["keys"]
    assert keys[0]["public_key_pem"].startswith("-----BEGIN PUBLIC KEY-----")


def test_a_time_window_exports_the_records_committed_in_it(
    engine: Engine, config: Path, tmp_path: Path
) -> None:
    marks = _fill(engine, tmp_path)
    since, until = marks[2].isoformat(), marks[4].isoformat()
    out = tmp_path / "window"
    code, output = _run(
        "export", "--config", str(config), "--out", str(out), "--since", since, "--until", until
    )
    assert code == 0, output
    assert "exported 8 record(s) (seq 9..16)" in output
    assert _verify(out).returncode == 0


def test_a_subject_export_holds_only_that_subjects_records(
    engine: Engine, config: Path, tmp_path: Path
) -> None:
    _fill(engine, tmp_path)
    out = tmp_path / "bob"
    code, output = _run("export", "--config", str(config), "--out", str(out), "--subject", "bob")
    assert code == 0, output
    bob = _keyring(tmp_path).subject_hash("bob")
    lines = (out / "records.jsonl").read_bytes().splitlines()
    assert len(lines) == 12
    assert {
        decode(line[len(b'{"body":') : line.rfind(b',"prev_hash"')])["subject_hash"]
        for line in lines
    } == {bob}
    manifest = json.loads((out / "manifest.json").read_text())["manifest"]
    assert manifest["filters"]["subject_hash"] == bob
    assert "bob" not in json.dumps(manifest)
    assert _verify(out).returncode == 0


def test_the_export_command_runs_as_a_process_with_a_progress_bar(
    engine: Engine, config: Path, tmp_path: Path
) -> None:
    _fill(engine, tmp_path)
    out = tmp_path / "proc"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "compliance.cli.audit",
            "export",
            "--config",
            str(config),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "writing records" in result.stderr
    assert _verify(out).returncode == 0


def test_an_export_refuses_a_directory_that_holds_one(
    engine: Engine, config: Path, tmp_path: Path
) -> None:
    _fill(engine, tmp_path)
    out = str(tmp_path / "twice")
    assert _run("export", "--config", str(config), "--out", out, "--no-progress")[0] == 0
    code, output = _run("export", "--config", str(config), "--out", out, "--no-progress")
    assert code == 2
    assert "already holds an export" in output


def test_verify_checks_an_export_or_the_live_database(
    engine: Engine, config: Path, tmp_path: Path
) -> None:
    _fill(engine, tmp_path)
    _run("export", "--config", str(config), "--out", str(tmp_path / "x"), "--no-progress")
    assert _run("verify", str(tmp_path / "x"))[0] == 0
    code, output = _run("verify", "--database", "--config", str(config))
    assert code == 0
    assert "RESULT: OK" in output
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_record WHERE seq > 20"))
    code, output = _run("verify", "--database", "--config", str(config))
    assert code == 1
    assert "truncated" in output
    assert _run("verify")[0] == 2  # neither a directory nor --database


def test_rotation_is_published_with_an_endorsement_and_old_checkpoints_verify(
    engine: Engine, config: Path, tmp_path: Path
) -> None:
    _fill(engine, tmp_path, batches=3)
    old = load_or_create_signing_key(tmp_path / "keys" / "audit-signing.key").key_id
    code, output = _run("rotate-key", "--config", str(config))
    assert code == 0
    assert f"{old} ->" in output
    _fill(engine, tmp_path, batches=3)
    code, output = _run("keys", "--config", str(config))
    assert code == 0
    assert f"endorsed by {old}" in output
    out = tmp_path / "rotated"
    assert _run("export", "--config", str(config), "--out", str(out), "--no-progress")[0] == 0
    result = _verify(out, "--trusted-key", old)  # trusting the first key covers its successor
    assert result.returncode == 0, result.stdout


def test_checkpoint_command_signs_the_head(engine: Engine, config: Path, tmp_path: Path) -> None:
    _fill(engine, tmp_path, batches=1)
    AuditLog(engine=engine).write_batch([{"event": "decision"}])  # an unsigned tail
    code, output = _run("checkpoint", "--config", str(config))
    assert code == 0
    assert "tree size 5" in output
    assert "nothing to sign" in _run("checkpoint", "--config", str(config))[1]


def test_bad_settings_exit_2_with_the_fix(tmp_path: Path) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text("routes: {}\n")
    code, output = _run("export", "--config", str(config), "--out", str(tmp_path / "o"))
    assert code == 2
    assert "no routes configured" in output
    code, output = _run("export", "--config", str(config), "--out", "o", "--since", "yesterday")
    assert code == 2
    assert "is not a date or time" in output
