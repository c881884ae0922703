"""Fair detection: no request holds the detector long enough to stall the others.

The detector analyzes one batch at a time (its pipelines are not shared between
threads). Without a scheduler, a request with 850,000 characters of text holds it
for tens of seconds and every other request of the worker waits behind it. Here
each request's texts become **units** of at most ``slice_chars`` characters: short
texts are batched together (one ``nlp.pipe`` pass, as before), a longer text is cut
into overlapping slices. Units of the requests in flight run **round-robin** on
one detection thread: a one-unit request waits for at most one unit of each
request ahead of it, whatever their size.

Slices overlap by ``overlap_chars`` and are cut at white space, so a value shorter
than the overlap lies whole in one slice; spans found in both are merged. A value
written with long runs of white space between its pieces ("0 6 1 2" with thirty
spaces between digits) can be longer than the overlap: each cut is therefore read
once more for identifiers, ``seam_chars`` either side of it, with every run of
white space squeezed to one space. A text is read in slices only past
``slice_chars``, so ordinary messages are analyzed exactly as before.

Budgets, checked before any unit runs (fail closed: nothing is forwarded):

- a request with more than ``max_request_chars`` characters to analyze gets 413
  ``detection_budget_exceeded``;
- a request that would bring the characters waiting for the detector past
  ``max_pending_chars`` gets 503 ``detection_overloaded`` (retry later).
"""

from __future__ import annotations

import asyncio
import re
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from compliance.core.errors import DetectionBudgetExceeded, DetectionError, DetectionOverloaded
from compliance.detect.seams import add_span
from compliance.detect.types import Detector, Span

__all__ = ["FairDetector", "slices"]

# How far back from a slice's end a cut looks for white space before cutting a word.
_CUT_LOOKBACK = 64


def slices(text: str, *, size: int, overlap: int) -> list[tuple[int, str]]:
    """``(offset, piece)`` pieces of ``text``, each at most ``size`` characters.

    Consecutive pieces share at least ``overlap`` characters; cuts fall on white
    space when there is some within the last characters of a piece.
    """
    if len(text) <= size:
        return [(0, text)]
    if not 0 <= overlap < size // 2:
        raise ValueError("overlap must be under half the slice size")
    out: list[tuple[int, str]] = []
    start = 0
    while True:
        end = min(start + size, len(text))
        if end < len(text):
            space = text.rfind(" ", max(end - _CUT_LOOKBACK, start + 1), end)
            end = space if space > start + overlap else end
        out.append((start, text[start:end]))
        if end >= len(text):
            return out
        # Back to the white space before the overlap's start: the overlap only grows.
        next_start = end - overlap
        space = text.rfind(" ", start + 1, next_start)
        start = space + 1 if space != -1 and next_start - space <= _CUT_LOOKBACK else next_start


@dataclass(slots=True)
class _Unit:
    # (index of the text in the request, offset of the piece in it, the piece)
    pieces: list[tuple[int, int, str]]
    chars: int
    # A seam: the piece is a squeezed window, ``origin[i]`` the text offset of its
    # character i; read for identifiers only.
    origin: tuple[int, ...] = ()


_WHITE_RUN = re.compile(r"\s{2,}")


def squeezed(text: str, start: int, end: int) -> tuple[str, tuple[int, ...]]:
    """``text[start:end]`` with every run of white space as one space, and the map back."""
    out: list[str] = []
    origin: list[int] = []
    position = start
    for match in _WHITE_RUN.finditer(text, start, end):
        out.append(text[position : match.start()])
        origin.extend(range(position, match.start()))
        out.append(" ")
        origin.append(match.start())
        position = match.end()
    out.append(text[position:end])
    origin.extend(range(position, end))
    return "".join(out), tuple(origin)


@dataclass(slots=True)
class _Job:
    analyze: Callable[[Sequence[str]], list[list[Span]]]
    units: deque[_Unit]
    spans: list[list[Span]]
    done: asyncio.Future[list[list[Span]]]


