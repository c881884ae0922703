"""KEK rotation on both databases: online, batched, resumable, and only then retiring."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from compliance.crypto import FileKeyProvider, KeyProvider, KeyRing, RotationError
from compliance.store import read_session, write_session
from compliance.subjects import SubjectKeys, keys_by_version, rotate_keys
from compliance.subjects.keys import wrapping_context
from compliance.subjects.rotation import _rotation_lock


def seed(keys: SubjectKeys, engine: Engine, count: int) -> dict[str, bytes]:
    """``count`` subjects with keys; returns subject hash → pseudonym key."""
    hashes = [keys.subject_hash(f"subject-{n}") for n in range(count)]
    with write_session(engine) as session:
        assert keys.provision(session=session, subject_hashes=hashes) == count
    return unwrapped(engine, keys.provider, keys.keyring, hashes)


def reread(
    engine: Engine, provider: FileKeyProvider, keyring: KeyRing, *, interval: float = 0.0
) -> SubjectKeys:
    return SubjectKeys(engine=engine, provider=provider, keyring=keyring, check_interval=interval)


def unwrapped(
    engine: Engine, provider: KeyProvider, keyring: KeyRing, subjects: list[str]
) -> dict[str, bytes]:
    """Every subject's pseudonym key as a fresh process would unwrap it, in one session."""
    keys = SubjectKeys(engine=engine, provider=provider, keyring=keyring, check_interval=60)
    with read_session(engine) as session:
        return {
            s: keys.material(session=session, subject_hash=s, create=False).pseudonym_key
            for s in subjects
        }


def test_rotation_rewraps_every_key_then_retires_the_old_version(
    subject_keys: SubjectKeys, engine: Engine, provider: FileKeyProvider, keyring: KeyRing
) -> None:
    expected = seed(subject_keys, engine, 25)
    report = rotate_keys(engine=engine, provider=provider, batch_size=7)
    assert (report.target_version, report.resumed, report.moved, report.retired) == (
        2,
        False,
        25,
        (1,),
    )
    assert keys_by_version(engine=engine) == {2: 25}
    assert unwrapped(engine, provider, keyring, list(expected)) == expected
    assert rotate_keys(engine=engine, provider=provider).target_version == 3


def test_reads_and_new_subjects_keep_working_during_rotation(
    subject_keys: SubjectKeys, engine: Engine, provider: FileKeyProvider, keyring: KeyRing
) -> None:
    expected = seed(subject_keys, engine, 30)
    during = reread(engine, provider, keyring)
    newcomers: list[str] = []

    def between_batches(_count: int) -> None:
        for subject, key in expected.items():
            assert during.pseudonym_key(subject) == key
        newcomer = during.subject_hash(f"new-{len(newcomers)}")
        during.pseudonym_key(newcomer)
        newcomers.append(newcomer)
        during.forget()

    rotate_keys(engine=engine, provider=provider, batch_size=10, on_batch=between_batches)
    assert keys_by_version(engine=engine) == {2: 30 + len(newcomers)}


def test_keys_written_under_the_old_version_mid_rotation_are_picked_up(
    subject_keys: SubjectKeys, engine: Engine, provider: FileKeyProvider
) -> None:
    seed(subject_keys, engine, 20)
    stale = "0" * 32  # sorts before every cursor position: behind the walk

    def straggler(_count: int) -> None:
        with engine.begin() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM subject_key WHERE subject_hash = :s"), {"s": stale}
            ).first()
            if exists:
                return
            wrapped = provider.wrap(
                key=b"k" * 32, associated_data=wrapping_context(stale), version=1
            )
            conn.execute(
                text(
                    "INSERT INTO subject_key (subject_hash, kek_version, wrapped_key, created_at)"
                    " VALUES (:s, 1, :w, CURRENT_TIMESTAMP)"
                ),
                {"s": stale, "w": wrapped.blob},
            )

    report = rotate_keys(engine=engine, provider=provider, batch_size=5, on_batch=straggler)
    assert report.moved == 21
    assert keys_by_version(engine=engine) == {2: 21}
    assert report.retired == (1,)


