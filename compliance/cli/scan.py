"""``cndp-guard scan``: detect and minimize personal data in files, offline.

Reads JSONL lines ``{"id": ..., "text": ...}`` (or plain text, one text per
line) from files or stdin and writes, per input line and in input order,
``{"id", "spans": [{"entity_type", "start", "end", "score"}], "text"}`` where
``text`` is minimized: every non-sensitive span becomes ``<ENTITY_TYPE>``;
sensitive categories stay in the text, as in the sidecar with no policy
action for them. ``--format text`` prints the minimized text alone.

A bad line (invalid JSON, no text) is reported on stderr by file and line
number, never by content, and the others are still processed; the exit code
is then 1. ``--workers N`` analyzes batches in N processes (each loads its own
models), and output order stays the input order.

The progress bar (drawn for files, whose lines can be counted) starts once every
process has loaded its models: its rate and time left measure scanning, not the
seconds of model loading the first line would otherwise carry (a 19 s job used to
show 28 minutes left).

The command object is ``scan``; ``compliance/cli/__init__.py`` registers it.
"""

from __future__ import annotations

import json
import multiprocessing
import queue
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import IO, Any

import click

from compliance.cli.exits import fail

__all__ = ["scan"]

_BATCH = 64
_LANGUAGES = {"auto": ("fr", "en"), "fr": ("fr",), "en": ("en",), "ar": ("fr",)}


@dataclass(frozen=True)
class _Line:
    source: str
    number: int
    id: Any
    text: str | None  # None: the line was unusable
    problem: str = ""


def _parse(source: str, number: int, raw: str) -> _Line | None:
    stripped = raw.rstrip("\r\n")
    if not stripped.strip():
        return None
    if stripped.lstrip().startswith("{"):
        try:
            document = json.loads(stripped)
        except json.JSONDecodeError:
            return _Line(source, number, None, None, "not valid JSON")
        if not isinstance(document, dict) or not isinstance(document.get("text"), str):
            return _Line(source, number, None, None, 'no string "text" field')
        return _Line(source, number, document.get("id", number), document["text"])
    return _Line(source, number, number, stripped)


def _read(files: Sequence[IO[str]]) -> Iterator[_Line]:
    for stream in files:
        name = getattr(stream, "name", "<stdin>")
        for number, raw in enumerate(stream, start=1):
            line = _parse(name, number, raw)
            if line is not None:
                yield line


# One detector and minimizer per process, built on first use: a worker
# process loads its models once for all the batches it is given.
_STATE: dict[str, Any] = {}


def _load(languages: tuple[str, ...]) -> None:
    """Build this process's detector and minimizer and load the models (once)."""
    if "detector" not in _STATE:
        from compliance.detect.engine import PresidioDetector
        from compliance.minimize import Minimizer, PseudonymMap
        from compliance.policy.types import Decision

        detector = PresidioDetector(languages=languages, cache_size=0)
        detector.warm_up()
        _STATE["detector"] = detector
        _STATE["minimizer"] = Minimizer()
        _STATE["pseudonyms"] = PseudonymMap(key=b"scan")
        _STATE["decision"] = Decision(
            allow=True, reasons=(), actions={"default": "redact"}, policy_version="scan"
        )


def _load_in_worker(languages: tuple[str, ...], loaded: Any) -> None:
    """Pool initializer: load the models, then say so (or why not) on ``loaded``."""
    try:
        _load(languages)
    except Exception as exc:
        loaded.put(getattr(exc, "message", type(exc).__name__))
        raise
    loaded.put(None)


def _nothing() -> None:
    """A task that makes the pool start a process (processes start on demand)."""


def _start_pool(languages: tuple[str, ...], workers: int) -> ProcessPoolExecutor:
    """A pool whose ``workers`` processes have all loaded their models.

    Raises:
        DetectionError: a process could not load them, or died doing so.
    """
    from compliance.core.errors import DetectionError

    loaded: Any = multiprocessing.get_context().Queue()
    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=_load_in_worker, initargs=(languages, loaded)
    )
    starts: list[Future[None]] = [pool.submit(_nothing) for _ in range(workers)]
    ready = 0
    while ready < workers:
        try:
            problem = loaded.get(timeout=0.5)
        except queue.Empty:
            # A process killed while loading never answers: its pool is broken instead.
            broken = [f for f in starts if f.done() and f.exception() is not None]
            if broken:
                pool.shutdown(cancel_futures=True)
                reason = type(broken[0].exception()).__name__
                raise DetectionError(f"a scan worker died loading the models ({reason})") from None
            continue
        if problem is not None:
            pool.shutdown(cancel_futures=True)
            raise DetectionError(f"a scan worker could not load the models: {problem}")
        ready += 1
    return pool


