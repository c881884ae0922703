"""Test-only hooks, set through ``testing.*`` settings and refused in production.

A test that must see the sidecar while it warms up cannot rely on model loading being
slow enough to observe: on a fast machine it is over before the first probe, on a loaded
one the probe times out. ``testing.hold_warm_up_until`` makes warm-up wait for a file the
test creates when it has seen what it wanted: an event, not a race against the clock.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import structlog

log = structlog.get_logger(__name__)

_POLL_SECONDS = 0.02


async def hold_warm_up(until: Path | None) -> None:
    """Return once ``until`` exists (at once when ``None``); cancelled with the app.

    Polled on the event loop rather than waited for in a thread, so that shutting the app
    down while it is held does not wait for the file.
    """
    if until is None:
        return
    log.warning("sidecar.warm_up_held", until=str(until), hint="testing.hold_warm_up_until")
    # Polled: the file is the test's signal and there is no event to wait on across
    # processes. A stat call, in a thread so the event loop never waits on the disk.
    while not await asyncio.to_thread(until.exists):  # noqa: ASYNC110 - a file, see above
        await asyncio.sleep(_POLL_SECONDS)
    log.info("sidecar.warm_up_released")
