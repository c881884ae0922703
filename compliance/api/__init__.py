"""The host applications' JSON API under ``/api/v1`` (bearer tokens with scopes).

Create the first token without the API: ``create_api_token(engine=..., name=...,
scopes=[...])`` (what ``cndp-guard tokens create`` calls).
"""

from compliance.api.auth import BearerRoute, Caller, require
from compliance.api.routes import api_router
from compliance.callers.errors import InsufficientScope, InvalidToken
from compliance.callers.tokens import (
    SCOPES,
    create_api_token,
    list_api_tokens,
    revoke_api_token,
    verify_api_token,
)

__all__ = [
    "BearerRoute",
    "Caller",
    "InsufficientScope",
    "InvalidToken",
    "SCOPES",
    "api_router",
    "create_api_token",
    "list_api_tokens",
    "require",
    "revoke_api_token",
    "verify_api_token",
]