class FairDetector:
    """A ``Detector``'s analyses for concurrent requests, in bounded units, round-robin.

    ``on_pending`` (if given) is called with the characters waiting after every
    change, for a gauge.
    """

    def __init__(
        self,
        detector: Detector,
        *,
        slice_chars: int = 4096,
        overlap_chars: int = 256,
        seam_chars: int = 2048,
        max_request_chars: int = 1_000_000,
        max_pending_chars: int = 4_000_000,
        on_pending: Callable[[int], None] | None = None,
    ) -> None:
        if not 0 <= overlap_chars < slice_chars // 2:
            raise ValueError("overlap_chars must be under half of slice_chars")
        self.detector = detector
        self._slice = slice_chars
        self._overlap = overlap_chars
        self._seam = seam_chars
        self._max_request = max_request_chars
        self._max_pending = max_pending_chars
        self._on_pending = on_pending
        self._jobs: deque[_Job] = deque()
        self._pending = 0
        self._worker: asyncio.Task[None] | None = None

    @property
    def pending_chars(self) -> int:
        """Characters of admitted requests not analyzed yet."""
        return self._pending

    async def analyze(self, texts: Sequence[str]) -> list[list[Span]]:
        """``Detector.analyze`` of ``texts``, sharing the detector fairly."""
        return await self._submit(self.detector.analyze, texts)

    async def analyze_identifiers(self, texts: Sequence[str]) -> list[list[Span]]:
        """``Detector.analyze_identifiers`` of ``texts``, sharing the detector fairly."""
        return await self._submit(self.detector.analyze_identifiers, texts)

    def _units(self, texts: Sequence[str]) -> list[_Unit]:
        units: list[_Unit] = []
        batch: list[tuple[int, int, str]] = []
        size = 0
        for index, text in enumerate(texts):
            if not text.strip():
                continue
            if len(text) > self._slice:
                pieces = slices(text, size=self._slice, overlap=self._overlap)
                for offset, piece in pieces:
                    units.append(_Unit([(index, offset, piece)], len(piece)))
                for cut, _ in pieces[1:]:
                    low, high = max(0, cut - self._seam), min(len(text), cut + self._seam)
                    window, origin = squeezed(text, low, high)
                    if len(window) < high - low:  # nothing squeezed: the slices read it all
                        units.append(_Unit([(index, 0, window)], len(window), origin))
                continue
            if batch and size + len(text) > self._slice:
                units.append(_Unit(batch, size))
                batch, size = [], 0
            batch.append((index, 0, text))
            size += len(text)
        if batch:
            units.append(_Unit(batch, size))
        return units

    async def _submit(
        self, analyze: Callable[[Sequence[str]], list[list[Span]]], texts: Sequence[str]
    ) -> list[list[Span]]:
        units = self._units(texts)
        chars = sum(unit.chars for unit in units)
        if not units:
            return [[] for _ in texts]
        if chars > self._max_request:
            raise DetectionBudgetExceeded(
                f"the request holds {chars} characters to analyze, more than the"
                f" {self._max_request} one request may take (detection.max_request_chars);"
                " send it in smaller requests"
            )
        if self._pending and self._pending + chars > self._max_pending:
            raise DetectionOverloaded(
                "the detector has more text waiting than detection.max_pending_chars;"
                " retry in a few seconds"
            )
        loop = asyncio.get_running_loop()
        job = _Job(analyze, deque(units), [[] for _ in texts], loop.create_future())
        self._jobs.append(job)
        self._change(chars)
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._run())
        try:
            return await asyncio.shield(job.done)
        except asyncio.CancelledError:
            # The request is gone: its units left are not analyzed for nobody.
            self._drop(job)
            raise

    def _drop(self, job: _Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        # A unit in flight is counted down when it ends; the ones left are not run.
        self._change(-sum(unit.chars for unit in job.units))
        job.units.clear()
        if not job.done.done():
            job.done.cancel()

    def _change(self, delta: int) -> None:
        self._pending += delta
        if self._on_pending is not None:
            self._on_pending(self._pending)

    async def _run(self) -> None:
        while self._jobs:
            batch = self._next_batch()
            analyze = self._analysis(*batch[0])
            pieces = [piece for _, unit in batch for _, _, piece in unit.pieces]
            try:
                found = await asyncio.to_thread(analyze, pieces)
            except Exception as exc:
                if len(batch) == 1:
                    self._fail(*batch[0], exc)
                    continue
                # Each unit alone again, so a failure fails its own request only.
                for job, unit in batch:
                    if job.done.done():
                        self._change(-unit.chars)
                        continue
                    try:
                        alone = await asyncio.to_thread(
                            self._analysis(job, unit), [p for _, _, p in unit.pieces]
                        )
                    except Exception as each:
                        self._fail(job, unit, each)
                        continue
                    self._deliver(job, unit, alone)
                continue
            position = 0
            for job, unit in batch:
                self._deliver(job, unit, found[position : position + len(unit.pieces)])
                position += len(unit.pieces)

    def _next_batch(self) -> list[tuple[_Job, _Unit]]:
        """The next unit of the next job, with the next units of the jobs after it.

        Requests in flight share one detector call (one ``nlp.pipe`` pass: the NER's
        cost per call is paid once) while their units add up to ``slice_chars`` or
        less and take the same analysis; each job gives at most one unit a call, so
        the round-robin order is kept and a call stays bounded.
        """
        job = self._jobs.popleft()
        batch = [(job, job.units.popleft())]
        analysis = self._analysis(*batch[0])
        chars = batch[0][1].chars
        for other in list(self._jobs):
            if chars >= self._slice:
                break
            unit = other.units[0]
            if chars + unit.chars > self._slice or self._analysis(other, unit) != analysis:
                continue
            self._jobs.remove(other)
            batch.append((other, other.units.popleft()))
            chars += unit.chars
        return batch

    def _analysis(self, job: _Job, unit: _Unit) -> Callable[[Sequence[str]], list[list[Span]]]:
        return self.detector.analyze_identifiers if unit.origin else job.analyze

    def _fail(self, job: _Job, unit: _Unit, exc: Exception) -> None:
        self._change(-unit.chars - sum(u.chars for u in job.units))
        job.units.clear()
        if job in self._jobs:
            self._jobs.remove(job)
        if not job.done.done():
            error = (
                exc
                if isinstance(exc, DetectionError)
                else DetectionError(f"detection failed: {type(exc).__name__}")
            )
            job.done.set_exception(error)

    def _deliver(self, job: _Job, unit: _Unit, found: Sequence[list[Span]]) -> None:
        """A unit's spans into its job; the job back in line, or done."""
        self._change(-unit.chars)
        if job.done.done():
            return  # dropped while its unit ran
        for (index, offset, _), spans in zip(unit.pieces, found, strict=True):
            target = job.spans[index]
            for span in spans:
                if unit.origin:  # a seam: back from the squeezed window to the text
                    start, end = unit.origin[span.start], unit.origin[span.end - 1] + 1
                    add_span(target, Span(span.entity_type, start, end, span.score))
                    continue
                shifted = Span(span.entity_type, span.start + offset, span.end + offset, span.score)
                if offset:
                    add_span(target, shifted)
                else:
                    target.append(shifted)
        if job.units:
            self._jobs.append(job)
        else:
            job.done.set_result([sorted(s, key=lambda s: s.start) for s in job.spans])
