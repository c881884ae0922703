"""Errors of the portal and of the rights requests it shares with the API.

The portal shows each as a page in the person's language (the ``code`` picks the
text); the API answers with the usual JSON error shape. Messages name what was
wrong and what to do, never a subject id, a token or what a person wrote.

Hierarchy::

    GuardError (compliance.core.errors)
    └── RequestError
        └── PortalError                 400 portal_error
            ├── LinkInvalid             400 link_invalid: malformed, tampered or unknown
            ├── LinkExpired             410 link_expired
            ├── LinkUsed                410 link_used: a link opens one session (replay refused)
            ├── SessionMissing          401 session_missing: no session, or it ended
            ├── CsrfRejected            403 csrf_rejected: the form did not come from this portal
            ├── RateLimited             429 rate_limited (``retry_after`` seconds)
            ├── FormError               422 invalid_form
            ├── PageNotFound            404 not_found
            └── RightsRequestNotFound   404 rights_request_not_found
                RightsRequestClosed     409 rights_request_closed

An erased subject gets ``SubjectErased`` (410, from ``compliance.crypto``).
"""

from __future__ import annotations

from compliance.core.errors import RequestError


class PortalError(RequestError):
    """Base of the portal's refusals."""

    code = "portal_error"


class LinkInvalid(PortalError):
    code = "link_invalid"

    def __init__(self, message: str = "this link is not valid; ask for a new one") -> None:
        super().__init__(message)


class LinkExpired(PortalError):
    status = 410
    code = "link_expired"

    def __init__(self) -> None:
        super().__init__("this link has expired; ask the service that sent it for a new one")


class LinkUsed(PortalError):
    status = 410
    code = "link_used"

    def __init__(self) -> None:
        super().__init__("this link was already used (a link opens one session); ask for a new one")


class SessionMissing(PortalError):
    status = 401
    code = "session_missing"

    def __init__(self) -> None:
        super().__init__("your session has ended; open a new link to continue")


class CsrfRejected(PortalError):
    status = 403
    code = "csrf_rejected"

    def __init__(self) -> None:
        super().__init__("the form did not come from this portal; reload the page and retry")


class RateLimited(PortalError):
    status = 429
    code = "rate_limited"

    def __init__(self, *, retry_after: int) -> None:
        super().__init__(f"too many requests; retry in {retry_after} s")
        self.retry_after = retry_after


class FormError(PortalError):
    status = 422
    code = "invalid_form"


class PageNotFound(PortalError):
    status = 404
    code = "not_found"

    def __init__(self) -> None:
        super().__init__("this page does not exist; the portal speaks fr, ar and en")


class RightsRequestNotFound(PortalError):
    status = 404
    code = "rights_request_not_found"

    def __init__(self) -> None:
        super().__init__(
            "no rights request has this id; list them with GET /api/v1/rights-requests"
        )


class RightsRequestClosed(PortalError):
    status = 409
    code = "rights_request_closed"

    def __init__(self, status: str) -> None:
        super().__init__(f"this rights request is already {status}; it cannot be resolved again")
