"""Errors of the host-application API's authentication.

Hierarchy::

    GuardError (compliance.core.errors)
    └── RequestError
        ├── InvalidToken        401 invalid_token: missing, malformed, unknown, revoked or expired
        └── InsufficientScope   403 insufficient_scope: the token lacks the scope the call needs

Both are answered with a ``WWW-Authenticate: Bearer`` header (RFC 6750). The
message never says which of the 401 causes applied, so a guesser learns nothing.
"""

from __future__ import annotations

from compliance.core.errors import RequestError


class InvalidToken(RequestError):
    status = 401
    code = "invalid_token"
    error_type = "authentication_error"

    def __init__(self) -> None:
        super().__init__(
            "a valid bearer token is required: send 'Authorization: Bearer cgk_...'; create one"
            " with `cndp-guard tokens create`"
        )


class InsufficientScope(RequestError):
    status = 403
    code = "insufficient_scope"
    error_type = "permission_error"

    def __init__(self, scope: str) -> None:
        super().__init__(f"this token lacks the scope {scope!r}; create a token that has it")
        self.scope = scope
