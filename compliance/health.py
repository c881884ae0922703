"""Health, readiness and metrics endpoints.

``/healthz`` and ``/readyz`` are public (kubelet probes carry no token) and answer a
status word, nothing else. ``/metrics`` needs a bearer token with the scope
``metrics:read`` unless the operator set ``metrics_auth: none`` for a port the
network already fences.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST

from compliance.api.auth import BearerRoute, require
from compliance.proxy.deps import StateDep

METRICS_SCOPE = "metrics:read"


async def healthz() -> dict[str, str]:
    """The process is alive (it may still be warming up)."""
    return {"status": "ok"}


async def readyz(state: StateDep) -> JSONResponse:
    """Ready once the detection models are loaded and warmed up."""
    if not state.ready:
        return JSONResponse({"status": "warming_up"}, status_code=503)
    return JSONResponse({"status": "ready"})


async def metrics(state: StateDep) -> Response:
    """Prometheus metrics: labels are routes, stages, entity types and reason codes."""
    return Response(state.metrics.render(), media_type=CONTENT_TYPE_LATEST)


def health_router(*, metrics_auth: Literal["token", "none"] = "token") -> APIRouter:
    """The probes, and ``/metrics`` behind a ``metrics:read`` token (unless ``none``)."""
    router = APIRouter(tags=["operations"])
    router.add_api_route("/healthz", healthz, methods=["GET"])
    router.add_api_route("/readyz", readyz, methods=["GET"])
    if metrics_auth == "none":
        description = "Unauthenticated (metrics_auth: none)."
        router.add_api_route(
            "/metrics",
            metrics,
            methods=["GET"],
            description=description,
            response_class=PlainTextResponse,
        )
        return router
    router.add_api_route(
        "/metrics",
        metrics,
        methods=["GET"],
        dependencies=[Depends(require(METRICS_SCOPE))],
        route_class_override=BearerRoute,
        response_class=PlainTextResponse,
        description=f"Scope `{METRICS_SCOPE}`. Prometheus text format.",
        responses={
            401: {"description": "Missing, unknown, revoked or expired token (invalid_token)."},
            403: {"description": "The token lacks the scope (insufficient_scope)."},
        },
    )
    return router
