"""Ed25519 signing keys for checkpoints and exports; public keys and their ids.

- The private key is a PKCS#8 PEM file, mode 0600 in a 0700 directory, created on
  first use. Several processes may start at once: the key is written to a private
  temporary file and hard-linked into place, so every process loads the same key.
- A key id is the first 16 hex digits of SHA-256 over the raw 32-byte public key;
  every checkpoint names the key id that signed it, so old checkpoints stay
  verifiable after a rotation as long as the old public key is published.
- Rotation: the outgoing key signs an *endorsement* of the incoming public key;
  a verifier that pinned the first key can follow the endorsements to the newest.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from audit.canonical import encode
from audit.errors import KeyFileError

ALGORITHM = "Ed25519"
ENDORSEMENT_FORMAT = "cndp-guard-key-endorsement/1"


def key_id_for(public_key: bytes) -> str:
    """The id of a raw 32-byte Ed25519 public key."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def endorsement_statement(*, key_id: str, public_key: bytes, time: str) -> bytes:
    """What the outgoing key signs when it hands over to ``key_id``."""
    document = {"format": ENDORSEMENT_FORMAT, "key_id": key_id, "time": time}
    return encode({**document, "public_key": b64(public_key)})


@dataclass(frozen=True, slots=True)
class PublicKey:
    """A published verification key, with the endorsement that introduced it (if any)."""

    key_id: str
    raw: bytes
    created_at: str | None = None
    endorsed_by: str | None = None
    endorsement: bytes | None = None

    def verify(self, *, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def pem(self) -> str:
        key = Ed25519PublicKey.from_public_bytes(self.raw)
        return key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")

    def to_json(self) -> dict[str, Any]:
        return {
            "algorithm": ALGORITHM,
            "created_at": self.created_at,
            "endorsed_by": self.endorsed_by,
            "endorsement": b64(self.endorsement) if self.endorsement else None,
            "key_id": self.key_id,
            "public_key": b64(self.raw),
            "public_key_pem": self.pem(),
        }

    @classmethod
    def from_json(cls, document: Mapping[str, Any]) -> PublicKey:
        """Parse one entry of an export's ``keys.json``; raise ``ValueError`` if malformed."""
        if document.get("algorithm") != ALGORITHM:
            raise ValueError(f"algorithm {document.get('algorithm')!r} is not {ALGORITHM}")
        raw = unb64(str(document["public_key"]))
        if len(raw) != 32:
            raise ValueError("an Ed25519 public key is 32 bytes")
        endorsement = document.get("endorsement")
        return cls(
            key_id=str(document["key_id"]),
            raw=raw,
            created_at=document.get("created_at"),
            endorsed_by=document.get("endorsed_by"),
            endorsement=unb64(str(endorsement)) if endorsement else None,
        )

    def endorsement_holds(self, keys: Mapping[str, PublicKey]) -> bool:
        """True if the key named in ``endorsed_by`` signed this key's endorsement."""
        if self.endorsed_by is None or self.endorsement is None or self.created_at is None:
            return False
        endorser = keys.get(self.endorsed_by)
        statement = endorsement_statement(
            key_id=self.key_id, public_key=self.raw, time=self.created_at
        )
        return endorser is not None and endorser.verify(
            signature=self.endorsement, message=statement
        )


class SigningKey:
    """An Ed25519 private key with its id; signs checkpoints, manifests, endorsements."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._private = private_key
        self._raw_public = private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.key_id = key_id_for(self._raw_public)

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    def public_key(self, *, created_at: str | None = None) -> PublicKey:
        return PublicKey(key_id=self.key_id, raw=self._raw_public, created_at=created_at)

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    def endorse(self, successor: SigningKey, *, time: str) -> PublicKey:
        """Hand over to ``successor``: its public key, signed by this key."""
        statement = endorsement_statement(
            key_id=successor.key_id, public_key=successor._raw_public, time=time
        )
        return PublicKey(
            key_id=successor.key_id,
            raw=successor._raw_public,
            created_at=time,
            endorsed_by=self.key_id,
            endorsement=self.sign(statement),
        )

    def private_pem(self) -> bytes:
        return self._private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )


def _write_private(path: Path, key: SigningKey) -> Path:
    """Write ``key`` to a fresh 0600 file beside ``path``; return the temporary path."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key.private_pem())
        handle.flush()
        os.fsync(handle.fileno())
    return temporary


def _prepare_directory(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise KeyFileError(f"cannot create key directory {path.parent}: {exc.strerror}") from None


def load_signing_key(path: Path) -> SigningKey:
    """Load the private key in ``path``; refuse a file others can read."""
    try:
        mode = path.stat().st_mode
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(
            f"signing key {path} does not exist; it is created on first run"
        ) from None
    except OSError as exc:
        raise KeyFileError(f"cannot read signing key {path}: {exc.strerror}") from None
    if mode & 0o077:
        raise KeyFileError(f"signing key {path} is readable by others; run: chmod 600 {path}")
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except ValueError:
        raise KeyFileError(
            f"signing key {path} is not a PEM private key; restore it from backup"
        ) from None
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyFileError(f"signing key {path} is not an Ed25519 key")
    return SigningKey(private)


def load_or_create_signing_key(path: Path) -> SigningKey:
    """Return the key in ``path``, creating it (0600, parent 0700) on first run."""
    if not path.exists():
        _prepare_directory(path)
        temporary = _write_private(path, SigningKey.generate())
        try:
            os.link(temporary, path)  # atomic create-if-absent: concurrent starters agree
        except FileExistsError:
            pass
        except OSError as exc:
            raise KeyFileError(f"cannot create signing key {path}: {exc.strerror}") from None
        finally:
            temporary.unlink()
    return load_signing_key(path)


def replace_signing_key(path: Path, key: SigningKey) -> None:
    """Atomically put ``key`` in ``path`` (rotation); the old private key is gone after."""
    _prepare_directory(path)
    temporary = _write_private(path, key)
    temporary.replace(path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
