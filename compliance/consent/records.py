"""The consent ledger's write and read functions, on the caller's session.

Every write appends a row (a withdrawal is a new ``consent_event``, never an
update), bumps the ``consent`` cache epoch in the same transaction so every
process's snapshot cache notices, and stores the subject only as its blind index
plus its id sealed under the subject's own key. Evidence and the source (what the
host application wrote about where the choice came from) are sealed too, bound to
their row: nothing a client wrote is stored in clear, only codes from fixed lists
(purpose, state, kind, ``CHANNELS``). Callers commit; ``ConsentLedger`` wraps these
with sessions and caching.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from compliance.consent.errors import ConsentError, UnknownPurpose
from compliance.core.purposes import NAME, Purpose
from compliance.crypto import SubjectErased
from compliance.store.epoch import CONSENT_EPOCH, bump_epoch
from compliance.store.models import (
    ConsentEvent,
    ConsentEventPublic,
    ConsentState,
    DataSubject,
    OptOutEvent,
    OptOutEventPublic,
)
from compliance.subjects import SubjectKeys

# How a choice was collected: a fixed list, since the column is stored in clear.
CHANNELS = (
    "api",
    "email",
    "import",
    "in_person",
    "mobile",
    "paper",
    "phone",
    "portal",
    "sms",
    "web",
)
Channel = Literal[
    "api", "email", "import", "in_person", "mobile", "paper", "phone", "portal", "sms", "web"
]
CONSENT_STATES: tuple[ConsentState, ...] = ("granted", "withdrawn")
OPT_OUT_KINDS = ("marketing", "personalization", "profiling")
ConsentStatus = Literal["granted", "withdrawn", "never_asked"]
SOURCE_COLUMN = "source"
_SOURCED = ((ConsentEvent, "consent_event"), (OptOutEvent, "opt_out_event"))


def check_channel_source(channel: str, source: str) -> None:
    """Refuse a channel off the list, or a source that is empty, too long or unprintable.

    The messages never quote the value: it is the caller's text.
    """
    if channel not in CHANNELS:
        raise ConsentError(
            f"channel is not one of {', '.join(CHANNELS)}; say how the choice was collected",
            param="channel",
        )
    if not 1 <= len(source) <= 128 or not source.isprintable():
        raise ConsentError(
            "source must be 1 to 128 printable characters naming the system that collected"
            " the choice (e.g. crm:signup-form); it is stored encrypted",
            param="source",
        )


def seal_source(
    *, session: Session, keys: SubjectKeys, subject_hash: str, source: str, table: str, row: Any
) -> bytes:
    """The source sealed under the subject's key, bound to ``table.source`` at ``row``."""
    return keys.encrypt(
        session=session,
        subject_hash=subject_hash,
        plaintext=source,
        table=table,
        column=SOURCE_COLUMN,
        row=row,
    )


def open_source(*, session: Session, keys: SubjectKeys, row: Any, table: str) -> str | None:
    """A row's source, decrypted; ``None`` when there is none or the subject was erased."""
    if row.source is not None:  # written before migration 0005, not sealed yet
        return str(row.source)
    try:
        return keys.decrypt_text(
            session=session,
            subject_hash=row.subject_hash,
            ciphertext=row.source_enc,
            table=table,
            column=SOURCE_COLUMN,
            row=row.id,
        )
    except SubjectErased:
        return None


def seal_clear_sources(*, session: Session, keys: SubjectKeys) -> int:
    """Seal the sources rows written before migration 0005 keep in clear; return how many.

    An erased subject's clear source is dropped: nothing can be sealed for them any more,
    and their data must not stay readable. Idempotent (`cndp-guard db upgrade` runs it).
    """
    from compliance.store.models import RightsRequest

    sealed = 0
    models: tuple[tuple[Any, str], ...] = (*_SOURCED, (RightsRequest, "rights_request"))
    for model, table in models:
        rows: Sequence[Any] = session.exec(
            select(model).where(col(model.source).is_not(None))
        ).all()
        for row in rows:
            try:
                row.source_enc = seal_source(
                    session=session,
                    keys=keys,
                    subject_hash=row.subject_hash,
                    source=str(row.source),
                    table=table,
                    row=row.id,
                )
            except SubjectErased:
                row.source_enc = None
            row.source = None
            session.add(row)
            sealed += 1
    session.flush()
    return sealed


