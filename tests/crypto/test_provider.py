"""The key ring file: created 0600 on first run, versioned, reloaded, retired, read-only mounts."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from compliance.core.errors import ConfigError
from compliance.crypto import FileKeyProvider, KeyProvider, KeyProviderError, default_kek_path

AD = b"subject_key/wrapped_key/abc"


def test_first_run_creates_a_private_key_ring_with_version_one(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "kek.json"
    provider = FileKeyProvider(path=path)
    assert isinstance(provider, KeyProvider)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert provider.current_version() == 1
    assert [v.version for v in provider.versions()] == [1]


def test_the_key_ring_lives_beside_the_root_key_by_default() -> None:
    assert default_kek_path(Path("var/keys/master.key")) == Path("var/keys/kek.json")


def test_a_wrapped_key_unwraps_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "kek.json"
    wrapped = FileKeyProvider(path=path).wrap(key=b"k" * 32, associated_data=AD)
    again = FileKeyProvider(path=path)
    assert again.unwrap(version=wrapped.version, wrapped=wrapped.blob, associated_data=AD) == (
        b"k" * 32
    )


def test_a_wrapped_key_is_bound_to_its_row(tmp_path: Path) -> None:
    provider = FileKeyProvider(path=tmp_path / "kek.json")
    wrapped = provider.wrap(key=b"k" * 32, associated_data=AD)
    with pytest.raises(KeyProviderError, match="version 1 does not unwrap"):
        provider.unwrap(version=1, wrapped=wrapped.blob, associated_data=AD + b"x")


def test_a_key_ring_readable_by_others_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kek.json"
    FileKeyProvider(path=path)
    path.chmod(0o640)
    with pytest.raises(ConfigError, match=f"run: chmod 600 {path}"):
        FileKeyProvider(path=path)


def test_a_damaged_key_ring_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "kek.json"
    FileKeyProvider(path=path)
    path.write_text('{"format": "something-else"}')
    with pytest.raises(ConfigError, match="restore it from backup"):
        FileKeyProvider(path=path)


def test_a_new_version_becomes_current_and_other_processes_see_it(tmp_path: Path) -> None:
    path = tmp_path / "kek.json"
    serving = FileKeyProvider(path=path)
    old = serving.wrap(key=b"a" * 32, associated_data=AD)
    rotating = FileKeyProvider(path=path)
    assert rotating.add_version() == 2
    assert serving.current_version() == 2  # reloaded on change
    assert serving.wrap(key=b"b" * 32, associated_data=AD).version == 2
    assert serving.unwrap(version=1, wrapped=old.blob, associated_data=AD) == b"a" * 32


def test_a_retired_version_is_no_longer_current_but_still_listed(tmp_path: Path) -> None:
    provider = FileKeyProvider(path=tmp_path / "kek.json")
    provider.add_version()
    provider.retire(version=1)
    assert provider.current_version() == 2
    first = provider.versions()[0]
    assert first.version == 1
    assert first.retired_at is not None
    with pytest.raises(KeyProviderError, match="last active one"):
        provider.retire(version=2)


def test_an_unknown_version_names_itself_and_the_fix(tmp_path: Path) -> None:
    provider = FileKeyProvider(path=tmp_path / "kek.json")
    with pytest.raises(KeyProviderError, match="KEK version 9 is not in key ring") as caught:
        provider.unwrap(version=9, wrapped=b"\x00" * 60, associated_data=AD)
    assert caught.value.version == 9


def test_a_mounted_secret_is_read_but_never_written(tmp_path: Path) -> None:
    path = tmp_path / "kek.json"
    FileKeyProvider(path=path)
    path.chmod(0o400)
    mounted = FileKeyProvider(path=path, read_only=True)
    assert mounted.current_version() == 1
    with pytest.raises(KeyProviderError, match="read-only mounted secret"):
        mounted.add_version()
    with pytest.raises(ConfigError, match="cannot read key ring"):
        FileKeyProvider(path=tmp_path / "absent.json", read_only=True)


def test_the_key_ring_never_holds_a_version_without_a_32_byte_key(tmp_path: Path) -> None:
    path = tmp_path / "kek.json"
    FileKeyProvider(path=path)
    document = json.loads(path.read_text())
    document["versions"][0]["key"] = "AAAA"
    path.write_text(json.dumps(document))
    with pytest.raises(ConfigError, match="holds 3 bytes, not 32"):
        FileKeyProvider(path=path)
