"""Key-encryption keys (KEKs): the ``KeyProvider`` protocol and the key-ring file.

Data keys are never stored in clear: each is wrapped (AES-256-GCM) by a KEK and
stored with the KEK's version, so a row can always be unwrapped with the version
that sealed it while a rotation moves rows to the next one. A KMS implements the
same protocol without ever handing out the KEK.

The key-ring file is JSON, mode 0600, created on first run beside the root key::

    {"format": "cndp-guard/kek-ring/1",
     "versions": [{"version": 1, "key": "<base64>", "created_at": "...", "retired_at": null}]}

The current version is the newest one not retired. Retired versions stay in the
file: they are never used to wrap, and ``keys rotate`` only retires a version once
no row is left on it. A mounted secret (read-only) holds the same format; rotation
then means adding a version to the secret, and retiring it means removing it.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import secrets
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from compliance.core.errors import ConfigError
from compliance.crypto.envelope import KEY_BYTES, NONCE_BYTES
from compliance.crypto.errors import KeyProviderError

FORMAT = "cndp-guard/kek-ring/1"


@dataclass(frozen=True, slots=True)
class KekVersion:
    """One KEK version as listed by a provider (never the key itself)."""

    version: int
    created_at: datetime
    retired_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class WrappedKey:
    version: int
    blob: bytes


@runtime_checkable
class KeyProvider(Protocol):
    """Wraps and unwraps data keys under versioned KEKs; a KMS can implement it."""

    def current_version(self) -> int:
        """The version new keys are wrapped with (newest not retired)."""
        ...

    def versions(self) -> Sequence[KekVersion]:
        """Every version still known, oldest first."""
        ...

    def wrap(self, *, key: bytes, associated_data: bytes, version: int | None = None) -> WrappedKey:
        """Seal a data key under ``version`` (default: current)."""
        ...

    def unwrap(self, *, version: int, wrapped: bytes, associated_data: bytes) -> bytes:
        """Open a data key sealed under ``version``; raise ``KeyProviderError`` if impossible."""
        ...

    def add_version(self) -> int:
        """Create a new KEK version, make it current and return its number."""
        ...

    def retire(self, *, version: int) -> None:
        """Stop wrapping with ``version``; callers guarantee no row still needs it."""
        ...


def default_kek_path(key_file: Path) -> Path:
    """Where the key ring lives when only the root key file is configured: beside it."""
    return key_file.parent / "kek.json"


def _parse_time(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(str(value))


class FileKeyProvider:
    """KEKs in a 0600 JSON file (created on first run) or a read-only mounted secret."""

    def __init__(self, *, path: Path, create: bool = True, read_only: bool = False) -> None:
        """Open the key ring at ``path``.

        Args:
            path: the key-ring file.
            create: create it with version 1 when it does not exist (first run).
            read_only: a mounted secret: never written; ``add_version``/``retire`` refuse.
        """
        self._path = path
        self._read_only = read_only
        self._lock = threading.Lock()
        self._stamp: tuple[int, int, int] | None = None
        self._keys: dict[int, AESGCM] = {}
        self._versions: list[KekVersion] = []
        if create and not read_only and not path.exists():
            self._create()
        self._reload(force=True)

    @property
    def path(self) -> Path:
        return self._path

    def _document(self, versions: Sequence[tuple[KekVersion, bytes]]) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "versions": [
                    {
                        "version": v.version,
                        "key": base64.b64encode(key).decode("ascii"),
                        "created_at": v.created_at.isoformat(),
                        "retired_at": v.retired_at.isoformat() if v.retired_at else None,
                    }
                    for v, key in versions
                ],
            },
            indent=1,
        ).encode()

    def _write_temp(self, content: bytes) -> Path:
        temp = self._path.with_name(f".{self._path.name}.{secrets.token_hex(4)}.tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        return temp

    def _create(self) -> None:
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            first = KekVersion(1, datetime.now(UTC))
            temp = self._write_temp(self._document([(first, secrets.token_bytes(KEY_BYTES))]))
        except OSError as exc:
            raise ConfigError(f"cannot create key ring {self._path}: {exc.strerror}") from None
        try:
            os.link(temp, self._path)  # atomic create-if-absent: two workers cannot both win
        except FileExistsError:
            pass
        finally:
            temp.unlink()

    def _read(self) -> list[tuple[KekVersion, bytes]]:
        try:
            mode = self._path.stat().st_mode
            raw = self._path.read_bytes()
        except OSError as exc:
            raise ConfigError(f"cannot read key ring {self._path}: {exc.strerror}") from None
        if mode & 0o077:
            raise ConfigError(
                f"key ring {self._path} is readable by others; run: chmod 600 {self._path}"
                " (for a mounted secret, set its defaultMode to 0400)"
            )
        try:
            document = json.loads(raw)
            if document.get("format") != FORMAT:
                raise ValueError(f"format is not {FORMAT}")
            entries = [
                (
                    KekVersion(
                        int(item["version"]),
                        datetime.fromisoformat(item["created_at"]),
                        _parse_time(item.get("retired_at")),
                    ),
                    base64.b64decode(item["key"], validate=True),
                )
                for item in document["versions"]
            ]
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(
                f"key ring {self._path} is not valid ({exc}); restore it from backup"
            ) from None
        for version, key in entries:
            if len(key) != KEY_BYTES:
                raise ConfigError(
                    f"key ring {self._path}: version {version.version} holds {len(key)} bytes,"
                    f" not {KEY_BYTES}; restore it from backup"
                )
        if not any(v.retired_at is None for v, _ in entries):
            raise ConfigError(f"key ring {self._path} has no active version; restore it")
        return sorted(entries, key=lambda entry: entry[0].version)

    def _reload(self, *, force: bool = False) -> None:
        """Re-read the file if it changed: another process may have rotated."""
        try:
            info = self._path.stat()
        except OSError as exc:
            raise ConfigError(f"cannot read key ring {self._path}: {exc.strerror}") from None
        stamp = (info.st_ino, info.st_mtime_ns, info.st_size)
        if not force and stamp == self._stamp:
            return
        entries = self._read()
        with self._lock:
            self._versions = [v for v, _ in entries]
            self._keys = {v.version: AESGCM(key) for v, key in entries}
            self._stamp = stamp

    def current_version(self) -> int:
        self._reload()
        return max(v.version for v in self._versions if v.retired_at is None)

    def versions(self) -> Sequence[KekVersion]:
        self._reload()
        return tuple(self._versions)

    def _aead(self, version: int) -> AESGCM:
        aead = self._keys.get(version)
        if aead is None:
            self._reload()
            aead = self._keys.get(version)
        if aead is None:
            raise KeyProviderError(
                f"KEK version {version} is not in key ring {self._path}; restore the key ring"
                " from a backup that has it",
                version=version,
            )
        return aead

    def wrap(self, *, key: bytes, associated_data: bytes, version: int | None = None) -> WrappedKey:
        use = self.current_version() if version is None else version
        nonce = os.urandom(NONCE_BYTES)
        return WrappedKey(use, nonce + self._aead(use).encrypt(nonce, key, associated_data))

    def unwrap(self, *, version: int, wrapped: bytes, associated_data: bytes) -> bytes:
        aead = self._aead(version)
        try:
            return aead.decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], associated_data)
        except InvalidTag:
            raise KeyProviderError(
                f"a data key wrapped under KEK version {version} does not unwrap: the row was"
                f" altered or key ring {self._path} holds another key under that version",
                version=version,
            ) from None

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[list[tuple[KekVersion, bytes]]]:
        if self._read_only:
            raise KeyProviderError(
                f"key ring {self._path} is a read-only mounted secret: add or remove versions"
                " in the secret itself, then run the rotation again"
            )
        lock_path = self._path.with_name(self._path.name + ".lock")
        fd = os.open(lock_path, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield self._read()
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _replace(self, entries: Sequence[tuple[KekVersion, bytes]]) -> None:
        temp = self._write_temp(self._document(entries))
        temp.replace(self._path)
        self._reload(force=True)

    def add_version(self) -> int:
        with self._exclusive() as entries:
            number = max(v.version for v, _ in entries) + 1
            entries.append((KekVersion(number, datetime.now(UTC)), secrets.token_bytes(KEY_BYTES)))
            self._replace(entries)
        return number

    def retire(self, *, version: int) -> None:
        with self._exclusive() as entries:
            found = False
            for index, (item, key) in enumerate(entries):
                if item.version == version:
                    found = True
                    if item.retired_at is None:
                        retired = KekVersion(item.version, item.created_at, datetime.now(UTC))
                        entries[index] = (retired, key)
            if not found:
                raise KeyProviderError(f"KEK version {version} is not in {self._path}")
            if not any(item.retired_at is None for item, _ in entries):
                raise KeyProviderError(
                    f"cannot retire KEK version {version}: it is the last active one",
                    version=version,
                )
            self._replace(entries)
