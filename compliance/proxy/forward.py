"""Step 8: forwarding to the upstream AI component, one pooled client per route.

Clients never choose the upstream host: the route's configured base URL is
joined with a fixed endpoint path.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from compliance.core.errors import UnknownRoute, UpstreamError, UpstreamTimeout, UpstreamUnreachable
from compliance.core.settings import Route

# What the upstream gets, and nothing else the client sent (deny by default): the
# content type of the minimized body, an Accept among these media types, the
# request id (ours, or the caller's when opaque), the route's own credentials and
# the operator's configured headers. Cookies, the client's Authorization,
# X-Subject-Id, X-Purpose, OpenAI-Organization and any custom header stay here.
ACCEPTED_MEDIA_TYPES = ("application/json", "text/event-stream", "*/*")
FORWARDED_RESPONSE_HEADERS = (
    "content-type",
    "x-request-id",
    "openai-model",
    "openai-processing-ms",
)


class Upstreams:
    def __init__(
        self, routes: Mapping[str, Route], *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        """One pooled client per route.

        Args:
            transport: the network edge, shared by the clients; httpx's own when omitted
                (tests give an ``httpx.MockTransport``).
        """
        self._routes = dict(routes)
        self._fixed_headers = {name: _fixed_headers(route) for name, route in self._routes.items()}
        self._clients = {
            name: httpx.AsyncClient(
                base_url=route.upstream,
                timeout=httpx.Timeout(route.timeout_seconds, connect=5.0),
                limits=httpx.Limits(max_connections=256, max_keepalive_connections=64),
                follow_redirects=False,
                transport=transport,
            )
            for name, route in self._routes.items()
        }

    def route(self, name: str) -> Route:
        try:
            return self._routes[name]
        except KeyError:
            raise UnknownRoute(
                # The name is the caller's text: not echoed (it could be anything).
                f"no route by that name; configured routes: {', '.join(sorted(self._routes))}"
            ) from None

    async def send(
        self,
        name: str,
        *,
        method: str,
        path: str,
        body: bytes | None,
        request_id: str,
        accept: str | None = None,
    ) -> httpx.Response:
        """Send and return the response with its body not yet read (streaming).

        Only the headers named at :data:`ACCEPTED_MEDIA_TYPES`'s comment leave.
        """
        client = self._clients[name]
        out_headers = {**self._fixed_headers[name], "x-request-id": request_id}
        out_headers["accept"] = _accept(accept)
        if body is not None:
            out_headers["content-type"] = "application/json"
        request = client.build_request(method, path, content=body, headers=out_headers)
        try:
            return await client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            error: UpstreamError = UpstreamTimeout(
                f"route {name!r}: the upstream did not answer in time"
            )
            error.may_have_reached = not isinstance(exc, httpx.ConnectTimeout)
            raise error from None
        except httpx.TransportError as exc:
            error = UpstreamUnreachable(
                f"route {name!r}: the upstream is unreachable ({type(exc).__name__})"
            )
            error.may_have_reached = not isinstance(exc, httpx.ConnectError)
            raise error from None

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.aclose()


def _fixed_headers(route: Route) -> dict[str, str]:
    """The operator's headers and the route's credentials (read once, at start)."""
    headers = dict(route.headers)
    key = route.api_key()
    if key is not None:
        headers["authorization"] = f"Bearer {key}"
    return headers


def _accept(header: str | None) -> str:
    """The client's Accept when it asks for one of the known media types, else JSON."""
    if header is not None:
        wanted = [part.split(";", 1)[0].strip().lower() for part in header.split(",")]
        if wanted and all(media in ACCEPTED_MEDIA_TYPES for media in wanted):
            return ", ".join(wanted)
    return "application/json"


def response_headers(response: httpx.Response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k.lower() in FORWARDED_RESPONSE_HEADERS}
