"""The proxy's HTTP surface: OpenAI-compatible routes and generic JSON routes.

One request: read (1) → context (2) → the guard (3–7) → forward (8) → answer (9).
"""

from __future__ import annotations

import re
import time
import uuid
from typing import Any

import httpx
import orjson
import structlog
from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from compliance.deps import GuardDep, KeysDep, MetricsDep, SettingsDep, StateDep, UpstreamsDep
from compliance.errors import GuardError, NotReady, UnknownRoute, UpstreamProtocolError
from compliance.minimize import restore
from compliance.proxy.adapters import OPENAI_ENDPOINTS, json_texts
from compliance.proxy.forward import response_headers
from compliance.proxy.guard import RequestContext
from compliance.proxy.reader import parse_json, read_body
from compliance.proxy.responses import error_body, guard_error_response
from compliance.proxy.streaming import restore_sse

log = structlog.get_logger(__name__)
router = APIRouter()


# A caller's X-Request-Id goes into logs, the audit trail and the upstream request: only an
# opaque id is kept (16-64 hex digits and dashes, at least one letter, as UUIDs and W3C
# trace ids are). Anything else, which could be a name, a phone or a RIB, is replaced.
_OPAQUE_ID = re.compile(r"(?=[0-9a-fA-F-]*[a-fA-F])[0-9a-fA-F-]{16,64}")


def request_id_of(header: str | None) -> str:
    """The caller's request id when it is opaque, else a fresh one."""
    if header is not None and _OPAQUE_ID.fullmatch(header):
        return header
    return uuid.uuid4().hex


_SAFE_PATH = re.compile(r"(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*)(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*")


def _restore_answer(answer: Any, reverse: dict[str, str]) -> Any:
    """Put the caller's values back into a whole (non-streamed) answer."""
    if not reverse or not isinstance(answer, dict):
        return answer
    for choice in answer.get("choices") or []:
        if not isinstance(choice, dict):
            continue
        if isinstance(choice.get("text"), str):
            choice["text"] = restore(choice["text"], reverse)
        message = choice.get("message")
        if not isinstance(message, dict):
            continue
        if isinstance(message.get("content"), str):
            message["content"] = restore(message["content"], reverse)
        for call in message.get("tool_calls") or []:
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                function["arguments"] = restore(function["arguments"], reverse, json_escaped=True)
    return answer


