"""Step 8: forwarding to the upstream AI component, one pooled client per route.

Clients never choose the upstream host: the route's configured base URL is
joined with a fixed endpoint path.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from compliance.config import Route
from compliance.errors import UnknownRoute, UpstreamTimeout, UpstreamUnreachable

# Headers passed to the upstream; everything else (cookies, X-Subject-Id, X-Purpose...) stays here.
FORWARDED_REQUEST_HEADERS = ("authorization", "accept", "openai-organization", "openai-project")
FORWARDED_RESPONSE_HEADERS = (
    "content-type",
    "x-request-id",
    "openai-model",
    "openai-processing-ms",
)


class Upstreams:
    def __init__(self, routes: Mapping[str, Route]) -> None:
        self._routes = dict(routes)
        self._clients = {
            name: httpx.AsyncClient(
                base_url=route.upstream,
                timeout=httpx.Timeout(route.timeout_seconds, connect=5.0),
                limits=httpx.Limits(max_connections=256, max_keepalive_connections=64),
                follow_redirects=False,
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
        self, name: str, *, method: str, path: str, headers: Mapping[str, str], body: bytes | None
    ) -> httpx.Response:
        """Send and return the response with its body not yet read (streaming)."""
        client = self._clients[name]
        out_headers = {k: v for k, v in headers.items() if k.lower() in FORWARDED_REQUEST_HEADERS}
        if body is not None:
            out_headers["content-type"] = "application/json"
        request = client.build_request(method, path, content=body, headers=out_headers)
        try:
            return await client.send(request, stream=True)
        except httpx.TimeoutException:
            raise UpstreamTimeout(f"route {name!r}: the upstream did not answer in time") from None
        except httpx.TransportError as exc:
            raise UpstreamUnreachable(
                f"route {name!r}: the upstream is unreachable ({type(exc).__name__})"
            ) from None

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.aclose()


def response_headers(response: httpx.Response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k.lower() in FORWARDED_RESPONSE_HEADERS}
