"""Remote images: fetched only from a route's allow-list, within limits, never redirected away.

The network edge is an ``httpx.MockTransport``: it records every request, so a refused
URL is shown to have sent nothing at all.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest

from compliance.core.errors import ImageFetchFailed, ImageTooLarge, ImageUrlRefused
from compliance.core.settings import RouteImages
from compliance.images import ImageFetcher
from tests.images.drawing import encoded, plain_product

PNG = encoded(plain_product())
ALLOWED = RouteImages(
    fetch_hosts=("img.example.ma", "cdn.example.ma:8443"),
    fetch_max_bytes=len(PNG) + 10,
    fetch_timeout_seconds=5,
)


def fetch(
    url: str,
    handler: Callable[[httpx.Request], httpx.Response] | None = None,
    images: RouteImages = ALLOWED,
) -> tuple[bytes | BaseException, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if handler is not None:
            return handler(request)
        return httpx.Response(200, headers={"content-type": "image/png"}, content=PNG)

    async def run() -> bytes | BaseException:
        client = httpx.AsyncClient(transport=httpx.MockTransport(record), follow_redirects=False)
        fetcher = ImageFetcher(client=client)
        try:
            return await fetcher.fetch(url, images=images, where="messages[0].content[1]")
        except Exception as exc:
            return exc
        finally:
            await fetcher.aclose()

    return asyncio.run(run()), seen


def test_an_allowed_https_image_is_fetched() -> None:
    got, seen = fetch("https://img.example.ma/products/mug.png")
    assert got == PNG
    assert [str(r.url) for r in seen] == ["https://img.example.ma/products/mug.png"]
    assert "cookie" not in seen[0].headers
    assert "authorization" not in seen[0].headers


def test_a_listed_port_is_fetched() -> None:
    got, _ = fetch("https://cdn.example.ma:8443/a.png")
    assert got == PNG


@pytest.mark.parametrize(
    "url",
    [
        # not https
        "http://img.example.ma/a.png",
        "ftp://img.example.ma/a.png",
        "file:///etc/passwd",
        # a host not listed, or listed one spelled otherwise
        "https://evil.example.com/a.png",
        "https://img.example.ma.evil.com/a.png",
        "https://img.example.ma./a.png",
        "https://sub.img.example.ma/a.png",
        # a port not listed
        "https://img.example.ma:8443/a.png",
        "https://cdn.example.ma/a.png",
        # userinfo, which some parsers read as the host
        "https://user:pw@img.example.ma/a.png",
        "https://img.example.ma@evil.com/a.png",
        # IP literals, in every spelling
        "https://127.0.0.1/a.png",
        "https://[::1]/a.png",
        "https://169.254.169.254/latest/meta-data",
        "https://2130706433/a.png",
        # parser differentials
        "https://evil.com\\@img.example.ma/a.png",
        "https://img.example.ma /a.png",
        "https://ímg.example.ma/a.png",
    ],
)
def test_a_url_off_the_allow_list_is_refused_and_nothing_is_sent(url: str) -> None:
    got, seen = fetch(url)
    assert isinstance(got, ImageUrlRefused)
    assert (got.status, got.code) == (422, "image_url_refused")
    assert seen == []
    assert url not in got.message


def test_a_route_without_fetch_hosts_fetches_nothing() -> None:
    got, seen = fetch("https://img.example.ma/a.png", images=RouteImages())
    assert isinstance(got, ImageUrlRefused)
    assert "data: URL" in got.message
    assert seen == []


def test_a_redirect_to_another_host_is_not_followed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "https://169.254.169.254/x"})

    got, seen = fetch("https://img.example.ma/a.png", handler)
    assert isinstance(got, ImageFetchFailed)
    assert len(seen) == 1


def test_a_redirect_on_the_same_host_is_followed_and_checked() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old.png":
            return httpx.Response(301, headers={"location": "/new.png"})
        return httpx.Response(200, headers={"content-type": "image/png"}, content=PNG)

    got, seen = fetch("https://img.example.ma/old.png", handler)
    assert got == PNG
    assert [r.url.path for r in seen] == ["/old.png", "/new.png"]


def test_a_redirect_to_http_on_the_same_host_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "http://img.example.ma/a.png"})

    got, seen = fetch("https://img.example.ma/a.png", handler)
    assert isinstance(got, (ImageFetchFailed, ImageUrlRefused))
    assert len(seen) == 1


def test_a_redirect_loop_stops() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "/again.png"})

    got, seen = fetch("https://img.example.ma/a.png", handler)
    assert isinstance(got, ImageFetchFailed)
    assert len(seen) == 4


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (httpx.Response(404, headers={"content-type": "image/png"}, content=PNG), ImageFetchFailed),
        (
            httpx.Response(200, headers={"content-type": "text/html"}, content=b"<h1>"),
            ImageFetchFailed,
        ),
        (httpx.Response(200, content=PNG), ImageFetchFailed),  # no content type
        (
            httpx.Response(200, headers={"content-type": "image/svg+xml"}, content=b"<svg/>"),
            ImageFetchFailed,
        ),
        (
            httpx.Response(200, headers={"content-type": "image/png"}, content=PNG + b"x" * 100),
            ImageTooLarge,
        ),
    ],
)
def test_an_answer_that_is_not_a_small_enough_image_fails_the_fetch(response, error) -> None:
    got, _ = fetch("https://img.example.ma/a.png", lambda request: response)
    assert isinstance(got, error)


def test_a_body_longer_than_the_limit_is_stopped_while_streaming() -> None:
    """No content-length: the reader stops at the limit instead of holding it all."""
    chunks_sent: list[int] = []

    async def stream():
        for _ in range(1000):
            chunks_sent.append(1)
            yield b"x" * 4096

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "image/png"}, content=stream())

    got, _ = fetch("https://img.example.ma/a.png", handler)
    assert isinstance(got, ImageTooLarge)
    assert len(chunks_sent) < 1000


def test_a_fetch_that_does_not_end_in_time_fails() -> None:
    """The host never answers (the handler waits on an event nobody sets)."""
    never = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        await never.wait()
        raise AssertionError("unreachable")

    images = RouteImages(fetch_hosts=("img.example.ma",), fetch_timeout_seconds=0.2)
    got, _ = fetch("https://img.example.ma/a.png", handler, images)  # type: ignore[arg-type]
    assert isinstance(got, ImageFetchFailed)
    assert "did not arrive" in got.message


def test_a_connection_error_fails_the_fetch() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    got, _ = fetch("https://img.example.ma/a.png", handler)
    assert isinstance(got, ImageFetchFailed)
