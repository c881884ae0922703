"""The people's side as operations: each one does its work, then appends its audit record.

The portal (a person, through their link) and the host-application API call the
same operations, so a withdrawal recorded either way is the same ledger event and
the same kind of audit record. Audit records carry the event, the subject's keyed
hash, who acted (``subject`` or ``api:<token id>``) and codes; never a subject id,
a token or what a person wrote.

Consents and objections go through the ``ConsentLedger`` the proxy reads: when
``create_app`` shares its ledger, the change evicts the subject's cached snapshot
at once; otherwise other ledgers see it within their epoch check (0.5 s).
"""

from __future__ import annotations

import asyncio
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from compliance.consent import (
    ConsentLedger,
    current_consents,
    current_opt_outs,
    ensure_subject,
)
from compliance.core.portal_settings import PortalSettings
from compliance.crypto import SubjectErased
from compliance.people import links, rights, sessions
from compliance.people.catalog import Catalog
from compliance.people.errors import (
    FormError,
    LinkExpired,
    LinkInvalid,
    LinkUsed,
    RightsRequestClosed,
)
from compliance.people.export import build_export
from compliance.store import read_session, write_session
from compliance.store.models import (
    ConsentEventPublic,
    ConsentState,
    DataSubject,
    ErasureEvent,
    ErasureEventPublic,
    OptOutEventPublic,
    PortalLinkPublic,
    RightsRequestPublic,
)
from compliance.subjects import SubjectKeys
from compliance.trail import AuditLog

PORTAL_SOURCE = "cndp-guard:portal"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts: the person through the portal, or a host application's token."""

    name: str  # "subject" or "api:<token id>"
    channel: str  # "portal" or "api"

    @property
    def prefix(self) -> str:
        return "portal" if self.channel == "portal" else "api"


SUBJECT = Actor(name="subject", channel="portal")


@dataclass(frozen=True, slots=True)
class Erased:
    erasure: ErasureEventPublic
    request: RightsRequestPublic


