"""Remote images, fetched only where a route allows it, then read like inline ones.

A caller's URL is a request to make from inside the network (SSRF), so the rules are
strict and checked on the URL exactly as the client will send it (``httpx.URL``, no
second parser to disagree with): ``https`` only; the host and port one of the route's
``images.fetch_hosts`` (names, never IP literals; a port only when listed with it); no
userinfo. Redirects are not followed by the client: one to the same host and port is
checked and followed here (three at most), one elsewhere fails the fetch. The answer
must be ``200`` with a PNG, JPEG or WebP content type, within ``fetch_max_bytes`` (read
in chunks, stopped at the limit) and ``fetch_timeout_seconds`` for the whole fetch.

Messages never quote the URL or the host: they are the caller's text.
"""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
from pathlib import Path

import httpx

from compliance.core.errors import ImageFetchFailed, ImageTooLarge, ImageUrlRefused
from compliance.core.settings import RouteImages

MAX_REDIRECTS = 3
_TYPES = frozenset({"image/png", "image/jpeg", "image/webp"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def checked_url(url: str | httpx.URL, images: RouteImages, *, where: str) -> httpx.URL:
    """``url`` parsed as the client will send it, if ``images`` allows fetching it.

    Raises:
        ImageUrlRefused: Not https, userinfo, an IP literal, or a host and port not listed.
    """
    if not images.fetch_hosts:
        raise ImageUrlRefused(
            f"{where} is a remote URL and this route fetches none; send the image inline"
            " as a data: URL (or list the host in routes.<name>.images.fetch_hosts)",
            param=where,
        )
    if isinstance(url, str) and (not url.isascii() or any(c.isspace() or c == "\\" for c in url)):
        raise ImageUrlRefused(f"{where} is not a plain https URL", param=where)
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise ImageUrlRefused(f"{where} is not a valid URL", param=where) from None
    if parsed.scheme != "https":
        raise ImageUrlRefused(f"{where}: only https image URLs are fetched", param=where)
    if parsed.userinfo:
        raise ImageUrlRefused(f"{where}: URLs with a user or password are refused", param=where)
    host = parsed.host
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    else:
        raise ImageUrlRefused(f"{where}: IP-literal hosts are refused; name the host", param=where)
    port = parsed.port
    allowed = host in images.fetch_hosts if port in (None, 443) else False
    allowed = allowed or f"{host}:{port or 443}" in images.fetch_hosts
    if not allowed:
        raise ImageUrlRefused(
            f"{where}: the host is not one this route fetches images from"
            " (routes.<name>.images.fetch_hosts)",
            param=where,
        )
    return parsed


class ImageFetcher:
    """Fetches allowed remote images with one shared client (no redirects, no proxies)."""

    def __init__(
        self, *, client: httpx.AsyncClient | None = None, ca_file: Path | None = None
    ) -> None:
        # Certificates are always verified: against ``ca_file`` when given (a private CA
        # of the allowed hosts), else the system's authorities.
        verify: ssl.SSLContext | bool = (
            ssl.create_default_context(cafile=str(ca_file)) if ca_file is not None else True
        )
        self._client = client or httpx.AsyncClient(
            follow_redirects=False, trust_env=False, verify=verify
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def fetch(self, url: str, *, images: RouteImages, where: str) -> bytes:
        """The image's bytes, within the route's limits.

        Raises:
            ImageUrlRefused: The URL may not be fetched (422).
            ImageFetchFailed: No image came back in time, of an image type, with 200 (422).
            ImageTooLarge: More than ``fetch_max_bytes`` (413).
        """
        target = checked_url(url, images, where=where)
        try:
            async with asyncio.timeout(images.fetch_timeout_seconds):
                return await self._follow(target, images, where=where)
        except TimeoutError:
            raise ImageFetchFailed(
                f"{where}: the image did not arrive within {images.fetch_timeout_seconds:g} s",
                param=where,
            ) from None
        except httpx.HTTPError as exc:
            raise ImageFetchFailed(
                f"{where}: the image could not be fetched ({type(exc).__name__})", param=where
            ) from None

    async def _follow(self, target: httpx.URL, images: RouteImages, *, where: str) -> bytes:
        for _ in range(MAX_REDIRECTS + 1):
            request = self._client.build_request(
                "GET", target, headers={"accept": ", ".join(sorted(_TYPES))}
            )
            response = await self._client.send(request, stream=True)
            try:
                if response.status_code in _REDIRECTS and "location" in response.headers:
                    following = target.join(response.headers["location"])
                    if (following.host, following.port) != (target.host, target.port):
                        raise ImageFetchFailed(
                            f"{where}: the host redirected to another host, which is not followed",
                            param=where,
                        )
                    target = checked_url(following, images, where=where)
                    continue
                return await _body(response, images, where=where)
            finally:
                await response.aclose()
        raise ImageFetchFailed(f"{where}: more than {MAX_REDIRECTS} redirects", param=where)


async def _body(response: httpx.Response, images: RouteImages, *, where: str) -> bytes:
    if response.status_code != 200:
        raise ImageFetchFailed(
            f"{where}: the image host answered {response.status_code}, not 200", param=where
        )
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in _TYPES:
        raise ImageFetchFailed(
            f"{where}: the answer is not a PNG, JPEG or WebP image (by its content type)",
            param=where,
        )
    limit = images.fetch_max_bytes
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ImageTooLarge(f"{where}: the image is larger than {limit} bytes", param=where)
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise ImageTooLarge(f"{where}: the image is larger than {limit} bytes", param=where)
        chunks.append(chunk)
    return b"".join(chunks)
