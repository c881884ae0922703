"""Per-subject data keys: created on first use, wrapped by the KEK, destroyed on erasure.

Each subject gets 32 random bytes (its data key), stored only wrapped by the
current KEK in ``subject_key``. Two keys derive from it with HKDF: one seals the
subject's fields (AES-256-GCM, see ``envelope``), one keys their pseudonyms.
Deleting the row is crypto-shredding: the subject's ciphertexts stay in the
database but nothing can open them, and their pseudonyms cannot be re-derived.

Unwrapped keys are cached in memory (LRU). Another process's erasure reaches this
cache within ``check_interval`` seconds through the ``keys`` cache epoch; an
erasure made through this object evicts at once.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from compliance.crypto.envelope import KEY_BYTES, FieldCipher, RowId, associated_data, derive_key
from compliance.crypto.errors import CryptoError, SubjectErased
from compliance.crypto.keys import KeyRing
from compliance.crypto.provider import KeyProvider
from compliance.store.cache import EpochCache
from compliance.store.db import read_session, write_session
from compliance.store.epoch import KEYS_EPOCH, bump_epoch
from compliance.store.models import ErasureEvent, ErasureEventPublic, SubjectKey

ANONYMOUS = "anonymous"  # the shared key of requests that name no subject; never a hex hash
_FIELD_INFO = "cndp-guard/subject-field/v1"
_PSEUDONYM_INFO = "cndp-guard/subject-pseudonym/v1"
_SUBJECT_LOCK_SPACE = 0x0C4D  # advisory lock namespace: creation and erasure of one subject
_CHUNK = 1000  # bound parameters per IN (...) list, well under SQLite's and PostgreSQL's limits
_CREATED = "cndp_created_subject_keys"  # session.info: keys created in this transaction


def wrapping_context(subject_hash: str) -> bytes:
    """Associated data of a wrapped key: a wrapped key moved to another subject fails to unwrap."""
    return associated_data(table="subject_key", column="wrapped_key", row=subject_hash)


@dataclass(frozen=True, slots=True)
class SubjectMaterial:
    """What a subject's data key opens: its field cipher and its pseudonym key."""

    pseudonym_key: bytes
    cipher: FieldCipher

    @classmethod
    def from_data_key(cls, data_key: bytes) -> SubjectMaterial:
        return cls(
            pseudonym_key=derive_key(key=data_key, purpose=_PSEUDONYM_INFO),
            cipher=FieldCipher(key=derive_key(key=data_key, purpose=_FIELD_INFO)),
        )