def ensure_subject(*, session: Session, keys: SubjectKeys, subject: str) -> str:
    """Register ``subject`` (blind index + sealed id) if new; return its hash.

    Raises ``SubjectErased`` for an erased subject: nothing new is recorded about them.
    """
    if not subject:
        raise ConsentError("subject is empty; pass the host application's subject id")
    subject_hash = keys.subject_hash(subject)
    keys.material(session=session, subject_hash=subject_hash, create=True)
    if session.get(DataSubject, subject_hash) is None:
        sealed = keys.encrypt(
            session=session,
            subject_hash=subject_hash,
            plaintext=subject,
            table="data_subject",
            column="subject_id",
            row=subject_hash,
        )
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        session.execute(
            dialect.insert(DataSubject.__table__)  # type: ignore[attr-defined]
            .values(subject_hash=subject_hash, subject_id_enc=sealed, created_at=datetime.now(UTC))
            .on_conflict_do_nothing(index_elements=["subject_hash"])
        )
    return subject_hash


def record_consent(
    *,
    session: Session,
    keys: SubjectKeys,
    subject: str,
    purpose: str,
    state: ConsentState,
    channel: str,
    source: str,
    evidence: str | None = None,
    purposes: Mapping[str, Purpose] | None = None,
) -> ConsentEventPublic:
    """Append a consent decision (granted or withdrawn) of ``subject`` for ``purpose``.

    Args:
        purposes: the declared purposes; when given, an undeclared purpose is refused.
        evidence: what proves the choice (form version, checkbox text, signed page...);
            sealed under the subject's key, readable with ``consent_evidence``.
    """
    if purposes is not None and purpose not in purposes:
        raise UnknownPurpose(purpose, known=tuple(sorted(purposes)))
    if not NAME.match(purpose):
        raise ConsentError(f"purpose {purpose!r} is not a purpose name", param="purpose")
    if state not in CONSENT_STATES:
        raise ConsentError(
            f"state {state!r} is not recorded; use granted or withdrawn (never asked is the"
            " absence of a record)",
            param="state",
        )
    check_channel_source(channel, source)
    subject_hash = ensure_subject(session=session, keys=keys, subject=subject)
    event_id = uuid.uuid4()
    sealed = keys.encrypt_optional(
        session=session,
        subject_hash=subject_hash,
        plaintext=evidence,
        table="consent_event",
        column="evidence",
        row=event_id,
    )
    row = ConsentEvent(
        id=event_id,
        subject_hash=subject_hash,
        purpose=purpose,
        state=state,
        channel=channel,
        source_enc=seal_source(
            session=session,
            keys=keys,
            subject_hash=subject_hash,
            source=source,
            table="consent_event",
            row=event_id,
        ),
        evidence_enc=sealed,
        recorded_at=datetime.now(UTC),
    )
    session.add(row)
    bump_epoch(session=session, name=CONSENT_EPOCH)
    session.flush()
    return ConsentEventPublic.model_validate(row, update={"source": source})


def set_opt_out(
    *,
    session: Session,
    keys: SubjectKeys,
    subject: str,
    kind: str,
    channel: str,
    source: str,
    opted_out: bool = True,
    kinds: Collection[str] = OPT_OUT_KINDS,
) -> OptOutEventPublic:
    """Append an objection (``opted_out=True``) or its lifting for ``kind`` (art. 9)."""
    if kind not in kinds:
        raise ConsentError(
            f"opt-out kind {kind!r} is unknown; use one of {', '.join(sorted(kinds))}",
            param="kind",
        )
    check_channel_source(channel, source)
    subject_hash = ensure_subject(session=session, keys=keys, subject=subject)
    event_id = uuid.uuid4()
    row = OptOutEvent(
        id=event_id,
        subject_hash=subject_hash,
        kind=kind,
        opted_out=opted_out,
        channel=channel,
        source_enc=seal_source(
            session=session,
            keys=keys,
            subject_hash=subject_hash,
            source=source,
            table="opt_out_event",
            row=event_id,
        ),
        recorded_at=datetime.now(UTC),
    )
    session.add(row)
    bump_epoch(session=session, name=CONSENT_EPOCH)
    session.flush()
    return OptOutEventPublic.model_validate(row, update={"source": source})


