"""Step 1 of a request: read the body within its limit and parse it as UTF-8 JSON."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request

from compliance.core.errors import (
    InvalidEncoding,
    InvalidJSON,
    PayloadTooLarge,
    UnsupportedMediaType,
)


async def read_body(request: Request, *, limit: int) -> bytes:
    """The raw body, refused with 413 as soon as it passes ``limit`` (never fully buffered)."""
    content_type = request.headers.get("content-type", "")
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type != "application/json" and not media_type.endswith("+json"):
        raise UnsupportedMediaType(
            # The header is the caller's text: named, not echoed.
            "this content type is not accepted; send application/json"
        )
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the body is over the limit of {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"the body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json(body: bytes) -> Any:
    """Decode strict UTF-8 JSON; bad bytes and bad syntax are told apart for the caller."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidEncoding(
            f"the body is not valid UTF-8 (bad byte at offset {exc.start}); encode it as UTF-8"
        ) from None
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise InvalidJSON(
            f"the body is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from None
