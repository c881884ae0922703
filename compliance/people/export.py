"""The art. 7 access export: what the controller holds about one subject, in plain JSON.

Built from the data of record only: the consent ledger (choices, their evidence,
objections), the rights requests, and the audit trail, found by the subject's
keyed hash. The audit trail never held the texts of requests, so the export says
which AI routes processed data about the person, when, for which purpose, towards
which country, with what outcome and which *kinds* of personal data, and no more.
Its ``format`` names a versioned schema so that a host application can parse it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import func
from sqlmodel import Session, col, select

from compliance.consent import current_consents, current_opt_outs
from compliance.consent.records import open_evidence, open_source
from compliance.people.catalog import Catalog
from compliance.store.models import AuditRecord, ConsentEvent, OptOutEvent, RightsRequest
from compliance.subjects import SubjectKeys

FORMAT = "cndp-guard/subject-export/v1"
LOGIC = (
    "Each request about the subject is scanned for personal data before it leaves; a policy"
    " written from law 09-08 decides from the purpose, the subject's consents and objections"
    " and the destination country whether it may be forwarded and how each kind of data is"
    " protected (pseudonymized, masked, redacted or kept); the decision is recorded in a"
    " tamper-evident audit trail."
)
# Fields of an audit body that describe processing; anything else stays out of the export.
_PROCESSING_FIELDS = (
    "route",
    "kind",
    "destination_country",
    "provider",
    "purpose",
    "allow",
    "reasons",
    "refusals",  # the reasons that refused it, apart from the grounds it rested on
    "grounds",
    "entities",
    "sensitive",
    "actions",
)
DECISION = "decision"
_ACTIVITY_FIELDS = ("purpose", "state", "kind", "opted_out", "actor", "channel", "request_id")


def _decode(rows: Sequence[bytes]) -> list[dict[str, Any]]:
    bodies = [orjson.loads(body) for body in rows]
    bodies.reverse()  # queried newest first; listed oldest first
    return bodies


def _processing(body: dict[str, Any]) -> dict[str, Any]:
    return {"time": body.get("time"), **{k: body[k] for k in _PROCESSING_FIELDS if k in body}}


def _activity(body: dict[str, Any]) -> dict[str, Any]:
    fields = {k: body[k] for k in _ACTIVITY_FIELDS if k in body}
    return {"time": body.get("time"), "event": body.get("event"), **fields}


def _records(session: Session, subject_hash: str) -> Any:
    return select(AuditRecord.body).where(AuditRecord.subject_hash == subject_hash)


def _audit_full(session: Session, subject_hash: str, limit: int) -> dict[str, Any]:
    """Every record (up to ``limit``), decoded; destinations summed from them."""
    rows = session.exec(
        _records(session, subject_hash).order_by(col(AuditRecord.seq).desc()).limit(limit + 1)
    ).all()
    bodies = _decode(rows[:limit])
    processing = [_processing(b) for b in bodies if b.get("event") == DECISION]
    destinations: Counter[tuple[str, str]] = Counter()
    last: dict[tuple[str, str], str] = {}
    for item in processing:
        if item.get("allow"):
            key = (str(item.get("destination_country")), str(item.get("route")))
            destinations[key] += 1
            last[key] = str(item.get("time"))
    total = len(processing)
    if len(rows) > limit:
        total = session.exec(
            select(func.count())
            .select_from(AuditRecord)
            .where(AuditRecord.subject_hash == subject_hash)
            .where(AuditRecord.event == DECISION)
        ).one()
    return {
        "processing": processing,
        "processing_total": int(total),
        "activity": [_activity(b) for b in bodies if b.get("event") != DECISION],
        "destinations": [
            {"country": country, "route": route, "requests": count, "last": last[(country, route)]}
            for (country, route), count in sorted(destinations.items())
        ],
        "truncated": len(rows) > limit,
    }


def _audit_recent(session: Session, subject_hash: str, shown: int) -> dict[str, Any]:
    """The ``shown`` most recent decisions and other events; destinations summed in SQL.

    For the readable page: decoding every record of a heavy user would allocate enough
    to trigger full garbage collections on the request path.
    """
    newest = col(AuditRecord.seq).desc()
    decisions = _records(session, subject_hash).where(AuditRecord.event == DECISION)
    others = _records(session, subject_hash).where(AuditRecord.event != DECISION)
    processing = [
        _processing(b) for b in _decode(session.exec(decisions.order_by(newest).limit(shown)).all())
    ]
    activity = [
        _activity(b) for b in _decode(session.exec(others.order_by(newest).limit(shown)).all())
    ]
    counted = session.exec(  # one pass: the total, and the allowed ones by route
        select(AuditRecord.route, AuditRecord.allow, func.count(), func.max(AuditRecord.seq))
        .where(AuditRecord.subject_hash == subject_hash)
        .where(AuditRecord.event == DECISION)
        .group_by(col(AuditRecord.route), col(AuditRecord.allow))
    ).all()
    groups = [(route, count, seq) for route, allow, count, seq in counted if allow]
    latest = {
        seq: orjson.loads(body)
        for seq, body in session.exec(
            select(AuditRecord.seq, AuditRecord.body).where(
                col(AuditRecord.seq).in_([g[2] for g in groups])
            )
        ).all()
    }
    destinations = sorted(
        (
            {
                "country": str(latest[seq].get("destination_country")),
                "route": str(route),
                "requests": int(count),
                "last": str(latest[seq].get("time")),
            }
            for route, count, seq in groups
        ),
        key=lambda d: (d["country"], d["route"]),
    )
    return {
        "processing": processing,
        "processing_total": sum(int(count) for _, _, count, _ in counted),
        "activity": activity,
        "destinations": destinations,
        "truncated": len(processing) >= shown or len(activity) >= shown,
    }


def build_export(
    *,
    session: Session,
    keys: SubjectKeys,
    catalog: Catalog,
    subject: str,
    controller: dict[str, Any],
    max_records: int,
    shown: int | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The export document of ``subject`` (raises ``SubjectErased`` after erasure).

    Args:
        max_records: the most audit records a download holds (``truncated`` says so).
        shown: for the readable page: only the ``shown`` most recent decisions and other
            events, destinations summed by the database, evidence left sealed.
    """
    now = now or datetime.now(UTC)
    subject_hash = keys.subject_hash(subject)
    consent_rows = session.exec(
        select(ConsentEvent)
        .where(ConsentEvent.subject_hash == subject_hash)
        .order_by(col(ConsentEvent.seq))
    ).all()
    opt_out_rows = session.exec(
        select(OptOutEvent)
        .where(OptOutEvent.subject_hash == subject_hash)
        .order_by(col(OptOutEvent.seq))
    ).all()
    requests = session.exec(
        select(RightsRequest)
        .where(RightsRequest.subject_hash == subject_hash)
        .order_by(col(RightsRequest.received_at))
    ).all()
    if shown is None:
        audit = _audit_full(session, subject_hash, max_records)
    else:
        audit = _audit_recent(session, subject_hash, shown)
    return {
        "format": FORMAT,
        "generated_at": now.isoformat(),
        "controller": controller,
        "subject": {"id": subject, "reference": subject_hash},
        "consents": {
            "current": current_consents(session=session, subject_hash=subject_hash),
            "history": [
                {
                    "purpose": row.purpose,
                    "state": row.state,
                    "channel": row.channel,
                    "source": open_source(
                        session=session, keys=keys, row=row, table="consent_event"
                    ),
                    "recorded_at": row.recorded_at.isoformat(),
                    "evidence": None
                    if shown is not None
                    else open_evidence(session=session, keys=keys, row=row),
                }
                for row in consent_rows
            ],
        },
        "opt_outs": {
            "current": current_opt_outs(session=session, subject_hash=subject_hash),
            "history": [
                {
                    "kind": row.kind,
                    "opted_out": row.opted_out,
                    "channel": row.channel,
                    "source": open_source(
                        session=session, keys=keys, row=row, table="opt_out_event"
                    ),
                    "recorded_at": row.recorded_at.isoformat(),
                }
                for row in opt_out_rows
            ],
        },
        "purposes": [
            {
                "name": entry.name,
                "lawful_basis": entry.lawful_basis,
                "countries": list(entry.countries),
                "retention_days": entry.retention_days,
                "cndp_references": list(entry.cndp_references),
            }
            for entry in catalog.purposes.values()
        ],
        "processing": audit["processing"],
        "processing_total": audit["processing_total"],
        "destinations": audit["destinations"],
        "rights_requests": [
            {
                "id": str(row.id),
                "kind": row.kind,
                "status": row.status,
                "received_at": row.received_at.isoformat(),
                "due_at": row.due_at.isoformat(),
                "resolved_at": row.resolved_at.isoformat() if row.resolved_at else None,
                "outcome": row.outcome,
            }
            for row in requests
        ],
        "activity": audit["activity"],
        "logic": LOGIC,
        "truncated": audit["truncated"],
    }