def _lock_subject(session: Session, subject_hash: str) -> None:
    """Serialise key creation and erasure of one subject across PostgreSQL sessions."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(:space, hashtext(:subject))"),
            {"space": _SUBJECT_LOCK_SPACE, "subject": subject_hash},
        )


class SubjectKeys:
    """The subjects' keys for the proxy (pseudonyms) and the ledger (encrypted fields)."""

    def __init__(
        self,
        *,
        engine: Engine,
        provider: KeyProvider,
        keyring: KeyRing,
        cache_size: int = 100_000,
        check_interval: float = 0.5,
    ) -> None:
        self._engine = engine
        self._provider = provider
        self._keyring = keyring
        self._cache: EpochCache[SubjectMaterial] = EpochCache(
            engine=engine, epoch=KEYS_EPOCH, size=cache_size, interval=check_interval
        )

    @property
    def provider(self) -> KeyProvider:
        return self._provider

    @property
    def keyring(self) -> KeyRing:
        return self._keyring

    def subject_hash(self, subject_id: str) -> str:
        """The blind index of a host application's subject id (keyed HMAC, never the id)."""
        return self._keyring.subject_hash(subject_id)

    def forget(self, subject_hash: str | None = None) -> None:
        """Evict one subject (or everyone) from the in-memory cache."""
        self._cache.forget(subject_hash)

    # -- keys ----------------------------------------------------------------------------
    def _unwrap(self, row: SubjectKey) -> SubjectMaterial:
        data_key = self._provider.unwrap(
            version=row.kek_version,
            wrapped=bytes(row.wrapped_key),
            associated_data=wrapping_context(row.subject_hash),
        )
        return SubjectMaterial.from_data_key(data_key)

    def _created_in(self, session: Session) -> dict[str, SubjectMaterial]:
        """Keys created in ``session``'s transaction: cached on commit, dropped on rollback."""
        created: dict[str, SubjectMaterial] | None = session.info.get(_CREATED)
        if created is None:
            created = session.info[_CREATED] = {}

            def _committed(_session: Session) -> None:
                for subject_hash, material in created.items():
                    self._cache.put(subject_hash, material)
                created.clear()

            event.listen(session, "after_commit", _committed)
            event.listen(session, "after_rollback", lambda _session: created.clear())
        return created

    def material(self, *, session: Session, subject_hash: str, create: bool) -> SubjectMaterial:
        """The subject's keys, creating them in ``session``'s transaction when asked.

        Raises:
            SubjectErased: the subject was erased; a new key is never issued for them.
            CryptoError: the subject has no key and ``create`` is false.
        """
        created = self._created_in(session)
        if subject_hash in created:
            return created[subject_hash]
        cached = self._cache.get(subject_hash)
        if cached is not None:
            return cached
        row = session.get(SubjectKey, subject_hash)
        if row is not None:
            material = self._unwrap(row)
            self._cache.put(subject_hash, material)  # committed by someone: safe to keep
            return material
        if not create:
            self._raise_if_erased(session, subject_hash)
            raise CryptoError(f"subject {subject_hash[:12]}… has no data key")
        _lock_subject(session, subject_hash)
        self._raise_if_erased(session, subject_hash)
        data_key = secrets.token_bytes(KEY_BYTES)
        wrapped = self._provider.wrap(key=data_key, associated_data=wrapping_context(subject_hash))
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        inserted = session.execute(
            dialect.insert(SubjectKey.__table__)  # type: ignore[attr-defined]
            .values(
                subject_hash=subject_hash,
                kek_version=wrapped.version,
                wrapped_key=wrapped.blob,
                created_at=datetime.now(UTC),
            )
            .on_conflict_do_nothing(index_elements=["subject_hash"])
        )
        if inserted.rowcount == 1:  # type: ignore[attr-defined]
            # Kept with the session, not in the cache: the transaction may still roll back.
            created[subject_hash] = SubjectMaterial.from_data_key(data_key)
            return created[subject_hash]
        row = session.get(SubjectKey, subject_hash, populate_existing=True)
        if row is None:  # pragma: no cover - a conflict implies the row exists
            raise CryptoError(f"subject {subject_hash[:12]}… lost its key while being created")
        return self._unwrap(row)

    def _raise_if_erased(self, session: Session, subject_hash: str) -> None:
        erased = session.get(ErasureEvent, subject_hash)
        if erased is not None:
            raise SubjectErased(subject_hash=subject_hash, erased_at=erased.erased_at)

    def pseudonym_key(self, subject_hash: str | None) -> bytes:
        """The key behind a subject's pseudonyms, creating the subject's key on first use.

        Requests that name no subject share the ``anonymous`` key. Raises
        ``SubjectErased`` once the subject was erased.
        """
        label = subject_hash or ANONYMOUS
        cached = self._cache.get(label)
        if cached is not None:
            return cached.pseudonym_key
        with read_session(self._engine) as session:  # the common miss: the key exists
            row = session.get(SubjectKey, label)
            if row is not None:
                material = self._unwrap(row)
                self._cache.put(label, material)
                return material.pseudonym_key
        with write_session(self._engine) as session:
            material = self.material(session=session, subject_hash=label, create=True)
        self._cache.put(label, material)
        return material.pseudonym_key

    async def apseudonym_key(self, subject_hash: str | None) -> bytes:
        """``pseudonym_key`` for the event loop: memory hits inline, database work in a thread."""
        material = self._cache.peek(subject_hash or ANONYMOUS)
        if material is not None:
            return material.pseudonym_key
        return await asyncio.to_thread(self.pseudonym_key, subject_hash)

    def encrypt(
        self,
        *,
        session: Session,
        subject_hash: str,
        plaintext: bytes | str,
        table: str,
        column: str,
        row: RowId,
    ) -> bytes:
        """Seal a value of the subject under their key, bound to ``table.column`` at ``row``."""
        material = self.material(session=session, subject_hash=subject_hash, create=True)
        return material.cipher.encrypt(plaintext=plaintext, table=table, column=column, row=row)

    def encrypt_optional(
        self,
        *,
        session: Session,
        subject_hash: str,
        plaintext: bytes | str | None,
        table: str,
        column: str,
        row: RowId,
    ) -> bytes | None:
        """``encrypt`` for an optional column: nothing to seal stays ``None``."""
        if plaintext is None:
            return None
        return self.encrypt(
            session=session,
            subject_hash=subject_hash,
            plaintext=plaintext,
            table=table,
            column=column,
            row=row,
        )

    def decrypt(
        self,
        *,
        session: Session,
        subject_hash: str,
        ciphertext: bytes,
        table: str,
        column: str,
        row: RowId,
    ) -> bytes:
        """Open a value of the subject.

        Raises:
            SubjectErased: the subject's key was destroyed.
            DecryptionError: the value was altered, moved from another row, or foreign.
        """
        material = self.material(session=session, subject_hash=subject_hash, create=False)
        return material.cipher.decrypt(ciphertext=ciphertext, table=table, column=column, row=row)

    def decrypt_text(
        self,
        *,
        session: Session,
        subject_hash: str,
        ciphertext: bytes | None,
        table: str,
        column: str,
        row: RowId,
    ) -> str | None:
        """``decrypt`` for an optional text column: nothing sealed stays ``None``.

        The one reader of the sealed texts (consent evidence, request details, sources):
        the same errors as ``decrypt``, the value decoded from UTF-8.
        """
        if ciphertext is None:
            return None
        return self.decrypt(
            session=session,
            subject_hash=subject_hash,
            ciphertext=bytes(ciphertext),
            table=table,
            column=column,
            row=row,
        ).decode("utf-8")

    def provision(self, *, session: Session, subject_hashes: Sequence[str]) -> int:
        """Create keys for many subjects at once (imports, benchmarks); return how many.

        Subjects that already have a key or were erased are skipped. Keys are not
        cached: they are unwrapped on first use like any other.
        """
        unique = sorted(set(subject_hashes))
        return sum(
            self._provision_chunk(session, unique[start : start + _CHUNK])
            for start in range(0, len(unique), _CHUNK)
        )

    def _provision_chunk(self, session: Session, wanted: list[str]) -> int:
        taken = set(
            session.scalars(
                select(SubjectKey.subject_hash).where(col(SubjectKey.subject_hash).in_(wanted))
            )
        ) | set(
            session.scalars(
                select(ErasureEvent.subject_hash).where(col(ErasureEvent.subject_hash).in_(wanted))
            )
        )
        now = datetime.now(UTC)
        rows = []
        for subject_hash in wanted:
            if subject_hash in taken:
                continue
            wrapped = self._provider.wrap(
                key=secrets.token_bytes(KEY_BYTES), associated_data=wrapping_context(subject_hash)
            )
            rows.append(
                {
                    "subject_hash": subject_hash,
                    "kek_version": wrapped.version,
                    "wrapped_key": wrapped.blob,
                    "created_at": now,
                }
            )
        if rows:
            dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
            table = SubjectKey.__table__  # type: ignore[attr-defined]
            session.execute(
                dialect.insert(table).on_conflict_do_nothing(index_elements=["subject_hash"]),
                rows,
            )
        return len(rows)

    def destroy(self, *, session: Session, subject_hash: str) -> ErasureEventPublic:
        """Crypto-shred a subject in ``session``'s transaction: delete the key, record the erasure.

        Idempotent: erasing twice returns the first erasure event.
        """
        _lock_subject(session, subject_hash)
        existing = session.get(ErasureEvent, subject_hash)
        session.execute(delete(SubjectKey).where(SubjectKey.subject_hash == subject_hash))  # type: ignore[arg-type]
        if existing is None:
            existing = ErasureEvent(subject_hash=subject_hash, erased_at=datetime.now(UTC))
            session.add(existing)
        bump_epoch(session=session, name=KEYS_EPOCH)
        session.flush()
        self._created_in(session).pop(subject_hash, None)
        self.forget(subject_hash)
        return ErasureEventPublic.model_validate(existing)
