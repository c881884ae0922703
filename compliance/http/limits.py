"""Request limits at the app's edge, for every route: headers, target, body size and time.

The proxy, ``/api/v1``, the portal and ``/metrics`` are all behind them.

A pure ASGI middleware, not ``BaseHTTPMiddleware``: the checks are one loop over the
headers uvicorn has already parsed, and a byte count and a shared timer around each
body read, so the proxy's hot path does not pay for them (about 3 µs a request; see
SECURITY.md). FastAPI reads a route's whole body before its dependencies run, so
without the count a client without a token could still make ``/api/v1`` buffer any size.

uvicorn (httptools) has no limit of its own on header size and no header-read timeout:
these limits are the sidecar's floor, and the TLS-terminating proxy in front must bound
both too (SECURITY.md shows how).

Refusals use the error shape of ``compliance.http.responses`` and close the
connection. They are logged with counts and sizes only: never a header name or value,
the path or the query, any of which may carry personal data. Nothing is forwarded:
a refused request never reaches a route, or its route never gets the whole body.
"""

from __future__ import annotations

import asyncio
from typing import Any

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from compliance.core.errors import (
    BodyTimeout,
    GuardError,
    HeadersTooLarge,
    PayloadTooLarge,
    UriTooLong,
)
from compliance.core.settings import LimitsSettings
from compliance.http.responses import guard_error_response

log = structlog.get_logger(__name__)


async def _answer(exc: GuardError, scope: Scope, receive: Receive, send: Send) -> None:
    response = guard_error_response(exc)
    # The unread rest of the request must not be taken for the next request.
    response.headers["connection"] = "close"
    await response(scope, receive, send)


class RequestLimits:
    """Refuse big headers (431) and targets (414) at once, big (413) or slow (408) bodies."""

    def __init__(self, app: ASGIApp, *, limits: LimitsSettings, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_header_count = limits.max_header_count
        self.max_header_bytes = limits.max_header_bytes
        self.max_target_bytes = limits.max_target_bytes
        self.body_timeout = limits.body_timeout_seconds
        self._watch = _BodyWatch(limits.body_timeout_seconds)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = scope["headers"]
        count = len(headers)
        size = 0
        for name, value in headers:
            size += len(name) + len(value)
        if count > self.max_header_count or size > self.max_header_bytes:
            log.warning(
                "request.rejected",
                code=HeadersTooLarge.code,
                header_count=count,
                header_bytes=size,
                max_header_count=self.max_header_count,
                max_header_bytes=self.max_header_bytes,
            )
            exc: GuardError = HeadersTooLarge(
                f"the request has {count} headers of {size} bytes; at most"
                f" {self.max_header_count} headers of {self.max_header_bytes} bytes in all"
                " are accepted: send fewer or shorter headers"
            )
            await _answer(exc, scope, receive, send)
            return
        query = scope["query_string"]
        target = len(scope.get("raw_path") or scope["path"]) + (len(query) + 1 if query else 0)
        if target > self.max_target_bytes:
            log.warning(
                "request.rejected",
                code=UriTooLong.code,
                target_bytes=target,
                max_target_bytes=self.max_target_bytes,
            )
            exc = UriTooLong(
                f"the request target (path and query) is {target} bytes; at most"
                f" {self.max_target_bytes} are accepted: send the data in the body"
            )
            await _answer(exc, scope, receive, send)
            return
        await self._within_body_limits(scope, receive, send)

    async def _within_body_limits(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app; refuse a body over ``max_body_bytes`` (413) or late (408).

        Late: not complete ``body_timeout`` seconds after the headers, however it trickles.

        Only reads of the body are timed and counted: once its last chunk is in,
        ``receive`` waits for a disconnect for as long as a streamed answer lasts.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout
        watch = self._watch
        body_done = False
        received = 0
        refused: GuardError | None = None
        answered = False  # the caller got an answer to the refusal
        started = False  # the app's answer began

        async def limited_receive() -> Message:
            nonlocal body_done, received, refused
            if body_done:
                return await receive()
            try:
                message = await watch.read(receive, deadline, loop)
            except BodyTimeout as exc:
                refused = exc
                log.warning(
                    "request.rejected", code=exc.code, body_timeout_seconds=self.body_timeout
                )
                raise
            if message["type"] != "http.request":
                body_done = True
                return message
            received += len(message.get("body", b""))
            if received > self.max_body_bytes:
                refused = PayloadTooLarge(
                    f"the body is over the limit of {self.max_body_bytes} bytes"
                )
                log.warning(
                    "request.rejected",
                    code=refused.code,
                    body_bytes=received,
                    max_body_bytes=self.max_body_bytes,
                )
                raise refused
            if not message.get("more_body", False):
                body_done = True
            return message

        async def checked_send(message: Message) -> None:
            nonlocal answered, started
            if refused is None or started:
                started = True
                await send(message)
                return
            if answered:
                return
            answered = True
            if message["type"] == "http.response.start" and message["status"] == refused.status:
                # The route answered the refusal itself (the proxy does, with its request
                # id): keep its answer, and close the connection as ours do.
                started = True
                headers = [*message.get("headers", ()), (b"connection", b"close")]
                await send({**message, "headers": headers})
                return
            # Whatever else the route made of the failed read (FastAPI turns it into a
            # 400), the caller gets the refusal with its code.
            await _answer(refused, scope, receive, send)

        try:
            await self.app(scope, limited_receive, checked_send)
        except Exception:
            if refused is None or started:
                raise
        if refused is not None and not answered:
            answered = True
            await _answer(refused, scope, receive, send)


class _BodyWatch:
    """One timer for every body read of an app, instead of one per read.

    ``asyncio.timeout`` arms and cancels a loop timer per read (about 5 µs); here a
    read costs a dictionary entry, and a sweep runs every ``tick`` seconds only while
    some read waits. A read past its deadline is cancelled by the sweep and raises
    ``BodyTimeout``: a cancellation is thrown where the task waits, that is inside
    ``receive``, so no other await sees it.
    """

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.tick = min(1.0, timeout / 4)
        self._reads: dict[asyncio.Task[Any], float] = {}
        self._expired: set[asyncio.Task[Any]] = set()
        self._sweeping: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def timeout_error(self) -> BodyTimeout:
        return BodyTimeout(
            f"the body did not arrive within {self.timeout:g} s of the headers;"
            " nothing was forwarded: send the body at once"
        )

    async def read(
        self, receive: Receive, deadline: float, loop: asyncio.AbstractEventLoop
    ) -> Message:
        if loop is not self._loop:  # the same app served again, by another loop
            self._loop, self._sweeping = loop, None
            self._reads.clear()
            self._expired.clear()
        task = asyncio.current_task(loop)
        assert task is not None  # ASGI servers run each request in a task
        self._reads[task] = deadline
        if self._sweeping is None:
            self._sweeping = loop.call_later(self.tick, self._sweep)
        try:
            return await receive()
        except asyncio.CancelledError:
            if task not in self._expired:
                raise  # the server's or the client's cancellation, not ours
            task.uncancel()
            raise self.timeout_error() from None
        finally:
            self._reads.pop(task, None)
            self._expired.discard(task)

    def _sweep(self) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        for task, deadline in self._reads.items():
            if deadline <= now and task not in self._expired:
                self._expired.add(task)
                task.cancel()
        self._sweeping = loop.call_later(self.tick, self._sweep) if self._reads else None
