"""Rights requests (art. 7-9 of law 09-08) and their art. 8 deadline.

Art. 8 gives the controller "un délai franc de dix jours" to rectify or erase. A
*délai franc* counts neither the day it starts from (*dies a quo*, the day the
request arrived) nor the day it ends on (*dies ad quem*): a request received on
day D may be answered until the end of day D + 11, in the controller's time zone
(Morocco by default). No extension is applied for weekends or public holidays,
which procedural law may allow: answering earlier never hurts, answering late
does. Access requests (art. 7, "sans délai") get the same deadline as an internal
service level (see shared/cndp-rules.md §3.2).

Rows hold the subject by blind index only; what the person wrote (the inaccuracy
to rectify, the decision to review) is sealed under their data key.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Literal

from sqlalchemy import update
from sqlmodel import Session, col, select

from compliance.consent import ensure_subject
from compliance.consent.records import check_channel_source, open_source, seal_source
from compliance.people.errors import FormError, RightsRequestClosed, RightsRequestNotFound
from compliance.store.models import RightsKind, RightsRequest, RightsRequestPublic
from compliance.subjects import SubjectKeys

_TABLE = "rights_request"

CLEAR_DAYS = 10
RIGHTS_KINDS: tuple[RightsKind, ...] = ("access", "rectification", "erasure", "objection", "review")
# Why a request was refused: codes, never free text (which could carry personal data).
REJECTIONS = ("manifestly_abusive", "identity_not_proven", "legal_obligation", "no_data")
# How a request was answered; the code is audited, so it is one of these too.
COMPLETIONS = ("answered", "data_sent", "rectified", "erased", "objection_applied", "reviewed")
Outcome = Literal["completed", "rejected"]


def art8_deadline(received_at: datetime, *, tz: tzinfo) -> datetime:
    """The last instant to answer a request received at ``received_at`` (10 clear days).

    >>> from zoneinfo import ZoneInfo
    >>> art8_deadline(datetime(2026, 6, 1, 9, 0, tzinfo=UTC), tz=ZoneInfo("Africa/Casablanca"))
    datetime.datetime(2026, 6, 12, 22, 59, 59, 999999, tzinfo=datetime.timezone.utc)
    """
    received_day = received_at.astimezone(tz).date()
    last_day = received_day + timedelta(days=CLEAR_DAYS + 1)
    end = datetime.combine(last_day, time.max, tzinfo=tz)
    return end.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class DueRequests:
    """Open requests whose deadline passed, and those due within the window."""

    now: datetime
    overdue: list[RightsRequestPublic]
    due: list[RightsRequestPublic]


def submit_request(
    *,
    session: Session,
    keys: SubjectKeys,
    subject: str,
    kind: str,
    channel: str,
    source: str,
    tz: tzinfo,
    details: str | None = None,
    now: datetime | None = None,
) -> RightsRequestPublic:
    """Record a request with its deadline; ``SubjectErased`` if the subject was erased."""
    if kind not in RIGHTS_KINDS:
        raise FormError(
            f"kind {kind!r} is not a right; use one of {', '.join(RIGHTS_KINDS)}", param="kind"
        )
    if details is not None and len(details) > 4000:
        raise FormError("details are limited to 4000 characters", param="details")
    check_channel_source(channel, source)
    now = now or datetime.now(UTC)
    subject_hash = ensure_subject(session=session, keys=keys, subject=subject)
    request_id = uuid.uuid4()
    sealed = keys.encrypt_optional(
        session=session,
        subject_hash=subject_hash,
        plaintext=details or None,  # an empty text is no detail
        table="rights_request",
        column="details",
        row=request_id,
    )
    row = RightsRequest(
        id=request_id,
        subject_hash=subject_hash,
        kind=kind,  # checked against RIGHTS_KINDS above
        channel=channel,
        status="open",
        # The caller's own words: sealed under the subject's key, like the details.
        source_enc=seal_source(
            session=session,
            keys=keys,
            subject_hash=subject_hash,
            source=source,
            table=_TABLE,
            row=request_id,
        ),
        received_at=now,
        due_at=art8_deadline(now, tz=tz),
        details_enc=sealed,
    )
    session.add(row)
    session.flush()
    return RightsRequestPublic.model_validate(row, update={"source": source})


def _public(session: Session, keys: SubjectKeys | None, row: RightsRequest) -> RightsRequestPublic:
    """The request as shown; its source decrypted when ``keys`` are given, else left out."""
    source = open_source(session=session, keys=keys, row=row, table=_TABLE) if keys else None
    return RightsRequestPublic.model_validate(row, update={"source": source})


def get_request(*, session: Session, request_id: uuid.UUID) -> RightsRequest:
    row = session.get(RightsRequest, request_id)
    if row is None:
        raise RightsRequestNotFound()
    return row


def request_details(*, session: Session, keys: SubjectKeys, row: RightsRequest) -> str | None:
    """What the person wrote, decrypted (``SubjectErased`` once they were erased)."""
    return keys.decrypt_text(
        session=session,
        subject_hash=row.subject_hash,
        ciphertext=row.details_enc,
        table="rights_request",
        column="details",
        row=row.id,
    )


def resolve_request(
    *,
    session: Session,
    request_id: uuid.UUID,
    outcome: Outcome,
    reason: str | None = None,
    now: datetime | None = None,
    keys: SubjectKeys | None = None,
) -> RightsRequestPublic:
    """Close an open request as completed (a ``COMPLETIONS`` code), or rejected (``REJECTIONS``)."""
    now = now or datetime.now(UTC)
    row = get_request(session=session, request_id=request_id)
    if outcome == "rejected" and reason not in REJECTIONS:
        raise FormError(f"a rejection needs a reason among {', '.join(REJECTIONS)}", param="reason")
    if outcome == "completed" and reason is not None and reason not in COMPLETIONS:
        raise FormError(
            f"a completion's reason, if any, is one of {', '.join(COMPLETIONS)}", param="reason"
        )
    code = reason if outcome == "rejected" else (reason or "answered")
    result = session.execute(
        update(RightsRequest)
        .where(col(RightsRequest.id) == request_id)
        .where(col(RightsRequest.status) == "open")
        .values(status=outcome, resolved_at=now, outcome=code)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise RightsRequestClosed(row.status)
    session.refresh(row)
    return _public(session, keys, row)


def list_requests(
    *,
    session: Session,
    subject_hash: str | None = None,
    status: str | None = None,
    kind: str | None = None,
    limit: int = 100,
    keys: SubjectKeys | None = None,
) -> list[RightsRequestPublic]:
    """Requests, oldest deadline first (sources decrypted when ``keys`` are given)."""
    query = select(RightsRequest)
    if subject_hash is not None:
        query = query.where(RightsRequest.subject_hash == subject_hash)
    if status is not None:
        query = query.where(RightsRequest.status == status)
    if kind is not None:
        query = query.where(RightsRequest.kind == kind)
    rows = session.exec(query.order_by(col(RightsRequest.due_at)).limit(limit)).all()
    return [_public(session, keys, row) for row in rows]


def due_requests(
    *,
    session: Session,
    within: timedelta,
    now: datetime | None = None,
    limit: int = 1000,
    keys: SubjectKeys | None = None,
) -> DueRequests:
    """Open requests past their deadline, and those whose deadline falls within ``within``."""
    now = now or datetime.now(UTC)
    rows: Sequence[RightsRequest] = session.exec(
        select(RightsRequest)
        .where(RightsRequest.status == "open")
        .where(col(RightsRequest.due_at) <= now + within)
        .order_by(col(RightsRequest.due_at))
        .limit(limit)
    ).all()
    public = [_public(session, keys, row) for row in rows]
    return DueRequests(
        now=now,
        overdue=[r for r in public if r.due_at < now],
        due=[r for r in public if r.due_at >= now],
    )
