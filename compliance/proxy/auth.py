"""Who is calling: the application behind a proxy request, and whether it may name a subject.

The gateway pattern (LiteLLM's virtual keys, Kong's consumers): the application
holds a bearer token to the sidecar (``Authorization: Bearer cgk_…``, what the
OpenAI SDK's ``api_key`` sends), the sidecar holds the upstream's credentials.
A token with ``proxy:*`` or ``proxy:ROUTE`` may call the route; only one with
``subjects:assert`` may say whom a request is about (``X-Subject-Id``). Tokens
are the ones of ``cndp-guard tokens create``, stored hashed.

Verified tokens are remembered for ``cache_seconds`` (by the SHA-256 of the token,
never the token), so a request does not pay a database read; a revoked token
stops working within that time.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Mapping, Sequence
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from sqlalchemy.engine import Engine

from compliance.callers.errors import InsufficientScope, InvalidToken
from compliance.callers.identity import ANONYMOUS, Caller
from compliance.callers.tokens import verify_api_token
from compliance.core.errors import RequestError
from compliance.store import read_session

__all__ = ["Caller", "InvalidSubjectAssertion", "ProxyAuthenticator", "verify_assertion"]

ASSERTION_ALGORITHMS = ("EdDSA", "ES256")
MAX_ASSERTION_SECONDS = 600  # an assertion expires at most this far ahead


class InvalidSubjectAssertion(RequestError):
    """The route needs a signed subject assertion and this one does not verify."""

    status = 401
    code = "invalid_subject_assertion"
    error_type = "authentication_error"

    def __init__(self) -> None:
        # Which check failed is not said: a forger learns nothing from the answer.
        super().__init__(
            "this route needs X-Subject-Assertion: a compact JWT signed (EdDSA or ES256)"
            " with a key registered for your application, with sub, aud = the route and an"
            f" exp at most {MAX_ASSERTION_SECONDS} s away"
        )


def _key_kind(key: Any) -> str | None:
    """The JWS algorithm a registered public key verifies: Ed25519 → EdDSA, P-256 → ES256."""
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "EdDSA"
    if isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp256r1":
        return "ES256"
    return None


def verify_assertion(
    assertion: str | None, *, keys: Sequence[Any], route: str, now: float | None = None
) -> str:
    """The subject id a signed assertion names, once it verifies against one of ``keys``.

    The header's ``alg`` picks the keys (EdDSA: the Ed25519 keys, ES256: the P-256
    keys), and only that algorithm is accepted for them: no ``none``, no HMAC with a
    public key as the secret, no key of one type tried under the other's algorithm.
    Anything that does not verify, whatever the library raises for it, is a 401.

    Raises:
        InvalidSubjectAssertion: Missing, unsigned, badly signed, for another route,
            expired, or valid for too long.
    """
    if not assertion or not keys or len(assertion) > 4096:
        raise InvalidSubjectAssertion()
    try:
        algorithm = jwt.get_unverified_header(assertion).get("alg")
    except (jwt.PyJWTError, TypeError, ValueError):
        raise InvalidSubjectAssertion() from None
    if algorithm not in ASSERTION_ALGORITHMS:
        raise InvalidSubjectAssertion()
    now = time.time() if now is None else now
    for key in (k for k in keys if _key_kind(k) == algorithm):
        try:
            claims = jwt.decode(
                assertion,
                key,
                algorithms=[algorithm],
                audience=route,
                # The times are checked below against ``now``, one clock for all of them.
                options={
                    "require": ["sub", "aud", "exp"],
                    "verify_exp": False,
                    "verify_nbf": False,
                    "verify_iat": False,
                },
            )
        except (jwt.PyJWTError, TypeError, ValueError):
            continue
        subject = claims.get("sub")
        expires = claims.get("exp")
        if not isinstance(subject, str) or not subject or not _is_time(expires):
            raise InvalidSubjectAssertion()
        assert expires is not None  # a number: _is_time
        if expires <= now or expires - now > MAX_ASSERTION_SECONDS:
            raise InvalidSubjectAssertion()  # expired, or valid for too long
        not_before = claims.get("nbf")
        if not_before is not None and (not _is_time(not_before) or not_before > now):
            raise InvalidSubjectAssertion()
        return subject
    raise InvalidSubjectAssertion()


def _is_time(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def bearer(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header."""
    if header is None:
        return None
    scheme, _, token = header.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


class ProxyAuthenticator:
    """Checks proxy callers' tokens (``proxy.auth: token``), or lets everyone in (``none``)."""

    def __init__(
        self,
        *,
        engine: Engine,
        required: bool,
        cache_seconds: float = 1.0,
        assertion_keys: Mapping[str, Sequence[Any]] | None = None,
    ) -> None:
        self._engine = engine
        self.required = required
        self._cache_seconds = cache_seconds
        self._cache: dict[str, tuple[float, Caller]] = {}
        self._assertion_keys = dict(assertion_keys or {})

    def asserted_subject(self, caller: Caller, assertion: str | None, *, route: str) -> str:
        """The subject of a route that needs signed assertions, verified for ``caller``."""
        keys = self._assertion_keys.get(caller.name or "", ())
        return verify_assertion(assertion, keys=keys, route=route)

    async def caller(self, authorization: str | None, *, route: str) -> Caller:
        """The calling application, allowed on ``route``.

        Raises:
            InvalidToken: No token, or one that is unknown, revoked or expired (401).
            InsufficientScope: A live token without ``proxy:*`` or ``proxy:ROUTE`` (403).
        """
        if not self.required:
            return ANONYMOUS
        token = bearer(authorization)
        if token is None:
            raise InvalidToken()
        caller = await self._verified(token)
        if not caller.may_call(route):
            raise InsufficientScope(f"proxy:{route}")
        return caller

    async def _verified(self, token: str) -> Caller:
        digest = hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()
        now = time.monotonic()
        cached = self._cache.get(digest)
        if cached is not None and now - cached[0] < self._cache_seconds:
            return cached[1]
        caller = await asyncio.to_thread(self._lookup, token)
        if len(self._cache) > 4096:
            self._cache.clear()
        self._cache[digest] = (now, caller)
        return caller

    def _lookup(self, token: str) -> Caller:
        with read_session(self._engine) as session:
            row = verify_api_token(session=session, token=token)
        return Caller(name=row.name, token_id=row.id, scopes=frozenset(row.scopes.split()))

    def named(self, authorization: str | None) -> str | None:
        """The application's name for an audit record of a refusal, when the token is known."""
        token = bearer(authorization)
        if token is None:
            return None
        cached = self._cache.get(hashlib.sha256(token.encode("utf-8", "replace")).hexdigest())
        return cached[1].name if cached is not None else None
