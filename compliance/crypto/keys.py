"""Key material of one installation: the root key file and the keys derived from it.

The root key is 32 random bytes in a 0600 file created on first run. Each use gets
its own HKDF-derived key so that, e.g., the audit trail's subject hashes cannot be
turned into pseudonym keys. Per-subject keys with crypto-shredding come with the
data-of-record work; until then pseudonym keys are derived per subject hash.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from compliance.core.errors import ConfigError

KEY_BYTES = 32


def load_or_create_key_file(path: Path) -> bytes:
    """Return the root key in ``path``, creating it (mode 0600, parent 0700) if absent."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    except OSError as exc:
        raise ConfigError(f"cannot create key file {path}: {exc.strerror}") from None
    else:
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(KEY_BYTES))
            handle.flush()
            os.fsync(handle.fileno())
    if path.stat().st_mode & 0o077:
        raise ConfigError(f"key file {path} is readable by others; run: chmod 600 {path}")
    key = path.read_bytes()
    if len(key) != KEY_BYTES:
        raise ConfigError(
            f"key file {path} holds {len(key)} bytes, not {KEY_BYTES}; restore it from backup"
        )
    return key


def _derive(root: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose).derive(root)


class KeyRing:
    """Purpose-separated keys derived from the root key."""

    def __init__(self, *, root_key: bytes) -> None:
        self._index_key = _derive(root_key, b"cndp-guard/subject-index/v1")
        self._pseudonym_root = _derive(root_key, b"cndp-guard/pseudonym/v1")
        self._digest_key = _derive(root_key, b"cndp-guard/request-digest/v1")

    def subject_hash(self, subject_id: str) -> str:
        """Keyed hash (blind index) of a host application's subject id."""
        mac = hmac.new(self._index_key, subject_id.encode("utf-8"), hashlib.sha256)
        return mac.hexdigest()[:32]

    def pseudonym_key(self, subject_hash: str | None) -> bytes:
        """The key behind a subject's pseudonyms; anonymous callers share one key."""
        label = (subject_hash or "anonymous").encode("ascii")
        return hmac.new(self._pseudonym_root, label, hashlib.sha256).digest()

    def request_digest(self, body: bytes) -> str:
        """Keyed digest of a request body: links records to a request without revealing it.

        Keyed, because a plain SHA-256 of a short prompt can be confirmed by guessing.
        """
        return hmac.new(self._digest_key, body, hashlib.sha256).hexdigest()
