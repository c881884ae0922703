"""``/api/v1``: the host applications' JSON API, documented in the app's OpenAPI.

Consents and objections, a subject's choices, portal links, rights requests with
their art. 8 deadlines, and the art. 7 export. Every call needs a bearer token
with the scope its description names; every write is audited as ``api.*`` with
the token's id as the actor. Errors use the sidecar's error shape.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request

from compliance.api.auth import BearerRoute, Caller, RuntimeDep, require
from compliance.api.schemas import (
    ConsentIn,
    DueOut,
    ExportOut,
    LinkIn,
    LinkOut,
    OptOutIn,
    PurposeOut,
    ResolveIn,
    ResolveOut,
    RightsDetail,
    RightsIn,
    RightsOut,
    SubjectConsents,
    SubjectIn,
)
from compliance.consent import consent_history, current_consents, current_opt_outs, opt_out_history
from compliance.consent.records import open_source
from compliance.crypto import SubjectErased
from compliance.people import rights
from compliance.people.errors import FormError
from compliance.store import read_session
from compliance.store.models import (
    ConsentEventPublic,
    ErasureEvent,
    OptOutEventPublic,
    RightsKind,
    RightsRequestPublic,
    RightsStatus,
)

_ERRORS: dict[int | str, dict[str, str]] = {
    401: {"description": "Missing, unknown, revoked or expired token (invalid_token)."},
    403: {"description": "The token lacks the scope (insufficient_scope)."},
    410: {"description": "The subject was erased (subject_erased)."},
    422: {"description": "Invalid body (invalid_request, invalid_form, unknown_purpose)."},
}


def _caller(scope: str) -> object:
    return Depends(require(scope))


def _public(row: RightsRequestPublic, now: datetime) -> RightsOut:
    return RightsOut(**row.model_dump(), overdue=row.status == "open" and row.due_at < now)


_routes = APIRouter(route_class=BearerRoute, responses=_ERRORS)


@_routes.post(
    "/consents",
    status_code=201,
    tags=["consents"],
    summary="Record a consent or its withdrawal",
    description="Scope `consents:write`. Appends to the ledger; the proxy honours it on the"
    " next request (within 0.5 s on other replicas).",
)
async def record_consent(
    body: ConsentIn,
    runtime: RuntimeDep,
    caller: Annotated[Caller, _caller("consents:write")],
) -> ConsentEventPublic:
    return await runtime.service.set_consent(
        subject=body.subject,
        purpose=body.purpose,
        state=body.state,
        actor=caller.actor,
        channel=body.channel,
        source=body.source,
        evidence=body.evidence,
    )


@_routes.post(
    "/opt-outs",
    status_code=201,
    tags=["consents"],
    summary="Record an objection (art. 9) or lift it",
    description="Scope `consents:write`.",
)
async def record_opt_out(
    body: OptOutIn, runtime: RuntimeDep, caller: Annotated[Caller, _caller("consents:write")]
) -> OptOutEventPublic:
    return await runtime.service.set_opt_out(
        subject=body.subject,
        kind=body.kind,
        opted_out=body.opted_out,
        actor=caller.actor,
        channel=body.channel,
        source=body.source,
    )


@_routes.post(
    "/consents/lookup",
    tags=["consents"],
    summary="Read a subject's consents and objections, with their history",
    description="Scope `consents:read`. A POST so that the subject id stays out of URLs.",
)
async def lookup(
    body: SubjectIn, runtime: RuntimeDep, caller: Annotated[Caller, _caller("consents:read")]
) -> SubjectConsents:
    keys = runtime.service.keys

    def work() -> SubjectConsents:
        subject_hash = keys.subject_hash(body.subject)
        with read_session(runtime.service.engine) as session:
            erased = session.get(ErasureEvent, subject_hash)
            return SubjectConsents(
                subject_hash=subject_hash,
                erased_at=erased.erased_at if erased else None,
                consents=current_consents(session=session, subject_hash=subject_hash),
                opt_outs=current_opt_outs(session=session, subject_hash=subject_hash),
                history=consent_history(session=session, keys=keys, subject=body.subject),
                opt_out_history=opt_out_history(session=session, keys=keys, subject=body.subject),
            )

    found = await asyncio.to_thread(work)
    await runtime.service.audit(
        "api.consents_read", actor=caller.actor, subject_hash=found.subject_hash
    )
    return found


@_routes.get(
    "/purposes",
    tags=["consents"],
    summary="The declared purposes, as the portal describes them",
    description="Scope `consents:read`.",
)
async def purposes(
    runtime: RuntimeDep, _caller_: Annotated[Caller, _caller("consents:read")]
) -> list[PurposeOut]:
    return [
        PurposeOut(
            name=e.name,
            lawful_basis=e.lawful_basis,
            description=dict(e.description),
            summary=e.summary,
            data_categories=list(e.data_categories),
            retention_days=e.retention_days,
            cndp_references=list(e.cndp_references),
            opt_outs=list(e.opt_outs),
            countries=list(e.countries),
        )
        for e in runtime.catalog.purposes.values()
    ]


@_routes.post(
    "/portal-links",
    status_code=201,
    tags=["portal"],
    summary="Issue a portal link for one subject",
    description="Scope `portal:link`. The link is signed, bound to the subject, single-use"
    " and expires; send it to the person over a channel you trust. 410 if the subject was"
    " erased.",
)
async def issue_link(
    body: LinkIn,
    request: Request,
    runtime: RuntimeDep,
    caller: Annotated[Caller, _caller("portal:link")],
) -> LinkOut:
    settings = runtime.settings
    if body.ttl_seconds is not None and body.ttl_seconds > settings.link_ttl_seconds:
        raise FormError(
            f"ttl_seconds is at most {settings.link_ttl_seconds} (portal.link_ttl_seconds)",
            param="ttl_seconds",
        )
    ttl = timedelta(seconds=body.ttl_seconds) if body.ttl_seconds else settings.link_ttl
    language = body.language or settings.default_language
    issued = await runtime.service.issue_link(
        subject=body.subject, language=language, ttl=ttl, actor=caller.actor
    )
    base = settings.base_url or str(request.base_url).rstrip("/")
    return LinkOut(
        url=f"{base}/portal/open/{issued.token}",
        link_id=issued.link.id,
        language=language,
        expires_at=issued.link.expires_at,
    )


@_routes.post(
    "/subjects/export",
    tags=["rights"],
    summary="A subject's access export (art. 7)",
    description="Scope `subjects:export`. Consents and their evidence, objections, rights"
    " requests, and which AI routes processed the subject's data, when, for which purpose"
    " and towards which country (from the audit trail). 410 after erasure.",
)
async def export(
    body: SubjectIn, runtime: RuntimeDep, caller: Annotated[Caller, _caller("subjects:export")]
) -> ExportOut:
    return await runtime.service.export(actor=caller.actor, subject=body.subject)


@_routes.post(
    "/rights-requests",
    status_code=201,
    tags=["rights"],
    summary="Submit a rights request (access, rectification, erasure, objection, review)",
    description="Scope `rights:write`. The answer carries `due_at`: 10 clear days (art. 8).",
)
async def submit(
    body: RightsIn, runtime: RuntimeDep, caller: Annotated[Caller, _caller("rights:write")]
) -> RightsOut:
    created = await runtime.service.submit_request(
        kind=body.kind,
        subject=body.subject,
        details=body.details,
        channel=body.channel,
        source=body.source or caller.actor.name,
        actor=caller.actor,
    )
    return _public(created, datetime.now(UTC))


@_routes.get(
    "/rights-requests",
    tags=["rights"],
    summary="List rights requests, nearest deadline first",
    description="Scope `rights:read`.",
)
async def list_requests(
    runtime: RuntimeDep,
    _caller_: Annotated[Caller, _caller("rights:read")],
    status: RightsStatus | None = None,
    kind: RightsKind | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[RightsOut]:
    def work() -> list[RightsRequestPublic]:
        with read_session(runtime.service.engine) as session:
            return rights.list_requests(
                session=session,
                status=status,
                kind=kind,
                limit=limit,
                keys=runtime.service.keys,
            )

    now = datetime.now(UTC)
    return [_public(row, now) for row in await asyncio.to_thread(work)]


@_routes.get(
    "/rights-requests/due",
    tags=["rights"],
    summary="Open requests that are overdue, or due within `within_days`",
    description="Scope `rights:read`. The default window is `portal.due_soon_days`.",
)
async def due(
    runtime: RuntimeDep,
    _caller_: Annotated[Caller, _caller("rights:read")],
    within_days: Annotated[int | None, Query(ge=0, le=30)] = None,
) -> DueOut:
    days = runtime.settings.due_soon_days if within_days is None else within_days

    def work() -> rights.DueRequests:
        with read_session(runtime.service.engine) as session:
            return rights.due_requests(
                session=session, within=timedelta(days=days), keys=runtime.service.keys
            )

    found = await asyncio.to_thread(work)
    return DueOut(
        now=found.now,
        overdue=[_public(r, found.now) for r in found.overdue],
        due=[_public(r, found.now) for r in found.due],
    )


@_routes.get(
    "/rights-requests/{request_id}",
    tags=["rights"],
    summary="One rights request, with what the person wrote",
    description="Scope `rights:read`. `details` is decrypted; after erasure it is gone.",
)
async def get_request(
    request_id: uuid.UUID,
    runtime: RuntimeDep,
    caller: Annotated[Caller, _caller("rights:read")],
) -> RightsDetail:
    service = runtime.service

    def work() -> RightsDetail:
        with read_session(service.engine) as session:
            row = rights.get_request(session=session, request_id=request_id)
            source = open_source(
                session=session, keys=service.keys, row=row, table="rights_request"
            )
            public = _public(
                RightsRequestPublic.model_validate(row, update={"source": source}),
                datetime.now(UTC),
            )
            try:
                details = rights.request_details(session=session, keys=service.keys, row=row)
                erased = False
            except SubjectErased:
                details, erased = None, True
            return RightsDetail(**public.model_dump(), details=details, details_erased=erased)

    found = await asyncio.to_thread(work)
    await service.audit(
        "api.rights_read",
        actor=caller.actor,
        subject_hash=found.subject_hash,
        request_id=str(request_id),
    )
    return found


@_routes.post(
    "/rights-requests/{request_id}/resolve",
    tags=["rights"],
    summary="Close a rights request; completing an erasure request erases the subject",
    description="Scope `rights:write`. Completing an `erasure` request crypto-shreds the"
    " subject (their key is destroyed, their portal links and sessions end) and returns the"
    " erasure event. 409 if the request is already closed.",
)
async def resolve(
    request_id: uuid.UUID,
    body: ResolveIn,
    runtime: RuntimeDep,
    caller: Annotated[Caller, _caller("rights:write")],
) -> ResolveOut:
    outcome: Literal["completed", "rejected"] = body.outcome
    resolved, erasure = await runtime.service.resolve_request(
        request_id=request_id, outcome=outcome, reason=body.reason, actor=caller.actor
    )
    return ResolveOut(request=_public(resolved, datetime.now(UTC)), erasure=erasure)


def api_router() -> APIRouter:
    """The ``/api/v1`` routes."""
    router = APIRouter(prefix="/api/v1")
    router.include_router(_routes)
    return router
