"""The path of a request is the caller's text too: read once, kept under the route, scanned.

A generic JSON route (``kind: json``) forwards the path after ``/{route}/`` to its
upstream, and ``GET /{route}/v1/models/{id}`` forwards a model id. Both are
client-written, so deny by default: the raw path is split on ``/``, each segment
percent-decoded once (an encoded slash or backslash inside a segment is refused,
so a segment cannot become two upstream), and a segment that is empty, ``.`` or
``..`` (whatever its spelling: ``%2e``, ``%2E.``), or holds anything but letters,
digits, ``-``, ``_``, ``~`` and ``.`` is refused before anything is forwarded. The
forwarded path is rebuilt from the checked segments, so it always stays under the
route's base URL. The segments are then scanned (``Guard.check_path``); a path
holding personal data is refused (422 ``personal_data_in_path``), never
rewritten, since a rewritten path names another resource upstream.

The query string is never forwarded (the forwarded path is fixed or rebuilt).

Hierarchy (``compliance.core.errors``)::

    RequestError
    ├── InvalidPath             400 invalid_path (dot segment, encoded separator, alphabet)
    ├── UnknownRoute            404 unknown_route (an empty segment: '//', trailing '/')
    └── SchemaError
        └── PersonalDataInPath  422 personal_data_in_path
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import unquote

from compliance.core.errors import PersonalDataInPath, RequestError, UnknownRoute

__all__ = ["InvalidPath", "PersonalDataInPath", "check_model_path", "client_segments"]

_SEGMENT = re.compile(r"[A-Za-z0-9_~.-]+")
_ENCODED_SEPARATOR = re.compile(r"%(?:2f|5c)", re.IGNORECASE)
MAX_SEGMENTS = 32


class InvalidPath(RequestError):
    """A path that is not a plain relative path under the route."""

    status = 400
    code = "invalid_path"

    def __init__(self, why: str) -> None:
        # The caller's path is not echoed: it may be the very personal data refused.
        super().__init__(
            f"the path {why}; a route's path is plain segments of letters, digits, '-', '_',"
            " '~' and '.' (no '.' or '..' segments, no encoded '/' or '\\', no empty segment)"
        )


# An empty segment ('//host', a trailing '/') names nothing under the route: 404, as any
# path the route does not have.
def _no_such_path() -> UnknownRoute:
    return UnknownRoute(
        "no such path under this route: a path is plain segments, none of them empty"
        " (no '//', no trailing '/')"
    )


def client_segments(raw_path: bytes | str, *, prefix: Sequence[str]) -> tuple[str, ...]:
    """The decoded segments of ``raw_path`` after ``prefix``, checked.

    Args:
        raw_path: The path as it came on the wire (ASGI ``raw_path``), not decoded.
        prefix: The leading segments that are ours, not forwarded (``("forms",)`` for
            ``/forms/...``); checked like the others, and they must be exactly these
            (a path mounted elsewhere fails closed rather than forwarding them).

    Raises:
        InvalidPath: A segment is a dot segment, holds an encoded separator, is not
            UTF-8, or holds a character outside the plain alphabet.
        UnknownRoute: A segment is empty, the path does not start with ``prefix``,
            or nothing is left after it.
    """
    text = raw_path.decode("latin-1") if isinstance(raw_path, bytes) else raw_path
    raw = text.removeprefix("/").split("/")
    skip = len(prefix)
    if len(raw) > MAX_SEGMENTS + skip:
        raise InvalidPath(f"has more than {MAX_SEGMENTS} segments")
    segments: list[str] = []
    for piece in raw:
        if _ENCODED_SEPARATOR.search(piece):
            raise InvalidPath("has an encoded '/' or '\\' inside a segment")
        try:
            segment = unquote(piece, errors="strict")
        except UnicodeDecodeError:
            raise InvalidPath("is not UTF-8 once decoded") from None
        if not segment:
            raise _no_such_path()
        if set(segment) == {"."}:
            raise InvalidPath("has a dot segment ('.' or '..', encoded or not)")
        if not _SEGMENT.fullmatch(segment):
            raise InvalidPath("has a character outside the plain alphabet")
        segments.append(segment)
    rest = tuple(segments[skip:])
    if tuple(segments[:skip]) != tuple(prefix) or not rest:
        raise _no_such_path()
    return rest


def check_model_path(model: str) -> tuple[str, ...]:
    """The ``/``-parts of a model id taken from a path (``meta-llama/Llama-3.1-8B``).

    A model id may hold ``/`` (the SDK sends it encoded as ``%2F``), so here an
    encoded slash is a slash; the parts must still be plain, non-dot segments.

    Raises:
        InvalidPath: A part is a dot segment.
        UnknownRoute: A part is empty.
    """
    parts = tuple(model.split("/"))
    for part in parts:
        if not part:
            raise _no_such_path()
        if set(part) == {"."}:
            raise InvalidPath("has a dot segment ('.' or '..', encoded or not)")
    return parts
