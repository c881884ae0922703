"""Bearer tokens of the host applications: created once, stored hashed, scoped, revocable.

A token reads ``cgk_<id>_<secret>``: ``id`` (12 hex characters) finds the row, the
secret is 256 random bits. Only the SHA-256 of the whole token is stored, and it is
compared in constant time. The plaintext is returned once, by ``create_api_token``,
and never again.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from compliance.callers.errors import InvalidToken
from compliance.core.errors import ConfigError
from compliance.store import read_session, write_session
from compliance.store.models import ApiToken, ApiTokenPublic

PREFIX = "cgk"
SCOPES = (
    "consents:read",  # read a subject's consents and objections; list purposes
    "consents:write",  # record consents, withdrawals and objections
    "metrics:read",  # scrape /metrics (Prometheus): counts and timings, never a personal value
    "portal:link",  # issue portal links
    "rights:read",  # list and read rights requests (includes what the person wrote)
    "rights:write",  # submit and resolve rights requests (resolving an erasure erases)
    "subjects:export",  # a subject's full access export (art. 7)
    "subjects:assert",  # on the proxy routes: say whom a request is about (X-Subject-Id)
    "proxy:*",  # call every proxy route (an application's key to the sidecar)
)
# ``proxy:ROUTE``: call the proxy route ROUTE only.
_PROXY_ROUTE = re.compile(r"proxy:[a-z0-9][a-z0-9_-]{0,62}")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _check_scopes(scopes: Iterable[str]) -> list[str]:
    wanted = sorted(set(scopes))
    unknown = [s for s in wanted if s not in SCOPES and not _PROXY_ROUTE.fullmatch(s)]
    if unknown or not wanted:
        raise ConfigError(
            f"unknown or missing scopes {', '.join(unknown) or '(none)'}; use any of"
            f" {', '.join(SCOPES)}, or proxy:ROUTE for one route"
        )
    return wanted


def create_api_token(
    *,
    engine: Engine,
    name: str,
    scopes: Iterable[str],
    expires_in: timedelta | None = None,
    now: datetime | None = None,
) -> str:
    """Create a token and return it in clear (the only time it exists in clear).

    Raises:
        ConfigError: an unknown scope, no scope, or a name that is empty or too long.
    """
    if not 1 <= len(name) <= 64 or not name.isprintable():
        raise ConfigError("token name must be 1 to 64 printable characters, e.g. crm-prod")
    wanted = _check_scopes(scopes)
    now = now or datetime.now(UTC)
    token_id = secrets.token_hex(6)
    token = f"{PREFIX}_{token_id}_{secrets.token_urlsafe(32)}"
    with write_session(engine) as session:
        session.add(
            ApiToken(
                id=token_id,
                name=name,
                scopes=" ".join(wanted),
                created_at=now,
                expires_at=now + expires_in if expires_in else None,
                secret_hash=_digest(token),
            )
        )
    return token


def verify_api_token(
    *, session: Session, token: str | None, now: datetime | None = None
) -> ApiTokenPublic:
    """The live token behind ``token``; ``InvalidToken`` whatever the reason it is not."""
    now = now or datetime.now(UTC)
    parts = (token or "").split("_", 2)
    if len(parts) != 3 or parts[0] != PREFIX or len(parts[1]) != 12 or len(token or "") > 128:
        raise InvalidToken()
    row = session.get(ApiToken, parts[1])
    if row is None or not hmac.compare_digest(row.secret_hash, _digest(token or "")):
        raise InvalidToken()
    if row.revoked_at is not None or (row.expires_at is not None and now >= row.expires_at):
        raise InvalidToken()
    return ApiTokenPublic.model_validate(row)


def revoke_api_token(*, engine: Engine, token_id: str, now: datetime | None = None) -> bool:
    """Revoke a token by id; False when no live token has that id."""
    with write_session(engine) as session:
        result = session.execute(
            update(ApiToken)
            .where(col(ApiToken.id) == token_id)
            .where(col(ApiToken.revoked_at).is_(None))
            .values(revoked_at=now or datetime.now(UTC))
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]


def list_api_tokens(*, engine: Engine) -> list[ApiTokenPublic]:
    """Every token, newest first, without secrets."""
    with read_session(engine) as session:
        rows = session.exec(select(ApiToken).order_by(col(ApiToken.created_at).desc())).all()
        return [ApiTokenPublic.model_validate(row) for row in rows]
