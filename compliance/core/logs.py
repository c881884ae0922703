"""Structured JSON logs. Events carry ids, counts, types and codes: never payload values."""

from __future__ import annotations

import logging
import sys

import structlog


class _CurrentStderr:
    """Writes to whatever ``sys.stderr`` is at the time of the write (tests swap it)."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


_URL_LOGGERS = ("httpx", "httpcore", "urllib3", "uvicorn.access", "hpack")
# Pillow logs the EXIF tags it reads with their values at DEBUG (an owner's name, a
# serial number, GPS coordinates): an image's metadata never reaches the logs either.
_CONTENT_LOGGERS = ("PIL",)


def configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(stream=_CurrentStderr(), level=level, format="%(message)s", force=True)
    quiet = max(logging.WARNING, logging.getLevelName(level))
    # Presidio announces every recognizer it loads at INFO: noise for an operator.
    logging.getLogger("presidio-analyzer").setLevel(quiet)
    # httpx and httpcore log each request's URL (a path is the caller's text) and,
    # at DEBUG, its headers: libraries' own lines never reach the logs below WARNING.
    for name in (*_URL_LOGGERS, *_CONTENT_LOGGERS):
        logging.getLogger(name).setLevel(quiet)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
        logger_factory=structlog.PrintLoggerFactory(file=_CurrentStderr()),  # type: ignore[arg-type]
        cache_logger_on_first_use=False,
    )