def _process_batch(
    languages: tuple[str, ...], texts: list[str]
) -> list[tuple[list[dict[str, Any]], str]]:
    """Detect and minimize ``texts``; return (spans, minimized text) per text."""
    _load(languages)
    spans = _STATE["detector"].analyze(texts)
    minimized = _STATE["minimizer"].minimize(
        texts,
        spans,
        decision=_STATE["decision"],
        pseudonyms=_STATE["pseudonyms"],
        hash_key=b"scan",
    )
    return [
        (
            [
                {"entity_type": s.entity_type, "start": s.start, "end": s.end, "score": s.score}
                for s in text_spans
            ],
            text,
        )
        for text_spans, text in zip(spans, minimized, strict=True)
    ]


def _batches(lines: Iterator[_Line]) -> Iterator[list[_Line]]:
    batch: list[_Line] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


@click.command("scan")
@click.option(
    "--lang",
    type=click.Choice(["auto", "fr", "en", "ar"]),
    default="auto",
    show_default=True,
    help="auto: per text; fr/en: that spaCy model only; ar: Arabic script is always detected.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "text"]),
    default="jsonl",
    show_default=True,
)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
@click.argument("files", nargs=-1, type=click.File("r", encoding="utf-8"))
def scan(lang: str, output_format: str, workers: int, files: tuple[IO[str], ...]) -> None:
    """Detect personal data in JSONL or text lines and print them minimized."""
    from compliance.core.errors import DetectionError

    streams: Sequence[IO[str]] = files or (sys.stdin,)
    languages = _LANGUAGES[lang]
    total = sum(1 for _ in _count(files)) if files else None
    failed = 0
    out = sys.stdout
    # Models first, then the bar: its rate and time left start with the scanning.
    started = time.monotonic()
    try:
        pool = _start_pool(languages, workers) if workers > 1 else None
        if pool is None:
            _load(languages)
    except DetectionError as exc:
        fail(exc, command="scan")
    if total:
        click.echo(
            f"cndp-guard scan: models loaded in {time.monotonic() - started:.1f} s"
            f" ({workers} process{'es' if workers > 1 else ''})",
            err=True,
        )
    with (
        click.progressbar(length=total or 0, label="scanning", file=sys.stderr, show_pos=True)
        if total
        else _NoBar() as bar
    ):
        try:
            pending = []
            for batch in _batches(_read(streams)):
                texts = [line.text for line in batch if line.text is not None]
                future: Any = (
                    pool.submit(_process_batch, languages, texts)
                    if pool
                    else _Done(_process_batch(languages, texts))
                )
                pending.append((batch, future))
                # Bounded look-ahead: enough batches in flight to keep workers busy.
                while pending and (len(pending) > 2 * workers or pending[0][1].done()):
                    failed += _emit(*pending.pop(0), out, output_format, bar)
            for item in pending:
                failed += _emit(*item, out, output_format, bar)
        except DetectionError as exc:
            fail(exc, command="scan")
        finally:
            if pool:
                pool.shutdown(cancel_futures=True)
    if failed:
        fail(f"{failed} line(s) could not be processed", code=1, command="scan")


def _emit(batch: list[_Line], future: Any, out: IO[str], output_format: str, bar: Any) -> int:
    results = iter(future.result())
    failed = 0
    for line in batch:
        if line.text is None:
            click.echo(f"{line.source}:{line.number}: skipped: {line.problem}", err=True)
            failed += 1
        else:
            spans, text = next(results)
            if output_format == "text":
                out.write(text.replace("\n", " ") + "\n")
            else:
                record = {"id": line.id, "spans": spans, "text": text}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        bar.update(1)
    out.flush()
    return failed


def _count(files: Sequence[IO[str]]) -> Iterator[None]:
    """Count non-empty lines of seekable files, then rewind them (for the progress bar)."""
    for stream in files:
        if not stream.seekable():
            return
        for raw in stream:
            if raw.strip():
                yield None
        stream.seek(0)


class _Done:
    """A finished result with the ``done``/``result`` of a future (no pool)."""

    def __init__(self, value: Any) -> None:
        self._value = value

    def done(self) -> bool:
        return True

    def result(self) -> Any:
        return self._value


class _NoBar:
    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, steps: int) -> None:
        """Nothing to draw without a known length (stdin)."""


if __name__ == "__main__":
    scan()
