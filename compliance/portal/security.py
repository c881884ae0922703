"""HTTP hardening of the people's side: security headers, form parsing, rate limits.

Headers: a CSP that allows only this portal's own stylesheet and forms (no script
at all: the portal works without JavaScript), no referrer (a link's token never
leaks to another site), frame denial, no sniffing, no caching of personal pages.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from urllib.parse import parse_qs

from fastapi import Request

from compliance.people.errors import FormError, RateLimited

PORTAL_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
        " frame-ancestors 'none'; base-uri 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
API_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
FORM_TYPE = "application/x-www-form-urlencoded"
MAX_FORM_BYTES = 16 * 1024


async def read_form(request: Request) -> dict[str, str]:
    """An urlencoded form of at most 16 KiB; one value per field (the first)."""
    if request.headers.get("content-type", "").split(";")[0].strip() != FORM_TYPE:
        raise FormError(f"forms are sent as {FORM_TYPE}")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise FormError("the form is too large")
    try:
        fields = parse_qs(body.decode("utf-8"), max_num_fields=32, strict_parsing=False)
    except (UnicodeDecodeError, ValueError):
        raise FormError("the form is not valid UTF-8 urlencoded data") from None
    return {name: values[0] for name, values in fields.items()}


class RateLimiter:
    """Sliding-window request counts per key, in this process's memory.

    Each replica counts on its own, so N replicas allow N times the limit; enough to
    stop a script guessing links, not a distributed attack (put a shared limiter in
    front for that). The number of keys tracked is bounded.
    """

    def __init__(self, *, window: float, max_keys: int = 50_000) -> None:
        self._window = window
        self._max_keys = max_keys
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def hit(self, key: str, *, limit: int) -> None:
        """Count one request for ``key``; raise ``RateLimited`` past ``limit`` per window."""
        now = time.monotonic()
        with self._lock:
            hits = self._hits.get(key)
            if hits is None:
                hits = self._hits[key] = deque()
                if len(self._hits) > self._max_keys:
                    self._hits.popitem(last=False)
            self._hits.move_to_end(key)
            while hits and now - hits[0] >= self._window:
                hits.popleft()
            if len(hits) >= limit:
                raise RateLimited(retry_after=max(1, int(self._window - (now - hits[0])) + 1))
            hits.append(now)


def client_address(request: Request) -> str:
    """The peer address (behind a proxy, run uvicorn with --proxy-headers to get the client's)."""
    return request.client.host if request.client else "unknown"
