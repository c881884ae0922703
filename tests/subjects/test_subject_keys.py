"""Per-subject data keys on both databases: created once, wrapped, cached, shredded."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from compliance.crypto import (
    DecryptionError,
    FileKeyProvider,
    KeyProviderError,
    KeyRing,
    SubjectErased,
)
from compliance.store import write_session
from compliance.subjects import SubjectKeys

SUBJECT = "client-42@example.ma"


def fresh(engine: Engine, provider: FileKeyProvider, keyring: KeyRing) -> SubjectKeys:
    return SubjectKeys(engine=engine, provider=provider, keyring=keyring, check_interval=0.0)


def test_a_subject_keeps_one_pseudonym_key_across_restarts(
    subject_keys: SubjectKeys, engine: Engine, provider: FileKeyProvider, keyring: KeyRing
) -> None:
    subject = subject_keys.subject_hash(SUBJECT)
    first = subject_keys.pseudonym_key(subject)
    assert len(first) == 32
    assert subject_keys.pseudonym_key(subject) == first
    assert fresh(engine, provider, keyring).pseudonym_key(subject) == first


def test_subjects_and_anonymous_callers_get_unrelated_keys(subject_keys: SubjectKeys) -> None:
    keys = {
        subject_keys.pseudonym_key(subject_keys.subject_hash("a")),
        subject_keys.pseudonym_key(subject_keys.subject_hash("b")),
        subject_keys.pseudonym_key(None),
    }
    assert len(keys) == 3
    assert subject_keys.pseudonym_key(None) == subject_keys.pseudonym_key(None)


def test_the_stored_key_is_wrapped_and_bound_to_its_subject(
    subject_keys: SubjectKeys, engine: Engine, provider: FileKeyProvider, keyring: KeyRing
) -> None:
    a, b = subject_keys.subject_hash("a"), subject_keys.subject_hash("b")
    subject_keys.pseudonym_key(a)
    subject_keys.pseudonym_key(b)
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE subject_key SET wrapped_key = (SELECT wrapped_key FROM subject_key"
                " WHERE subject_hash = :b) WHERE subject_hash = :a"
            ),
            {"a": a, "b": b},
        )
    with pytest.raises(KeyProviderError, match="does not unwrap"):
        fresh(engine, provider, keyring).pseudonym_key(a)


def test_a_value_copied_to_another_row_does_not_decrypt(
    subject_keys: SubjectKeys, engine: Engine
) -> None:
    subject = subject_keys.subject_hash(SUBJECT)
    with write_session(engine) as session:
        sealed = subject_keys.encrypt(
            session=session,
            subject_hash=subject,
            plaintext="evidence",
            table="t",
            column="c",
            row=1,
        )
        assert (
            subject_keys.decrypt(
                session=session,
                subject_hash=subject,
                ciphertext=sealed,
                table="t",
                column="c",
                row=1,
            )
            == b"evidence"
        )
        with pytest.raises(DecryptionError, match=r"t\.c of row '2'"):
            subject_keys.decrypt(
                session=session,
                subject_hash=subject,
                ciphertext=sealed,
                table="t",
                column="c",
                row=2,
            )


def test_another_subjects_key_does_not_decrypt(subject_keys: SubjectKeys, engine: Engine) -> None:
    a, b = subject_keys.subject_hash("a"), subject_keys.subject_hash("b")
    with write_session(engine) as session:
        sealed = subject_keys.encrypt(
            session=session, subject_hash=a, plaintext="x", table="t", column="c", row=1
        )
        subject_keys.encrypt(
            session=session, subject_hash=b, plaintext="y", table="t", column="c", row=1
        )
        with pytest.raises(DecryptionError):
            subject_keys.decrypt(
                session=session, subject_hash=b, ciphertext=sealed, table="t", column="c", row=1
            )


def test_after_destruction_nothing_decrypts_and_no_key_is_reissued(
    subject_keys: SubjectKeys, engine: Engine, provider: FileKeyProvider, keyring: KeyRing
) -> None:
    subject = subject_keys.subject_hash(SUBJECT)
    other_process = fresh(engine, provider, keyring)
    other_process.pseudonym_key(subject)  # cached there
    with write_session(engine) as session:
        sealed = subject_keys.encrypt(
            session=session, subject_hash=subject, plaintext="x", table="t", column="c", row=1
        )
    with write_session(engine) as session:
        erasure = subject_keys.destroy(session=session, subject_hash=subject)
    assert erasure.erased_at.tzinfo is not None
    for keys in (subject_keys, other_process, fresh(engine, provider, keyring)):
        with pytest.raises(SubjectErased, match="was erased") as caught:
            keys.pseudonym_key(subject)
        assert caught.value.status == 410
        assert caught.value.erased_at == erasure.erased_at
        # The message names neither the subject (nor a prefix of its hash) nor the time.
        assert SUBJECT not in str(caught.value)
        assert subject[:6] not in str(caught.value)
        assert str(erasure.erased_at.year) not in str(caught.value)
    with Session(engine) as session, pytest.raises(SubjectErased):
        subject_keys.decrypt(
            session=session, subject_hash=subject, ciphertext=sealed, table="t", column="c", row=1
        )
    with write_session(engine) as session:  # idempotent
        assert subject_keys.destroy(session=session, subject_hash=subject).erased_at == (
            erasure.erased_at
        )


def test_a_key_created_in_a_rolled_back_transaction_is_forgotten(
    subject_keys: SubjectKeys, engine: Engine, provider: FileKeyProvider, keyring: KeyRing
) -> None:
    subject = subject_keys.subject_hash(SUBJECT)
    with Session(engine) as session:
        session.begin()
        lost = subject_keys.material(session=session, subject_hash=subject, create=True)
        session.rollback()
    kept = subject_keys.pseudonym_key(subject)
    assert kept != lost.pseudonym_key
    assert fresh(engine, provider, keyring).pseudonym_key(subject) == kept


def test_the_async_lookup_serves_the_cache_and_creates_on_a_miss(
    engine: Engine, provider: FileKeyProvider, keyring: KeyRing
) -> None:
    keys = SubjectKeys(engine=engine, provider=provider, keyring=keyring, check_interval=60)
    subject = keys.subject_hash(SUBJECT)

    async def twice() -> tuple[bytes, bytes]:
        return await keys.apseudonym_key(subject), await keys.apseudonym_key(subject)

    first, second = asyncio.run(twice())
    assert first == second == keys.pseudonym_key(subject)


def test_provisioning_skips_existing_and_erased_subjects(
    subject_keys: SubjectKeys, engine: Engine
) -> None:
    existing, erased = subject_keys.subject_hash("existing"), subject_keys.subject_hash("erased")
    kept = subject_keys.pseudonym_key(existing)
    with write_session(engine) as session:
        subject_keys.destroy(session=session, subject_hash=erased)
    batch = [subject_keys.subject_hash(f"new-{n}") for n in range(1500)]
    with write_session(engine) as session:
        created = subject_keys.provision(
            session=session, subject_hashes=[existing, erased, *batch, batch[0]]
        )
    assert created == 1500
    assert subject_keys.pseudonym_key(existing) == kept
    with pytest.raises(SubjectErased):
        subject_keys.pseudonym_key(erased)
    assert len({subject_keys.pseudonym_key(s) for s in batch[:10]}) == 10
