"""``--engine local``: the parts run in worker processes on this machine.

Each worker process builds its runtime (models, keys, policy) once, in the pool's
initializer, and the engine waits until every one has before the first part is handed
out, so a progress bar started after ``start`` measures scrubbing, not model loading.
Processes are spawned, not forked: a child starts from a clean interpreter rather than a
copy of the driver's open database connections. With one worker the parts run in this
process (no pool), which is also what the tests use to compare engines.

On the first failed part no new part is started; parts already running finish, and their
output is kept for a resume.
"""

from __future__ import annotations

import multiprocessing
import queue
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

from compliance.scrub.dataset import Part
from compliance.scrub.errors import ScrubError
from compliance.scrub.job import ResultHandler
from compliance.scrub.runtime import worker_runtime
from compliance.scrub.worker import run_part


def _load(settings_json: str, loaded: Any) -> None:
    """Pool initializer: build this process's runtime, then say so (or why not)."""
    try:
        worker_runtime(settings_json)
    except Exception as exc:
        loaded.put(getattr(exc, "message", type(exc).__name__))
        raise
    loaded.put(None)


def _nothing() -> None:
    """A task that makes the pool start a process (they start on demand)."""


class LocalEngine:
    name = "local"

    def __init__(self, *, settings_json: str, workers: int) -> None:
        self._settings_json = settings_json
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        """Start the worker processes and wait until each has loaded its runtime.

        Raises:
            ScrubError: a worker could not load it (a missing key file, a model...).
        """
        if self._workers == 1:
            try:
                worker_runtime(self._settings_json)
            except Exception as exc:
                reason = getattr(exc, "message", type(exc).__name__)
                raise ScrubError(f"the scrub runtime could not be loaded: {reason}") from None
            return
        context = multiprocessing.get_context("spawn")
        loaded: Any = context.Queue()
        self._pool = ProcessPoolExecutor(
            max_workers=self._workers,
            mp_context=context,
            initializer=_load,
            initargs=(self._settings_json, loaded),
        )
        starts = [self._pool.submit(_nothing) for _ in range(self._workers)]
        ready = 0
        while ready < self._workers:
            try:
                problem = loaded.get(timeout=0.5)
            except queue.Empty:
                broken = [f for f in starts if f.done() and f.exception() is not None]
                if broken:
                    self.close()
                    reason = type(broken[0].exception()).__name__
                    raise ScrubError(
                        f"a scrub worker died loading its runtime ({reason})"
                    ) from None
                continue
            if problem is not None:
                self.close()
                raise ScrubError(f"a scrub worker could not load its runtime: {problem}")
            ready += 1

    def run(
        self, parts: list[Part], *, plan_json: str, staging: Path, on_result: ResultHandler
    ) -> None:
        arguments = {"plan_json": plan_json, "settings_json": self._settings_json}
        if self._pool is None:
            for part in parts:
                result = run_part(part.to_dict(), staging=str(staging), **arguments)
                if not on_result(result):
                    return
            return
        pending = list(reversed(parts))
        running: set[Future[dict[str, Any]]] = set()
        stop = False
        while pending or running:
            # Bounded look-ahead: each worker has one part running and one waiting.
            while pending and not stop and len(running) < 2 * self._workers:
                part = pending.pop()
                running.add(
                    self._pool.submit(run_part, part.to_dict(), staging=str(staging), **arguments)
                )
            if not running:
                break
            done, running = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                try:
                    result = future.result()
                except Exception as exc:  # the process died (out of memory, killed)
                    result = {
                        "part": -1,
                        "error": f"a scrub worker process died ({type(exc).__name__})",
                        "exit_code": ScrubError.exit_code,
                    }
                if not on_result(result):
                    stop = True

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
