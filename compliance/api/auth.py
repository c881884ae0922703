"""Bearer authentication with scopes, as FastAPI dependencies.

``Depends(require("consents:write"))`` yields the calling token (``Caller``) or
raises ``InvalidToken`` / ``InsufficientScope``; routes of a ``BearerRoute`` class
answer those with the error shape and RFC 6750 ``WWW-Authenticate``. The bearer
scheme is declared through ``HTTPBearer`` so the OpenAPI document shows it; each
operation's description names its scope. ``/api/v1`` and ``/metrics`` use both.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Annotated, Any, cast

from fastapi import Depends, Request
from fastapi.responses import Response
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from compliance.callers.errors import InsufficientScope, InvalidToken
from compliance.callers.tokens import verify_api_token
from compliance.core.errors import GuardError
from compliance.http.responses import guard_error_response
from compliance.people.service import Actor
from compliance.portal.runtime import PortalRuntime
from compliance.portal.security import API_HEADERS
from compliance.store import read_session

bearer = HTTPBearer(auto_error=False, description="A token from `cndp-guard tokens create`.")


@dataclass(frozen=True, slots=True)
class Caller:
    token_id: str
    name: str
    scopes: frozenset[str]

    @property
    def actor(self) -> Actor:
        return Actor(name=f"api:{self.token_id}", channel="api")


def runtime_of(request: Request) -> PortalRuntime:
    return cast(PortalRuntime, request.app.state.portal)


RuntimeDep = Annotated[PortalRuntime, Depends(runtime_of)]


def require(scope: str) -> Callable[..., Awaitable[Caller]]:
    """A dependency admitting tokens that carry ``scope``."""

    async def caller(
        runtime: RuntimeDep,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Caller:
        token = credentials.credentials if credentials else None

        def check() -> Caller:
            with read_session(runtime.service.engine) as session:
                row = verify_api_token(session=session, token=token)
            return Caller(token_id=row.id, name=row.name, scopes=frozenset(row.scopes.split()))

        found = await asyncio.to_thread(check)
        if scope not in found.scopes:
            raise InsufficientScope(scope)
        return found

    return caller


class BearerRoute(APIRoute):
    """Adds no-store headers and RFC 6750 ``WWW-Authenticate`` to a bearer route's answers."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                response = await handler(request)
            except GuardError as exc:
                response = guard_error_response(exc)
                if isinstance(exc, InvalidToken):
                    response.headers["WWW-Authenticate"] = (
                        'Bearer realm="cndp-guard", error="invalid_token"'
                    )
                elif isinstance(exc, InsufficientScope):
                    response.headers["WWW-Authenticate"] = (
                        'Bearer realm="cndp-guard", error="insufficient_scope",'
                        f' scope="{exc.scope}"'
                    )
            response.headers.update(API_HEADERS)
            return response

        return route