def test_an_aborted_rotation_resumes_without_a_new_version(
    subject_keys: SubjectKeys, engine: Engine, provider: FileKeyProvider, keyring: KeyRing
) -> None:
    expected = seed(subject_keys, engine, 40)
    batches = 0

    def fail_after_two(_count: int) -> None:
        nonlocal batches
        batches += 1
        if batches == 2:
            raise RuntimeError("injected crash")

    with pytest.raises(RuntimeError, match="injected crash"):
        rotate_keys(engine=engine, provider=provider, batch_size=10, on_batch=fail_after_two)
    assert keys_by_version(engine=engine) == {1: 20, 2: 20}
    assert [v.retired_at is None for v in provider.versions()] == [True, True]
    report = rotate_keys(engine=engine, provider=provider, batch_size=10)
    assert (report.target_version, report.resumed, report.moved) == (2, True, 20)
    assert keys_by_version(engine=engine) == {2: 40}
    assert [v.version for v in provider.versions()] == [1, 2]
    assert unwrapped(engine, provider, keyring, list(expected)) == expected


def test_a_row_that_does_not_unwrap_stops_the_rotation_and_names_it(
    subject_keys: SubjectKeys, engine: Engine, provider: FileKeyProvider
) -> None:
    seed(subject_keys, engine, 3)
    with engine.begin() as conn:
        victim = conn.execute(text("SELECT min(subject_hash) FROM subject_key")).scalar_one()
        conn.execute(
            text("UPDATE subject_key SET wrapped_key = :w WHERE subject_hash = :s"),
            {"w": b"\x00" * 60, "s": victim},
        )
    with pytest.raises(RotationError, match=f"row {victim[:12]}… does not unwrap"):
        rotate_keys(engine=engine, provider=provider)
    assert keys_by_version(engine=engine) == {1: 3}


def test_only_one_rotation_runs_at_a_time(engine: Engine, provider: FileKeyProvider) -> None:
    with _rotation_lock(engine), pytest.raises(RotationError, match="another key rotation"):
        rotate_keys(engine=engine, provider=provider)


def _config(tmp_path: Path, engine: Engine) -> Path:
    url = engine.url.render_as_string(hide_password=False).replace("+psycopg", "")
    config = tmp_path / "cndp-guard.yaml"
    config.write_text(
        "routes: {llm: {upstream: 'http://127.0.0.1:9', country: MA}}\n"
        f"database: '{url}'\n"
        f"key_file: '{tmp_path / 'keys' / 'master.key'}'\n"
    )
    return config


def _rotate_command(config: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "compliance.cli",
        "keys",
        "rotate",
        "--config",
        str(config),
        "--no-progress",
        *extra,
    ]


def test_a_rotation_killed_with_sigkill_resumes_on_the_next_run(
    subject_keys: SubjectKeys,
    engine: Engine,
    provider: FileKeyProvider,
    keyring: KeyRing,
    tmp_path: Path,
) -> None:
    expected = seed(reread(engine, provider, keyring, interval=60), engine, 3000)
    config = _config(tmp_path, engine)
    child = subprocess.Popen(
        _rotate_command(config, "--batch-size", "50", "--pause", "0.02"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while keys_by_version(engine=engine).get(2, 0) < 300:
        assert child.poll() is None, child.stderr.read() if child.stderr else ""
        assert time.monotonic() < deadline, "the rotation did not start moving keys"
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    if child.stderr:
        child.stderr.close()

    counts = keys_by_version(engine=engine)
    assert 0 < counts[1] < 3000
    assert counts[1] + counts[2] == 3000
    assert [v.retired_at is None for v in provider.versions()] == [True, True]
    # reads work on a half-rotated table
    assert unwrapped(engine, provider, keyring, list(expected)) == expected

    done = subprocess.run(
        _rotate_command(config), capture_output=True, text=True, check=True, timeout=120
    )
    assert f"KEK v2: {counts[1]} subject keys re-wrapped" in done.stdout
    assert "retired: v1" in done.stdout
    assert keys_by_version(engine=engine) == {2: 3000}
    assert [(v.version, v.retired_at is not None) for v in provider.versions()] == [
        (1, True),
        (2, False),
    ]
    assert unwrapped(engine, provider, keyring, list(expected)) == expected
