"""Signing keys: a private 0600 file made once, key ids, endorsements across rotations."""

from __future__ import annotations

import multiprocessing
import stat
from pathlib import Path

import pytest

from audit import KeyFileError, PublicKey, SigningKey, key_id_for, load_or_create_signing_key
from audit.checkpoint import trusted_closure
from audit.keys import load_signing_key, replace_signing_key


def _load(path: str) -> str:
    return load_or_create_signing_key(Path(path)).key_id


def test_the_key_file_is_created_once_private_and_reloaded(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "audit-signing.key"
    first = load_or_create_signing_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_or_create_signing_key(path).key_id == first.key_id
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")


def test_processes_starting_together_agree_on_one_key(tmp_path: Path) -> None:
    path = str(tmp_path / "audit-signing.key")
    with multiprocessing.get_context("spawn").Pool(6) as pool:
        ids = pool.map(_load, [path] * 12)
    assert len(set(ids)) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["audit-signing.key"]  # no temp file left


def test_a_key_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "audit-signing.key"
    load_or_create_signing_key(path)
    path.chmod(0o644)
    with pytest.raises(KeyFileError, match="chmod 600"):
        load_or_create_signing_key(path)


def test_a_missing_or_garbled_key_file_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="created on first run"):
        load_signing_key(tmp_path / "absent.key")
    garbled = tmp_path / "garbled.key"
    garbled.write_bytes(b"not a key")
    garbled.chmod(0o600)
    with pytest.raises(KeyFileError, match="restore it from backup"):
        load_signing_key(garbled)


def test_the_key_id_is_the_hash_of_the_public_key_and_survives_json() -> None:
    key = SigningKey.generate()
    public = key.public_key(created_at="2026-11-01T00:00:00Z")
    assert key.key_id == key_id_for(public.raw)
    assert len(key.key_id) == 16
    assert PublicKey.from_json(public.to_json()) == public
    assert public.verify(signature=key.sign(b"m"), message=b"m")
    assert not public.verify(signature=key.sign(b"m"), message=b"n")


def test_rotation_keeps_a_chain_of_endorsements_from_the_pinned_key(tmp_path: Path) -> None:
    first, second, third, stranger = (SigningKey.generate() for _ in range(4))
    keys = {
        k.key_id: k
        for k in (
            first.public_key(created_at="2026-01-01T00:00:00Z"),
            first.endorse(second, time="2026-02-01T00:00:00Z"),
            second.endorse(third, time="2026-03-01T00:00:00Z"),
            stranger.public_key(created_at="2026-03-01T00:00:00Z"),
        )
    }
    assert trusted_closure(keys, frozenset({first.key_id})) == {
        first.key_id,
        second.key_id,
        third.key_id,
    }
    forged = PublicKey(
        key_id=stranger.key_id,
        raw=keys[stranger.key_id].raw,
        created_at="2026-03-01T00:00:00Z",
        endorsed_by=first.key_id,
        endorsement=stranger.sign(b"I am trusted"),
    )
    assert not forged.endorsement_holds({**keys, stranger.key_id: forged})
    path = tmp_path / "k.key"
    replace_signing_key(path, third)
    assert load_signing_key(path).key_id == third.key_id
