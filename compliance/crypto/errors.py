"""Errors of envelope encryption, key providers and per-subject keys.

Messages name the table, column and row (or the key version) and the fix; they
never quote a plaintext, a key or a subject id. Every error is fail-closed: the
request path turns it into a refusal, never into a forward in clear.

Hierarchy::

    FailClosed (compliance.core.errors)
    └── CryptoError                 503 crypto_unavailable
        ├── DecryptionError         500 decryption_failed: tampered, wrong row or wrong key
        ├── KeyProviderError        503 key_provider_unavailable: unknown or unusable KEK version
        ├── RotationError           503 rotation_failed: another rotation runs, or a row cannot move
        └── SubjectErased           410 subject_erased: the subject's key was destroyed
"""

from __future__ import annotations

from datetime import datetime

from compliance.core.errors import FailClosed


class CryptoError(FailClosed):
    """Base of the errors raised by ``compliance.crypto``."""

    code = "crypto_unavailable"


class DecryptionError(CryptoError):
    """A ciphertext did not authenticate under the key and the associated data given.

    The three causes cannot be told apart by design (that is what an AEAD tag
    guarantees), so the message lists them all.
    """

    status = 500
    code = "decryption_failed"

    def __init__(self, *, table: str, column: str, row: str, reason: str | None = None) -> None:
        detail = reason or (
            "the ciphertext was altered, was copied from another row, or was sealed under"
            " another key"
        )
        super().__init__(f"cannot decrypt {table}.{column} of row {row!r}: {detail}")
        self.table = table
        self.column = column
        self.row = row


class KeyProviderError(CryptoError):
    """The key-encryption key a row needs is missing or unusable, or the provider is read-only."""

    code = "key_provider_unavailable"

    def __init__(self, message: str, *, version: int | None = None) -> None:
        super().__init__(message)
        self.version = version


class RotationError(CryptoError):
    """A key rotation cannot start or cannot finish; rows keep their current wrapping."""

    code = "rotation_failed"


class SubjectErased(CryptoError):
    """The subject's data key was destroyed (crypto-shredding): nothing of theirs decrypts again.

    Raised instead of silently creating a fresh key, so that an erased subject's
    pseudonyms are never re-issued under a new key by mistake.
    """

    status = 410
    code = "subject_erased"
    error_type = "invalid_request_error"

    def __init__(self, *, subject_hash: str, erased_at: datetime | None = None) -> None:
        # No hash prefix, no time: the answer must not help anyone tell whom, or when.
        super().__init__(
            "this subject was erased: its keys are destroyed, so its data cannot be"
            " decrypted and its pseudonyms cannot be re-derived"
        )
        self.subject_hash = subject_hash
        self.erased_at = erased_at