async def _proxy(
    request: Request,
    route_name: str,
    endpoint: str,
    *,
    settings: SettingsDep,
    state: StateDep,
    guard: GuardDep,
    upstreams: UpstreamsDep,
    keys: KeysDep,
    metrics: MetricsDep,
) -> Response:
    started = time.perf_counter()
    request_id = request_id_of(request.headers.get("x-request-id"))
    # Logs and metrics name configured routes only: another name is the caller's text
    # (and would grow the metrics' label set without bound).
    route_label = route_name if route_name in settings.routes else "(unknown)"
    decision_label, status = "error", 500
    try:
        route = upstreams.route(route_name)
        if not await state.wait_ready(settings.ready_wait_seconds):
            raise NotReady("cndp-guard is still warming up; retry in a few seconds")
        raw = await read_body(request, limit=settings.max_body_bytes)
        payload = parse_json(raw)
        if (route.kind == "openai") != (endpoint in OPENAI_ENDPOINTS):
            raise UnknownRoute(
                f"route {route_name!r} is of kind {route.kind!r} and has no such endpoint"
            )
        kind, extract = OPENAI_ENDPOINTS.get(endpoint, ("json", json_texts))
        if kind == "json" and not _SAFE_PATH.fullmatch(endpoint):
            # The upstream host is the route's, never the caller's: no "//host", "..", "?".
            raise UnknownRoute(
                "the path is not a plain relative path (letters, digits, '-', '_', '~', '.', '/';"
                " no '//', '..', query or fragment)"
            )
        slots = extract(payload)
        subject = request.headers.get("x-subject-id")
        ctx = RequestContext(
            request_id=request_id,
            route_name=route_name,
            route=route,
            kind=kind,
            purpose=request.headers.get("x-purpose") or route.purpose,
            subject_hash=keys.subject_hash(subject) if subject else None,
            fallbacks=tuple((name, upstreams.route(name)) for name in route.fallbacks),
            original_purpose=request.headers.get("x-original-purpose"),
        )
        if isinstance(payload, dict) and isinstance(payload.get("user"), str):
            # OpenAI's end-user id is an identifier too: only its keyed hash leaves.
            payload["user"] = keys.subject_hash(payload["user"])
        guarded = await guard.inspect(ctx, payload, slots, raw=raw)
        decision_label = "allow"
        streamed = isinstance(payload, dict) and payload.get("stream") is True
        upstream_started = time.perf_counter()
        response = await upstreams.send(
            guarded.route_name,
            method="POST",
            path=f"/v1/{endpoint}" if route.kind == "openai" else f"/{endpoint}",
            headers=request.headers,
            body=orjson.dumps(guarded.payload),
        )
        status = response.status_code
        headers = response_headers(response)
        headers["x-request-id"] = request_id
        if guarded.route_name != route_name:
            headers["x-cndp-guard-rerouted-to"] = guarded.route_name
        is_sse = response.headers.get("content-type", "").startswith("text/event-stream")
        if streamed and is_sse:
            lines = response.aiter_lines()

            async def body() -> Any:
                try:
                    async for piece in restore_sse(lines, guarded.reverse):
                        yield piece
                except httpx.HTTPError as exc:
                    # Headers are gone already: tell the client in-band, as OpenAI does.
                    log.warning(
                        "upstream.stream_broken", request_id=request_id, error=type(exc).__name__
                    )
                    broken = error_body(
                        message=f"route {route_name!r}: the upstream stream broke off",
                        code="upstream_stream_broken",
                        error_type="server_error",
                    )
                    yield b"data: " + orjson.dumps(broken) + b"\n\n"
                finally:
                    await response.aclose()
                    metrics.stage_seconds.labels("upstream").observe(
                        time.perf_counter() - upstream_started
                    )

            return StreamingResponse(body(), status_code=status, headers=headers)
        try:
            content = await response.aread()
        finally:
            await response.aclose()
        metrics.stage_seconds.labels("upstream").observe(time.perf_counter() - upstream_started)
        if 200 <= status < 300 and guarded.reverse:
            try:
                answer = orjson.loads(content)
            except orjson.JSONDecodeError:
                raise UpstreamProtocolError(
                    f"route {route_name!r}: the upstream answered with invalid JSON"
                ) from None
            content = orjson.dumps(_restore_answer(answer, guarded.reverse))
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
    async def handler(
        request: Request,
        route: str,
        settings: SettingsDep,
        state: StateDep,
        guard: GuardDep,
        upstreams: UpstreamsDep,
        keys: KeysDep,
        metrics: MetricsDep,
    ) -> Response:
        return await _proxy(
            request,
            route,
            endpoint,
            settings=settings,
            state=state,
            guard=guard,
            upstreams=upstreams,
            keys=keys,
            metrics=metrics,
        )

    handler.__name__ = "proxy_" + endpoint.replace("/", "_")
    return handler


for _endpoint in OPENAI_ENDPOINTS:
    router.add_api_route(
        f"/{{route}}/v1/{_endpoint}", _openai_endpoint(_endpoint), methods=["POST"]
    )


@router.get("/{route}/v1/models")
async def list_models(route: str, request: Request, upstreams: UpstreamsDep) -> Response:
    """Model listings carry no personal data: passed through as they are."""
    try:
        upstreams.route(route)
        response = await upstreams.send(
            route, method="GET", path="/v1/models", headers=request.headers, body=None
        )
        try:
            content = await response.aread()
        finally:
            await response.aclose()
    except GuardError as exc:
        return guard_error_response(exc)
    return Response(content, status_code=response.status_code, headers=response_headers(response))


@router.post("/{route}/{path:path}")
async def proxy_json(
    request: Request,
    route: str,
    path: str,
    settings: SettingsDep,
    state: StateDep,
    guard: GuardDep,
    upstreams: UpstreamsDep,
    keys: KeysDep,
    metrics: MetricsDep,
) -> Response:
    """Generic JSON routes (``kind: json``): every string value in the body is scanned."""
    return await _proxy(
        request,
        route,
        path,
        settings=settings,
        state=state,
        guard=guard,
        upstreams=upstreams,
        keys=keys,
        metrics=metrics,
    )
