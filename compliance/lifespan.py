"""What the app does when it starts and stops: warm the models up, then close what it opened.

Warm-up runs in the background: the port answers at once, ``/readyz`` says 503 and
proxied requests wait (``ready_wait_seconds``) or fail closed until the models are in.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import structlog
from fastapi import FastAPI
from sqlalchemy.engine import Engine

from compliance.detect.types import Detector
from compliance.hooks import hold_warm_up
from compliance.policy import CachedPolicy, EmbeddedPolicy, OpaPolicy
from compliance.proxy.deps import Runtime

log = structlog.get_logger(__name__)

Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def lifespan(
    *,
    runtime: Runtime,
    detector: Detector,
    pdp: EmbeddedPolicy | OpaPolicy | CachedPolicy,
    engine: Engine,
) -> Lifespan:
    """The app's lifespan: ``runtime`` becomes ready once ``detector`` is warm."""
    settings = runtime.settings

    async def warm_up() -> None:
        await hold_warm_up(settings.testing.hold_warm_up_until)  # tests only
        started = time.perf_counter()
        try:
            await asyncio.to_thread(detector.warm_up)
        except Exception as exc:  # stays not-ready: requests keep failing closed
            log.error("sidecar.warm_up_failed", error=type(exc).__name__)
            runtime.warm_up_failed = True
            runtime.warm_up_done.set()
            return
        runtime.ready = True
        runtime.warm_up_done.set()
        log.info(
            "sidecar.ready",
            routes=sorted(settings.routes),
            seconds=round(time.perf_counter() - started, 2),
        )

    @asynccontextmanager
    async def run(_app: FastAPI) -> AsyncIterator[None]:
        task = asyncio.create_task(warm_up())
        yield
        task.cancel()
        await runtime.upstreams.aclose()
        if isinstance(pdp, OpaPolicy | CachedPolicy):
            pdp.close()
        engine.dispose()

    return run