def consent_history(
    *, session: Session, keys: SubjectKeys, subject: str, purpose: str | None = None
) -> list[ConsentEventPublic]:
    """Every consent event of ``subject`` (optionally one purpose), oldest first."""
    query = select(ConsentEvent).where(ConsentEvent.subject_hash == keys.subject_hash(subject))
    if purpose is not None:
        query = query.where(ConsentEvent.purpose == purpose)
    rows = session.exec(query.order_by(col(ConsentEvent.seq))).all()
    return [
        ConsentEventPublic.model_validate(
            row,
            update={
                "source": open_source(session=session, keys=keys, row=row, table="consent_event")
            },
        )
        for row in rows
    ]


def opt_out_history(
    *, session: Session, keys: SubjectKeys, subject: str
) -> list[OptOutEventPublic]:
    """Every opt-out event of ``subject``, oldest first."""
    query = select(OptOutEvent).where(OptOutEvent.subject_hash == keys.subject_hash(subject))
    rows = session.exec(query.order_by(col(OptOutEvent.seq))).all()
    return [
        OptOutEventPublic.model_validate(
            row,
            update={
                "source": open_source(session=session, keys=keys, row=row, table="opt_out_event")
            },
        )
        for row in rows
    ]


def consent_evidence(*, session: Session, keys: SubjectKeys, event_id: uuid.UUID) -> str | None:
    """The evidence of one consent event, decrypted (``SubjectErased`` after erasure)."""
    row = session.exec(select(ConsentEvent).where(ConsentEvent.id == event_id)).first()
    if row is None:
        raise ConsentError(f"no consent event {event_id}", param="event_id")
    return open_evidence(session=session, keys=keys, row=row)


def open_evidence(*, session: Session, keys: SubjectKeys, row: ConsentEvent) -> str | None:
    """A consent event's evidence, decrypted (``SubjectErased`` after erasure)."""
    return keys.decrypt_text(
        session=session,
        subject_hash=row.subject_hash,
        ciphertext=row.evidence_enc,
        table="consent_event",
        column="evidence",
        row=row.id,
    )


def current_consents(*, session: Session, subject_hash: str) -> dict[str, ConsentState]:
    """Purpose → the state of the subject's latest consent event for it."""
    rows = session.exec(
        select(ConsentEvent.purpose, ConsentEvent.state)
        .where(ConsentEvent.subject_hash == subject_hash)
        .order_by(col(ConsentEvent.seq))
    ).all()
    latest: dict[str, ConsentState] = {}
    for purpose, state in rows:
        latest[purpose] = "withdrawn" if state == "withdrawn" else "granted"
    return latest


def current_opt_outs(*, session: Session, subject_hash: str) -> list[str]:
    """The kinds the subject currently objects to, sorted."""
    rows = session.exec(
        select(OptOutEvent.kind, OptOutEvent.opted_out)
        .where(OptOutEvent.subject_hash == subject_hash)
        .order_by(col(OptOutEvent.seq))
    ).all()
    latest = dict(rows)
    return sorted(kind for kind, opted_out in latest.items() if opted_out)


def consent_state(
    *, session: Session, keys: SubjectKeys, subject: str, purpose: str
) -> ConsentStatus:
    """granted, withdrawn, or never_asked when no event exists for the purpose."""
    consents = current_consents(session=session, subject_hash=keys.subject_hash(subject))
    return consents.get(purpose, "never_asked")
