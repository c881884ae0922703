"""Step 2 of DESIGN.md: whom a request is about, why, and where it may go.

The context is everything the guard decides on besides the payload: the subject
(only an application allowed to name one may), the purpose (the caller's
``X-Purpose`` or the route's default), the destination (the route and the
fallbacks this caller may call). It is built from plain values; HTTP stays in the
proxy, which hands over the headers and the verified caller.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from compliance.callers.errors import InsufficientScope
from compliance.callers.identity import ASSERT_SCOPE, Caller
from compliance.core.settings import Route

__all__ = ["RequestContext", "request_context", "subject_of"]


@dataclass(frozen=True, slots=True)
class RequestContext:
    request_id: str
    route_name: str
    route: Route
    kind: str
    purpose: str
    subject_hash: str | None
    fallbacks: tuple[tuple[str, Route], ...] = ()
    original_purpose: str | None = None
    # The calling application (its token's name); None when proxy.auth is none.
    application: str | None = None
    # The route the request was sent to once the policy chose it (a fallback, maybe).
    chosen_route: str | None = None


def subject_of(
    headers: Mapping[str, str],
    route: Route,
    caller: Caller,
    *,
    verify_assertion: Callable[[str | None], str],
) -> str | None:
    """Whom the request is about, as only an application allowed to say it may say it.

    A route with ``require_subject_assertion`` takes the subject from a signed
    ``X-Subject-Assertion`` only (``verify_assertion`` checks it for this caller);
    elsewhere ``X-Subject-Id`` needs the caller's ``subjects:assert`` scope.

    Raises:
        InsufficientScope: ``X-Subject-Id`` from a caller without the scope (403).
    """
    if route.require_subject_assertion:
        return verify_assertion(headers.get("x-subject-assertion"))
    subject = headers.get("x-subject-id")
    if subject and not caller.may_assert_subjects:
        raise InsufficientScope(ASSERT_SCOPE)
    return subject or None


def request_context(
    headers: Mapping[str, str],
    *,
    request_id: str,
    route_name: str,
    route: Route,
    kind: str,
    caller: Caller,
    verify_assertion: Callable[[str | None], str],
    subject_hash: Callable[[str], str],
    route_of: Callable[[str], Route],
) -> RequestContext:
    """The context of one request to ``route_name``, for the caller the proxy admitted.

    ``subject_hash`` keys the subject id (the id itself goes no further);
    ``route_of`` resolves a fallback's name to its configured route.
    """
    subject = subject_of(headers, route, caller, verify_assertion=verify_assertion)
    return RequestContext(
        request_id=request_id,
        route_name=route_name,
        route=route,
        kind=kind,
        purpose=headers.get("x-purpose") or route.purpose,
        subject_hash=subject_hash(subject) if subject else None,
        # A fallback is a route like another: only one the caller may call is considered.
        fallbacks=tuple(
            (name, route_of(name)) for name in route.fallbacks if caller.may_call(name)
        ),
        original_purpose=headers.get("x-original-purpose"),
        application=caller.name,
    )
