"""AES-256-GCM field encryption bound to the table, column and row it is stored in.

A ciphertext is ``0x01 || nonce (12 bytes) || ciphertext || tag (16 bytes)``.
The associated data names the table, the column and the row, so a value copied
into another row, another column or another table no longer authenticates: an
attacker with write access to the database cannot move one subject's evidence
under another subject's record. The leading byte leaves room for another
format without guessing.
"""

from __future__ import annotations

import os
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from compliance.crypto.errors import DecryptionError

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
FORMAT_V1 = 0x01
_AD_PREFIX = "cndp-guard/field/v1"

RowId = str | int | UUID


def associated_data(*, table: str, column: str, row: RowId) -> bytes:
    """The bytes every ciphertext of ``table.column`` at ``row`` is bound to."""
    return "\x1f".join((_AD_PREFIX, table, column, str(row))).encode("utf-8")


def derive_key(*, key: bytes, purpose: str) -> bytes:
    """A 32-byte subkey of ``key`` for one purpose (HKDF-SHA256), so uses never share a key."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode())
    return hkdf.derive(key)


class FieldCipher:
    """AES-256-GCM under one key, kept per subject so each field costs one AEAD call."""

    __slots__ = ("_aead",)

    def __init__(self, *, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError(f"a field key is {KEY_BYTES} bytes, not {len(key)}")
        self._aead = AESGCM(key)

    def encrypt(self, *, plaintext: bytes | str, table: str, column: str, row: RowId) -> bytes:
        """Seal ``plaintext`` for ``table.column`` at ``row``; a fresh random nonce each time."""
        data = plaintext.encode("utf-8") if isinstance(plaintext, str) else plaintext
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(
            nonce, data, associated_data(table=table, column=column, row=row)
        )
        return bytes((FORMAT_V1,)) + nonce + sealed

    def decrypt(self, *, ciphertext: bytes, table: str, column: str, row: RowId) -> bytes:
        """Open a value sealed by ``encrypt`` for the same place, or raise ``DecryptionError``."""
        where = {"table": table, "column": column, "row": str(row)}
        if len(ciphertext) < 1 + NONCE_BYTES + TAG_BYTES:
            raise DecryptionError(**where, reason="the ciphertext is truncated")
        if ciphertext[0] != FORMAT_V1:
            raise DecryptionError(**where, reason=f"unknown ciphertext format {ciphertext[0]:#04x}")
        nonce = ciphertext[1 : 1 + NONCE_BYTES]
        try:
            return self._aead.decrypt(
                nonce,
                ciphertext[1 + NONCE_BYTES :],
                associated_data(table=table, column=column, row=row),
            )
        except InvalidTag:
            raise DecryptionError(**where) from None


def encrypt_field(
    *, key: bytes, plaintext: bytes | str, table: str, column: str, row: RowId
) -> bytes:
    """Seal one value under ``key`` (32 bytes), bound to ``table.column`` at ``row``.

    Prefer a long-lived ``FieldCipher`` on hot paths: it saves the key schedule.
    """
    return FieldCipher(key=key).encrypt(plaintext=plaintext, table=table, column=column, row=row)


def decrypt_field(*, key: bytes, ciphertext: bytes, table: str, column: str, row: RowId) -> bytes:
    """Open a value sealed by ``encrypt_field``; raise ``DecryptionError`` naming the place."""
    return FieldCipher(key=key).decrypt(ciphertext=ciphertext, table=table, column=column, row=row)
