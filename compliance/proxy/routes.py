"""The proxy's HTTP surface: OpenAI-compatible routes and generic JSON routes.

One request: read (1) → context (2) → the guard (3–7) → forward (8) → answer (9).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any
from urllib.parse import quote

import httpx
import orjson
import structlog
from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from compliance.core.errors import (
    GuardError,
    NotReady,
    SchemaError,
    UnknownRoute,
    UpstreamError,
)
from compliance.guard.adapters import OPENAI_ENDPOINTS, extract, json_shape
from compliance.guard.answer import AnswerScanner, scan_answer
from compliance.guard.context import RequestContext, request_context
from compliance.guard.pipeline import MODEL_ONLY
from compliance.http.responses import error_body, guard_error_response
from compliance.proxy.auth import Caller, ProxyAuthenticator
from compliance.proxy.deps import Runtime, StateDep
from compliance.proxy.forward import response_headers
from compliance.proxy.paths import check_model_path, client_segments
from compliance.proxy.reader import parse_json, read_body
from compliance.proxy.streaming import scan_sse

log = structlog.get_logger(__name__)
router = APIRouter()


def new_request_id() -> str:
    """The id of one request in logs, the audit trail and the upstream request.

    Always the sidecar's own: a caller's X-Request-Id is the caller's text (any hex
    id can spell a phone number in its digits), so it is neither kept nor forwarded.
    The id goes back to the caller in the answer's ``x-request-id``.
    """
    return uuid.uuid4().hex


def _raw_path(request: Request) -> bytes:
    """The path as it came on the wire, percent-escapes not yet decoded (ASGI ``raw_path``)."""
    raw = request.scope.get("raw_path")
    return raw if isinstance(raw, bytes) else str(request.scope["path"]).encode()


async def _authenticated(
    request: Request,
    route_label: str,
    route_name: str,
    *,
    auth: ProxyAuthenticator,
    guard: Any,
) -> Caller:
    """The calling application; a refusal is audited before it is raised."""
    authorization = request.headers.get("authorization")
    try:
        return await auth.caller(authorization, route=route_name)
    except GuardError as exc:
        await guard.refused_access(
            route=route_label, reason=exc.code, application=auth.named(authorization)
        )
        raise


async def _streamed_answer(
    response: httpx.Response,
    scanner: AnswerScanner,
    ctx: RequestContext,
    state: Runtime,
    *,
    upstream_started: float,
) -> AsyncIterator[bytes]:
    """Step 9 for a stream: the upstream's events, scanned with a holdback, then closed.

    An answer that cannot be scanned is withheld from there on; a stream that breaks
    off is told in-band (the headers are gone already), as OpenAI does.
    """
    guard, request_id = state.guard, ctx.request_id
    try:
        async for piece in scan_sse(
            response.aiter_lines(), scanner, window=state.settings.answers.holdback_chars
        ):
            yield piece
        await guard.answered(ctx, scanner)
    except GuardError as exc:
        # Detection of the answer failed: what is held is never released.
        await guard.answered(ctx, scanner, failed=exc.code)
        log.warning("answer.withheld", request_id=request_id, code=exc.code)
        withheld = error_body(
            message="the answer could not be scanned; the rest of it is withheld",
            code=exc.code,
            error_type="server_error",
        )
        yield b"data: " + orjson.dumps(withheld) + b"\n\n"
    except httpx.HTTPError as exc:
        await guard.complete(ctx, outcome="upstream_failed", reason="stream_broken")
        log.warning("upstream.stream_broken", request_id=request_id, error=type(exc).__name__)
        broken = error_body(
            message=f"route {ctx.route_name!r}: the upstream stream broke off",
            code="upstream_stream_broken",
            error_type="server_error",
        )
        yield b"data: " + orjson.dumps(broken) + b"\n\n"
    finally:
        await response.aclose()
        state.metrics.stage_seconds.labels("upstream").observe(
            time.perf_counter() - upstream_started
        )


async def _proxy(request: Request, route_name: str, endpoint: str, state: Runtime) -> Response:
    """One guarded request, with everything it needs from the one ``Runtime`` bundle."""
    settings, guard, upstreams = state.settings, state.guard, state.upstreams
    metrics, auth = state.metrics, state.auth
    started = time.perf_counter()
    request_id = new_request_id()
    # Logs and metrics name configured routes only: another name is the caller's text
    # (and would grow the metrics' label set without bound).
    route_label = route_name if route_name in settings.routes else "(unknown)"
    decision_label, status = "error", 500
    try:
        caller = await _authenticated(request, route_label, route_name, auth=auth, guard=guard)
        route = upstreams.route(route_name)
        if not await state.wait_ready(settings.ready_wait_seconds):
            raise NotReady("cndp-guard is still warming up; retry in a few seconds")
        raw = await read_body(request, limit=settings.max_body_bytes)
        payload = parse_json(raw)
        if (route.kind == "openai") != (endpoint in OPENAI_ENDPOINTS):
            raise UnknownRoute(
                f"route {route_name!r} is of kind {route.kind!r} and has no such endpoint"
            )
        kind, shape = OPENAI_ENDPOINTS.get(endpoint, ("json", json_shape))
        forward_path = f"/v1/{endpoint}"
        if kind == "json":
            # The path is the caller's text: checked, scanned, and rebuilt from its checked
            # segments, so the upstream host and base path stay the route's.
            segments = client_segments(_raw_path(request), prefix=(route_name,))
            await guard.check_path(segments, route=route_label, application=caller.name)
            forward_path = "/" + "/".join(segments)
        extraction = extract(shape, payload)
        if route.models and (
            not isinstance(payload, dict) or payload.get("model") not in route.models
        ):
            raise SchemaError(
                f"model must be one this route serves: {', '.join(route.models)}", param="model"
            )
        ctx = request_context(
            request.headers,
            request_id=request_id,
            route_name=route_name,
            route=route,
            kind=kind,
            caller=caller,
            verify_assertion=lambda value: auth.asserted_subject(caller, value, route=route_name),
            subject_hash=state.keys.subject_hash,
            route_of=upstreams.route,
        )
        metrics.stage_seconds.labels("read").observe(time.perf_counter() - started)
        guarded = await guard.inspect(ctx, payload, extraction, raw=raw)
        ctx = replace(ctx, chosen_route=guarded.route_name)
        decision_label = "allow"
        streamed = isinstance(payload, dict) and payload.get("stream") is True
        if await request.is_disconnected():
            # The caller gave up while the request was inspected: nothing is sent for
            # nobody (a slow detection would otherwise forward for a client long gone).
            await guard.complete(ctx, outcome="not_forwarded", reason="client_disconnected")
            return Response(status_code=499)
        upstream_started = time.perf_counter()
        try:
            response = await upstreams.send(
                guarded.route_name,
                method="POST",
                path=forward_path,
                body=guarded.body,
                request_id=request_id,
                accept=request.headers.get("accept"),
            )
        except UpstreamError as exc:
            # The decision is in the trail already: say there what became of it.
            outcome = "upstream_failed" if exc.may_have_reached else "not_forwarded"
            await guard.complete(ctx, outcome=outcome, reason=exc.code)
            raise
        status = response.status_code
        headers = response_headers(response)
        headers["x-request-id"] = request_id
        if guarded.route_name != route_name:
            headers["x-cndp-guard-rerouted-to"] = guarded.route_name
        is_sse = response.headers.get("content-type", "").startswith("text/event-stream")
        scanner = guard.answer_scanner(guarded)
        if streamed and is_sse:
            pieces = _streamed_answer(
                response,
                scanner,
                ctx,
                state,
                upstream_started=upstream_started,
            )
            return StreamingResponse(pieces, status_code=status, headers=headers)
        try:
            content = await response.aread()
        finally:
            await response.aclose()
        answer_started = time.perf_counter()
        metrics.stage_seconds.labels("upstream").observe(answer_started - upstream_started)
        try:
            content = await scan_answer(content, scanner, keys_and_numbers=route.kind == "json")
        except GuardError as exc:
            await guard.answered(ctx, scanner, failed=exc.code)
            raise
        await guard.answered(ctx, scanner)
        metrics.stage_seconds.labels("answer").observe(time.perf_counter() - answer_started)
        headers.pop("content-length", None)
        return Response(content, status_code=status, headers=headers)
    except GuardError as exc:
        status = exc.status
        if exc.code == "policy_denied":
            decision_label = "deny"
        log.info("request.refused", request_id=request_id, route=route_label, code=exc.code)
        response_out = guard_error_response(exc)
        response_out.headers["x-request-id"] = request_id
        return response_out
    finally:
        metrics.requests.labels(route_label, decision_label, str(status)).inc()
        metrics.stage_seconds.labels("total").observe(time.perf_counter() - started)


def _openai_endpoint(endpoint: str) -> Any:
    async def handler(request: Request, route: str, state: StateDep) -> Response:
        return await _proxy(request, route, endpoint, state)

    handler.__name__ = "proxy_" + endpoint.replace("/", "_")
    return handler


for _endpoint in OPENAI_ENDPOINTS:
    router.add_api_route(
        f"/{{route}}/v1/{_endpoint}", _openai_endpoint(_endpoint), methods=["POST"]
    )


async def _get_models(request: Request, route: str, path: str, state: Runtime) -> Response:
    """A model listing or card from the upstream, every string and key of it scanned.

    No request's decision covers it: personal data in it (an ``owned_by``, a
    description) is redacted, and an answer that cannot be scanned is a 503.
    """
    request_id = new_request_id()
    upstreams = state.upstreams
    try:
        upstreams.route(route)
        response = await upstreams.send(
            route,
            method="GET",
            path=path,
            body=None,
            request_id=request_id,
            accept=request.headers.get("accept"),
        )
        try:
            content = await response.aread()
        finally:
            await response.aclose()
        content = await scan_answer(content, state.guard.listing_scanner(), keys_and_numbers=True)
    except GuardError as exc:
        return guard_error_response(exc)
    headers = response_headers(response)
    headers.pop("content-length", None)
    return Response(content, status_code=response.status_code, headers=headers)


@router.get("/{route}/v1/models")
async def list_models(route: str, request: Request, state: StateDep) -> Response:
    """The upstream's model listing, scanned like any answer."""
    try:
        await state.auth.caller(request.headers.get("authorization"), route=route)
    except GuardError as exc:
        return guard_error_response(exc)
    return await _get_models(request, route, "/v1/models", state)


