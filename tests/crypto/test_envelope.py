"""AES-256-GCM fields bound to table, column and row: what opens, what is refused, what is said."""

from __future__ import annotations

import secrets
import uuid

import pytest

from compliance.crypto import DecryptionError, FieldCipher, decrypt_field, encrypt_field

KEY = secrets.token_bytes(32)
SECRET = "CIN BE123456 — Karim Benali"
ROW = uuid.UUID("6f1c2d1e-0000-4000-8000-000000000001")


def seal(plaintext: str = SECRET, **where: object) -> bytes:
    place = {"table": "consent_event", "column": "evidence", "row": ROW, **where}
    return encrypt_field(key=KEY, plaintext=plaintext, **place)  # type: ignore[arg-type]


def test_a_sealed_field_opens_in_its_own_place() -> None:
    sealed = seal()
    opened = decrypt_field(
        key=KEY, ciphertext=sealed, table="consent_event", column="evidence", row=ROW
    )
    assert opened.decode() == SECRET
    assert SECRET.encode() not in sealed


def test_every_seal_uses_a_fresh_nonce() -> None:
    assert seal() != seal()


@pytest.mark.parametrize("position", [0, 1, 12, 13, 20, -1])
def test_a_tampered_ciphertext_is_refused_naming_the_place_not_the_value(position: int) -> None:
    sealed = bytearray(seal())
    sealed[position] ^= 0x01
    with pytest.raises(DecryptionError) as caught:
        decrypt_field(
            key=KEY, ciphertext=bytes(sealed), table="consent_event", column="evidence", row=ROW
        )
    message = str(caught.value)
    assert "consent_event.evidence" in message
    assert str(ROW) in message
    assert "Karim" not in message
    assert "BE123456" not in message
    assert (caught.value.table, caught.value.column, caught.value.row) == (
        "consent_event",
        "evidence",
        str(ROW),
    )


@pytest.mark.parametrize(
    ("table", "column", "row"),
    [
        # copied to another row
        ("consent_event", "evidence", uuid.uuid4()),
        # moved to another column of the same row
        ("consent_event", "source", ROW),
        # moved to another table
        ("data_subject", "evidence", ROW),
    ],
)
def test_a_ciphertext_moved_elsewhere_no_longer_opens(
    table: str, column: str, row: uuid.UUID
) -> None:
    with pytest.raises(DecryptionError, match=rf"{table}\.{column} of row '{row}'"):
        decrypt_field(key=KEY, ciphertext=seal(), table=table, column=column, row=row)


def test_the_wrong_key_is_refused() -> None:
    with pytest.raises(DecryptionError, match="sealed under another key"):
        decrypt_field(
            key=secrets.token_bytes(32),
            ciphertext=seal(),
            table="consent_event",
            column="evidence",
            row=ROW,
        )


@pytest.mark.parametrize(
    ("ciphertext", "reason"),
    [
        (b"", "truncated"),
        (b"\x01" + b"\x00" * 20, "truncated"),
        (b"\x02" + b"\x00" * 40, "unknown ciphertext format 0x02"),
    ],
)
def test_malformed_ciphertexts_say_what_is_wrong(ciphertext: bytes, reason: str) -> None:
    with pytest.raises(DecryptionError, match=reason):
        decrypt_field(key=KEY, ciphertext=ciphertext, table="t", column="c", row=1)


def test_a_cipher_refuses_keys_of_the_wrong_size() -> None:
    with pytest.raises(ValueError, match="32 bytes, not 16"):
        FieldCipher(key=b"0" * 16)


def test_bytes_and_empty_values_round_trip() -> None:
    cipher = FieldCipher(key=KEY)
    for value in (b"", b"\x00\xff", "مرحبا".encode()):
        sealed = cipher.encrypt(plaintext=value, table="t", column="c", row=7)
        assert cipher.decrypt(ciphertext=sealed, table="t", column="c", row=7) == value
