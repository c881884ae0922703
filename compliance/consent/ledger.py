"""``ConsentLedger``: the consent ledger for the request path and the host applications.

``snapshot(subject_hash)`` is read on every request, so it is served from an
in-memory LRU cache: a hit is a dictionary lookup. Writes made through this
ledger evict the subject at once; writes made by other processes or replicas
bump the ``consent`` cache epoch, which every ledger polls at most once per
``check_interval`` seconds (one primary-key read), dropping its cache when it
moved. So a withdrawal made elsewhere is honoured here within that interval.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from sqlalchemy.engine import Engine

from compliance.consent import records
from compliance.consent.erasure import erase_subject
from compliance.core.purposes import Purpose
from compliance.store.cache import EpochCache
from compliance.store.db import read_session, write_session
from compliance.store.epoch import CONSENT_EPOCH
from compliance.store.models import (
    ConsentEventPublic,
    ConsentState,
    ErasureEventPublic,
    OptOutEventPublic,
)
from compliance.subjects import SubjectKeys


@dataclass(frozen=True, slots=True)
class ConsentSnapshot:
    """A subject's current choices, as the policy input wants them (read-only, shareable)."""

    consents: Mapping[str, ConsentState] = field(default_factory=lambda: MappingProxyType({}))
    opt_outs: tuple[str, ...] = ()


EMPTY_SNAPSHOT = ConsentSnapshot()


class ConsentLedger:
    """Sessions, validation against the declared purposes, and the snapshot cache."""

    def __init__(
        self,
        *,
        engine: Engine,
        keys: SubjectKeys,
        purposes: Mapping[str, Purpose] | None = None,
        opt_out_kinds: Iterable[str] = records.OPT_OUT_KINDS,
        cache_size: int = 100_000,
        check_interval: float = 0.5,
    ) -> None:
        self._engine = engine
        self._keys = keys
        self._purposes = purposes
        # An objection may name a declared purpose too: the policy compares opt-outs to it.
        self._kinds = frozenset(opt_out_kinds) | frozenset(purposes or ())
        self._cache: EpochCache[ConsentSnapshot] = EpochCache(
            engine=engine, epoch=CONSENT_EPOCH, size=cache_size, interval=check_interval
        )

    # -- request path ---------------------------------------------------------------------
    def snapshot(self, subject_hash: str | None) -> ConsentSnapshot:
        """The subject's consents and opt-outs; anonymous requests get the empty snapshot."""
        if subject_hash is None:
            return EMPTY_SNAPSHOT
        cached = self._cache.get(subject_hash)
        if cached is not None:
            return cached
        with read_session(self._engine) as session:
            consents = records.current_consents(session=session, subject_hash=subject_hash)
            opt_outs = records.current_opt_outs(session=session, subject_hash=subject_hash)
        snapshot = (
            ConsentSnapshot(MappingProxyType(consents), tuple(opt_outs))
            if consents or opt_outs
            else EMPTY_SNAPSHOT
        )
        self._cache.put(subject_hash, snapshot)
        return snapshot

    async def asnapshot(self, subject_hash: str | None) -> ConsentSnapshot:
        """``snapshot`` for the event loop: cache hits inline, database reads in a thread."""
        if subject_hash is None:
            return EMPTY_SNAPSHOT
        cached = self._cache.peek(subject_hash)
        if cached is not None:
            return cached
        return await asyncio.to_thread(self.snapshot, subject_hash)

    def invalidate(self, subject_hash: str | None = None) -> None:
        """Drop one subject's snapshot (or all of them)."""
        self._cache.forget(subject_hash)

    # -- host applications ----------------------------------------------------------------
    def record_consent(
        self,
        *,
        subject: str,
        purpose: str,
        state: ConsentState,
        channel: str,
        source: str,
        evidence: str | None = None,
    ) -> ConsentEventPublic:
        """Append a consent decision in its own transaction (see ``records.record_consent``)."""
        with write_session(self._engine) as session:
            event = records.record_consent(
                session=session,
                keys=self._keys,
                subject=subject,
                purpose=purpose,
                state=state,
                channel=channel,
                source=source,
                evidence=evidence,
                purposes=self._purposes,
            )
        self.invalidate(event.subject_hash)
        return event

    def set_opt_out(
        self,
        *,
        subject: str,
        kind: str,
        channel: str,
        source: str,
        opted_out: bool = True,
        kinds: Collection[str] | None = None,
    ) -> OptOutEventPublic:
        """Append an objection or its lifting in its own transaction.

        Args:
            kinds: what may be objected to, when the caller knows a longer list than this
                ledger (the portal's catalog describes the policy bundle's purposes even
                where none are declared); else the ledger's own kinds.
        """
        with write_session(self._engine) as session:
            event = records.set_opt_out(
                session=session,
                keys=self._keys,
                subject=subject,
                kind=kind,
                channel=channel,
                source=source,
                opted_out=opted_out,
                kinds=self._kinds if kinds is None else kinds,
            )
        self.invalidate(event.subject_hash)
        return event

    def consent_history(
        self, *, subject: str, purpose: str | None = None
    ) -> list[ConsentEventPublic]:
        with read_session(self._engine) as session:
            return records.consent_history(
                session=session, keys=self._keys, subject=subject, purpose=purpose
            )

    def opt_out_history(self, *, subject: str) -> list[OptOutEventPublic]:
        with read_session(self._engine) as session:
            return records.opt_out_history(session=session, keys=self._keys, subject=subject)

    def consent_state(self, *, subject: str, purpose: str) -> records.ConsentStatus:
        snapshot = self.snapshot(self._keys.subject_hash(subject))
        return snapshot.consents.get(purpose, "never_asked")

    def consent_evidence(self, *, event_id: uuid.UUID) -> str | None:
        with read_session(self._engine) as session:
            return records.consent_evidence(session=session, keys=self._keys, event_id=event_id)

    def erase(self, *, subject: str) -> ErasureEventPublic:
        """Crypto-shred ``subject`` (see ``erasure``) and drop it from this process's caches."""
        with write_session(self._engine) as session:
            erasure = erase_subject(session=session, keys=self._keys, subject=subject)
        self._keys.forget(erasure.subject_hash)
        self.invalidate(erasure.subject_hash)
        return erasure