@router.get("/{route}/v1/models/{model:path}")
async def get_model(route: str, model: str, request: Request, state: StateDep) -> Response:
    """One model's card. The id in the path reaches the upstream: it must be a model id.

    The id (decoded once; the SDK sends its ``/`` as ``%2F``) has no dot or empty
    parts, has a model id's shape, and holds no personal data (422
    ``personal_data_in_path``); it is forwarded under ``/v1/models/`` only.
    """
    try:
        caller = await state.auth.caller(request.headers.get("authorization"), route=route)
        configured = state.upstreams.route(route)
        if configured.models and model not in configured.models:
            raise SchemaError(
                f"model must be one this route serves: {', '.join(configured.models)}",
                param="model",
            )
        parts = check_model_path(model)
        extract(MODEL_ONLY, {"model": model})  # a model id's shape, or refused
        await state.guard.check_path(
            parts, route=route, application=caller.name, model=True, models=configured.models
        )
    except GuardError as exc:
        return guard_error_response(exc)
    path = f"/v1/models/{quote(model, safe='/')}"
    return await _get_models(request, route, path, state)


@router.post("/{route}/{path:path}")
async def proxy_json(request: Request, route: str, path: str, state: StateDep) -> Response:
    """Generic JSON routes (``kind: json``): every key, string and number is scanned."""
    return await _proxy(request, route, path, state)
