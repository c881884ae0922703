"""Step 8, forwarding: what leaves for the upstream, and how its failures are named.

The network edge is an ``httpx.MockTransport``: it sees the request exactly as it would
leave, and raises the transport errors a real connection raises.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest

from compliance.core.errors import UnknownRoute, UpstreamTimeout, UpstreamUnreachable
from compliance.core.settings import Route
from compliance.proxy.forward import Upstreams, response_headers

Handler = Callable[[httpx.Request], httpx.Response]
REQUEST_ID = "4f1c" * 8
BODY = b'{"model":"assistant","messages":[]}'
# What httpx adds to every request by itself: the upstream sees these too.
HTTPX_OWN = {"host", "user-agent", "accept-encoding", "connection", "content-length"}


def send(
    handler: Handler,
    *,
    route: Route | None = None,
    accept: str | None = None,
    body: bytes | None = BODY,
    path: str = "/v1/chat/completions",
) -> httpx.Response:
    upstreams = Upstreams(
        {"llm": route or Route(upstream="http://upstream.test/base", country="MA")},
        transport=httpx.MockTransport(handler),
    )

    async def run() -> httpx.Response:
        try:
            response = await upstreams.send(
                "llm",
                method="POST" if body is not None else "GET",
                path=path,
                body=body,
                request_id=REQUEST_ID,
                accept=accept,
            )
            await response.aread()
            return response
        finally:
            await upstreams.aclose()

    return asyncio.run(run())


def recorded(**kwargs: object) -> httpx.Request:
    """The one request the upstream received."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"ok": True})

    send(handler, **kwargs)  # type: ignore[arg-type]
    [request] = seen
    return request


def test_only_the_allowed_headers_leave_with_the_request_id_and_the_minimized_body() -> None:
    request = recorded()
    assert set(request.headers) - HTTPX_OWN == {"x-request-id", "accept", "content-type"}
    assert request.headers["x-request-id"] == REQUEST_ID
    assert request.headers["content-type"] == "application/json"
    assert request.read() == BODY


def test_the_path_is_joined_to_the_routes_base_url() -> None:
    request = recorded()
    assert str(request.url) == "http://upstream.test/base/v1/chat/completions"


def test_a_request_without_body_has_no_content_type() -> None:
    request = recorded(body=None, path="/v1/models")
    assert request.method == "GET"
    assert "content-type" not in request.headers


def test_the_routes_credentials_and_operator_headers_are_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CG_TEST_UPSTREAM_KEY", "sk-route-key")
    route = Route(
        upstream="http://upstream.test",
        country="MA",
        api_key_env="CG_TEST_UPSTREAM_KEY",
        headers={"X-Tenant": "ops"},
    )
    request = recorded(route=route)
    assert request.headers["authorization"] == "Bearer sk-route-key"
    assert request.headers["x-tenant"] == "ops"
    assert set(request.headers) - HTTPX_OWN == {
        "authorization",
        "x-tenant",
        "x-request-id",
        "accept",
        "content-type",
    }


def test_a_route_without_credentials_sends_no_authorization() -> None:
    assert "authorization" not in recorded().headers


@pytest.mark.parametrize(
    ("accept", "sent"),
    [
        # kept: media types the sidecar can scan
        ("text/event-stream", "text/event-stream"),
        ("application/json; q=0.9, text/event-stream", "application/json, text/event-stream"),
        ("*/*", "*/*"),
        # replaced by JSON: anything else, or nothing
        ("text/html", "application/json"),
        ("application/json, text/html", "application/json"),
        (None, "application/json"),
    ],
)
def test_the_accept_header_is_one_of_the_known_media_types(accept: str | None, sent: str) -> None:
    assert recorded(accept=accept).headers["accept"] == sent


@pytest.mark.parametrize(
    ("error", "expected", "may_have_reached"),
    [
        # before anything was sent
        (httpx.ConnectError("refused"), UpstreamUnreachable, False),
        (httpx.ConnectTimeout("slow to connect"), UpstreamTimeout, False),
        # after the request may have left
        (httpx.ReadError("reset"), UpstreamUnreachable, True),
        (httpx.ReadTimeout("slow to answer"), UpstreamTimeout, True),
    ],
)
def test_transport_failures_are_named_and_say_whether_the_request_may_have_left(
    error: httpx.TransportError, expected: type[Exception], may_have_reached: bool
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    with pytest.raises(expected) as caught:
        send(handler)
    assert isinstance(caught.value, UpstreamUnreachable | UpstreamTimeout)
    assert caught.value.may_have_reached is may_have_reached
    assert caught.value.message.startswith("route 'llm': the upstream ")


def test_the_error_statuses_are_502_and_504() -> None:
    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow")

    with pytest.raises(UpstreamUnreachable) as unreachable:
        send(refused)
    with pytest.raises(UpstreamTimeout) as timeout:
        send(slow)
    assert (unreachable.value.status, unreachable.value.code) == (502, "upstream_unreachable")
    assert (timeout.value.status, timeout.value.code) == (504, "upstream_timeout")


def test_an_unknown_route_is_refused_without_echoing_its_name() -> None:
    upstreams = Upstreams({"llm": Route(upstream="http://upstream.test", country="MA")})
    with pytest.raises(UnknownRoute) as caught:
        upstreams.route("caller-text-x9")
    assert "caller-text-x9" not in caught.value.message
    assert "llm" in caught.value.message
    asyncio.run(upstreams.aclose())


def test_only_the_allowed_answer_headers_reach_the_caller() -> None:
    answer = httpx.Response(
        200,
        headers={
            "content-type": "application/json",
            "x-request-id": "upstream-id",
            "openai-model": "m",
            "openai-processing-ms": "12",
            "set-cookie": "session=1",
            "server": "upstream/1.0",
            "x-internal-host": "10.0.0.7",
        },
    )
    assert set(response_headers(answer)) == {
        "content-type",
        "x-request-id",
        "openai-model",
        "openai-processing-ms",
    }
