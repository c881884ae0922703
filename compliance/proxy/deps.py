"""FastAPI dependencies as ``Annotated`` aliases; everything comes from ``app.state``.

One bundle, ``Runtime``: a route takes ``StateDep`` and reads the parts it uses from it,
instead of one parameter per part repeated on every route.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from typing import Annotated, cast

from fastapi import Depends, Request

from compliance.core.metrics import Metrics
from compliance.core.settings import Settings
from compliance.crypto import KeyRing
from compliance.guard.pipeline import Guard
from compliance.proxy.auth import ProxyAuthenticator
from compliance.proxy.forward import Upstreams


@dataclass
class Runtime:
    """The parts one app instance runs with, built by ``create_app``."""

    settings: Settings
    guard: Guard
    upstreams: Upstreams
    keys: KeyRing
    metrics: Metrics
    auth: ProxyAuthenticator
    ready: bool = False
    warm_up_failed: bool = False
    # Set once warm-up ends, well or not: requests that came early wait for it.
    warm_up_done: asyncio.Event = field(default_factory=asyncio.Event)

    async def wait_ready(self, seconds: float) -> bool:
        """Whether the models are warm, waiting up to ``seconds`` for them.

        With several workers on one socket, a pod is ready once one worker is, and the
        kernel may hand a connection to one still loading its models: waiting a few
        seconds answers that request instead of refusing it (nothing leaves unscanned
        either way).
        """
        if self.ready or self.warm_up_failed or seconds <= 0:
            return self.ready
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self.warm_up_done.wait()
        return self.ready


def _runtime(request: Request) -> Runtime:
    return cast(Runtime, request.app.state.runtime)


StateDep = Annotated[Runtime, Depends(_runtime)]