class PeopleService:
    """Consents, objections, links, exports, rights requests and erasure, audited."""

    def __init__(
        self,
        *,
        engine: Engine,
        keys: SubjectKeys,
        ledger: ConsentLedger,
        audit: AuditLog,
        catalog: Catalog,
        settings: PortalSettings,
        link_key: bytes,
        tz: tzinfo,
    ) -> None:
        self.engine = engine
        self.keys = keys
        self.ledger = ledger
        self.catalog = catalog
        self.settings = settings
        self.tz = tz
        self._audit = audit
        self._link_key = link_key

    # -- helpers ----------------------------------------------------------------------------
    async def audit(
        self, event: str, *, actor: Actor, subject_hash: str | None, **fields: Any
    ) -> None:
        record = {"event": event, "subject_hash": subject_hash, "actor": actor.name}
        record["channel"] = actor.channel
        await self._audit.append({**record, **{k: v for k, v in fields.items() if v is not None}})

    def _subject_id(self, session: Session, subject_hash: str) -> str:
        """The host application's id of a subject, opened with their key (portal callers)."""
        row = session.get(DataSubject, subject_hash)
        if row is None:
            erased = session.get(ErasureEvent, subject_hash)
            raise SubjectErased(
                subject_hash=subject_hash, erased_at=erased.erased_at if erased else None
            )
        return self.keys.decrypt(
            session=session,
            subject_hash=subject_hash,
            ciphertext=bytes(row.subject_id_enc),
            table="data_subject",
            column="subject_id",
            row=subject_hash,
        ).decode("utf-8")

    def subject_id(self, subject_hash: str) -> str:
        with read_session(self.engine) as session:
            return self._subject_id(session, subject_hash)

    def _check_purpose(self, purpose: str) -> None:
        if purpose not in self.catalog.purposes:
            known = ", ".join(self.catalog.purposes) or "(none)"
            # Not quoted: the caller's text may be personal data.
            raise FormError(f"this purpose is not declared; use one of {known}", param="purpose")

    def _check_kind(self, kind: str) -> None:
        if kind not in self.catalog.opt_out_kinds and kind not in self.catalog.purposes:
            kinds = ", ".join(self.catalog.opt_out_kinds)
            raise FormError(
                f"this opt-out kind is unknown; use one of {kinds} or a declared purpose",
                param="kind",
            )

    # -- links and sessions -----------------------------------------------------------------
    async def issue_link(
        self, *, subject: str, language: str, ttl: timedelta, actor: Actor
    ) -> links.IssuedLink:
        def work() -> links.IssuedLink:
            with write_session(self.engine) as session:
                subject_hash = ensure_subject(session=session, keys=self.keys, subject=subject)
                return links.issue_link(
                    session=session,
                    key=self._link_key,
                    subject_hash=subject_hash,
                    language=language,
                    ttl=ttl,
                    issued_by=actor.name,
                )

        issued = await asyncio.to_thread(work)
        await self.audit("portal.link_issued", actor=actor, subject_hash=issued.link.subject_hash)
        return issued

    async def inspect_link(self, token: str) -> PortalLinkPublic:
        def work() -> PortalLinkPublic:
            with read_session(self.engine) as session:
                return links.check_link(session=session, key=self._link_key, token=token)

        return await asyncio.to_thread(work)

    async def open_link(self, token: str) -> sessions.OpenedSession:
        """Consume the link and start a session; a refusal is audited with its code."""

        def work() -> sessions.OpenedSession:
            with write_session(self.engine) as session:
                link = links.consume_link(session=session, key=self._link_key, token=token)
                return sessions.open_session(
                    session=session, link=link, ttl=self.settings.session_ttl
                )

        try:
            opened = await asyncio.to_thread(work)
        except (LinkInvalid, LinkExpired, LinkUsed, SubjectErased) as exc:
            await self.audit(
                "portal.link_refused", actor=SUBJECT, subject_hash=None, reason=exc.code
            )
            raise
        await self.audit("portal.link_opened", actor=SUBJECT, subject_hash=opened.row.subject_hash)
        return opened

    async def load_session(self, cookie: str | None) -> sessions.SessionInfo:
        def work() -> sessions.SessionInfo:
            with read_session(self.engine) as session:
                return sessions.load_session(session=session, cookie=cookie)

        return await asyncio.to_thread(work)

    async def end_session(self, row: sessions.SessionInfo) -> None:
        def work() -> None:
            with write_session(self.engine) as session:
                sessions.end_session(session=session, id_hash=row.id_hash, now=datetime.now(UTC))

        await asyncio.to_thread(work)
        await self.audit("portal.signed_out", actor=SUBJECT, subject_hash=row.subject_hash)

    # -- consents and objections -------------------------------------------------------------
    async def set_consent(
        self,
        *,
        purpose: str,
        state: ConsentState,
        actor: Actor,
        subject: str | None = None,
        subject_hash: str | None = None,
        language: str | None = None,
        channel: str = "web",
        source: str = PORTAL_SOURCE,
        evidence: str | None = None,
    ) -> ConsentEventPublic:
        """Record a consent decision, by subject id (API) or by blind index (portal)."""
        self._check_purpose(purpose)
        if subject is None:
            assert subject_hash is not None
            subject = await asyncio.to_thread(self.subject_id, subject_hash)
        if evidence is None and actor.channel == "portal":
            evidence = json.dumps(
                {
                    "via": "portal",
                    "language": language,
                    "shown": self.catalog.shown_digest(purpose, language or "fr"),
                    "catalog": self.catalog.version,
                },
                sort_keys=True,
            )
        event = await asyncio.to_thread(
            self.ledger.record_consent,
            subject=subject,
            purpose=purpose,
            state=state,
            channel=channel,
            source=source,
            evidence=evidence,
        )
        name = f"{actor.prefix}.consent_{state}"
        await self.audit(
            name, actor=actor, subject_hash=event.subject_hash, purpose=purpose, state=state
        )
        return event

    async def set_opt_out(
        self,
        *,
        kind: str,
        opted_out: bool,
        actor: Actor,
        subject: str | None = None,
        subject_hash: str | None = None,
        channel: str = "web",
        source: str = PORTAL_SOURCE,
    ) -> OptOutEventPublic:
        """Record an objection (art. 9) or its lifting."""
        self._check_kind(kind)
        if subject is None:
            assert subject_hash is not None
            subject = await asyncio.to_thread(self.subject_id, subject_hash)
        # The ledger accepts an objection to a declared purpose too; the portal's catalog
        # is the list of what may be objected to, so widen the ledger's check to it.
        event = await asyncio.to_thread(
            self.ledger.set_opt_out,
            subject=subject,
            kind=kind,
            channel=channel,
            source=source,
            opted_out=opted_out,
            kinds=(*self.catalog.opt_out_kinds, *self.catalog.purposes),
        )
        name = f"{actor.prefix}.{'opted_out' if opted_out else 'opt_out_lifted'}"
        await self.audit(
            name, actor=actor, subject_hash=event.subject_hash, kind=kind, opted_out=opted_out
        )
        return event

    def choices(self, subject_hash: str) -> tuple[dict[str, ConsentState], list[str]]:
        """Current consents and objections, read from the database (not the cache)."""
        with read_session(self.engine) as session:
            return (
                current_consents(session=session, subject_hash=subject_hash),
                current_opt_outs(session=session, subject_hash=subject_hash),
            )

    def erasure_of(self, subject_hash: str) -> ErasureEventPublic | None:
        with read_session(self.engine) as session:
            row = session.get(ErasureEvent, subject_hash)
            return ErasureEventPublic.model_validate(row) if row else None

    # -- access (art. 7) -----------------------------------------------------------------------
    async def export(
        self,
        *,
        actor: Actor,
        subject: str | None = None,
        subject_hash: str | None = None,
        shown: int | None = None,
    ) -> dict[str, Any]:
        """The access export; ``shown`` asks for the readable page's recent view."""

        def work() -> dict[str, Any]:
            with read_session(self.engine) as session:
                wanted = subject_hash or self.keys.subject_hash(subject or "")
                erased = session.get(ErasureEvent, wanted)
                if erased is not None:
                    raise SubjectErased(subject_hash=wanted, erased_at=erased.erased_at)
                subject_id = subject if subject is not None else self._subject_id(session, wanted)
                return build_export(
                    session=session,
                    keys=self.keys,
                    catalog=self.catalog,
                    subject=subject_id,
                    controller=self.settings.controller.model_dump(),
                    max_records=self.settings.export_max_records,
                    shown=shown,
                )

        document = await asyncio.to_thread(work)
        await self.audit(
            f"{actor.prefix}.data_exported",
            actor=actor,
            subject_hash=document["subject"]["reference"],
        )
        return document

    # -- rights requests (art. 7-9) ----------------------------------------------------------
    def requests_of(self, subject_hash: str) -> list[RightsRequestPublic]:
        with read_session(self.engine) as session:
            return rights.list_requests(session=session, subject_hash=subject_hash)

    async def submit_request(
        self,
        *,
        kind: str,
        actor: Actor,
        subject: str | None = None,
        subject_hash: str | None = None,
        details: str | None = None,
        channel: str = "web",
        source: str = PORTAL_SOURCE,
    ) -> RightsRequestPublic:
        def work() -> RightsRequestPublic:
            with write_session(self.engine) as session:
                subject_id = (
                    subject
                    if subject is not None
                    else self._subject_id(session, subject_hash or "")
                )
                return rights.submit_request(
                    session=session,
                    keys=self.keys,
                    subject=subject_id,
                    kind=kind,
                    channel=channel,
                    source=source,
                    tz=self.tz,
                    details=details,
                )

        request = await asyncio.to_thread(work)
        await self.audit(
            f"{actor.prefix}.rights_requested",
            actor=actor,
            subject_hash=request.subject_hash,
            kind=kind,
            request_id=str(request.id),
        )
        return request

    async def resolve_request(
        self, *, request_id: uuid.UUID, outcome: rights.Outcome, reason: str | None, actor: Actor
    ) -> tuple[RightsRequestPublic, ErasureEventPublic | None]:
        """Close a request; completing an erasure request crypto-shreds the subject first."""

        def peek() -> tuple[str, str, str]:
            with read_session(self.engine) as session:
                row = rights.get_request(session=session, request_id=request_id)
                return row.kind, row.status, row.subject_hash

        kind, status, subject_hash = await asyncio.to_thread(peek)
        if status != "open":
            raise RightsRequestClosed(status)
        erasure = None
        if kind == "erasure" and outcome == "completed":
            erasure = await self._erase(
                subject_hash=subject_hash, actor=actor, request_id=request_id
            )
            reason = "erased"

        def work() -> RightsRequestPublic:
            with write_session(self.engine) as session:
                return rights.resolve_request(
                    session=session,
                    request_id=request_id,
                    outcome=outcome,
                    reason=reason,
                    keys=self.keys,
                )

        resolved = await asyncio.to_thread(work)
        await self.audit(
            f"{actor.prefix}.rights_resolved",
            actor=actor,
            subject_hash=subject_hash,
            kind=kind,
            request_id=str(request_id),
            outcome=resolved.outcome,
        )
        return resolved, erasure

    async def erase(self, *, subject_hash: str, actor: Actor) -> Erased:
        """Self-service erasure: record the request, crypto-shred, close the request."""
        request = await self.submit_request(kind="erasure", actor=actor, subject_hash=subject_hash)
        resolved, erasure = await self.resolve_request(
            request_id=request.id, outcome="completed", reason=None, actor=actor
        )
        assert erasure is not None
        return Erased(erasure=erasure, request=resolved)

    async def _erase(
        self, *, subject_hash: str, actor: Actor, request_id: uuid.UUID
    ) -> ErasureEventPublic:
        def work() -> ErasureEventPublic:
            with read_session(self.engine) as session:
                done = session.get(ErasureEvent, subject_hash)
                subject = None if done else self._subject_id(session, subject_hash)
            if subject is None:  # erased already (e.g. by another request): idempotent
                assert done is not None
                erasure = ErasureEventPublic.model_validate(done)
            else:
                erasure = self.ledger.erase(subject=subject)
            now = datetime.now(UTC)
            with write_session(self.engine) as session:
                sessions.revoke_subject_sessions(
                    session=session, subject_hash=subject_hash, now=now
                )
                links.revoke_subject_links(session=session, subject_hash=subject_hash, now=now)
            return erasure

        erasure = await asyncio.to_thread(work)
        await self.audit(
            f"{actor.prefix}.erasure_completed",
            actor=actor,
            subject_hash=subject_hash,
            request_id=str(request_id),
        )
        return erasure
