"""Portal sessions: what a browser holds after opening a link.

The cookie carries 256 random bits; the database keeps only their SHA-256, the
subject's blind index, the language and the expiry. A session never outlives its
TTL, ends on "sign out", and every session of a subject ends with its erasure.
CSRF tokens are HMACs of the session's hash (synchronizer tokens): a token from
another session, or from before the session, is refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlmodel import Session, col

from compliance.crypto import SubjectErased
from compliance.people.errors import CsrfRejected, SessionMissing
from compliance.store.models import ErasureEvent, PortalLinkPublic, PortalSession


def _hash(secret: str) -> str:
    # UTF-8, not ASCII: a forged cookie with other characters finds no session (401);
    # it must not raise (500).
    return hashlib.sha256(secret.encode("utf-8", "surrogateescape")).hexdigest()


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """A live session, detached from the database row."""

    id_hash: str
    subject_hash: str
    language: str
    expires_at: datetime

    @classmethod
    def of(cls, row: PortalSession) -> SessionInfo:
        return cls(row.id_hash, row.subject_hash, row.language, row.expires_at)


@dataclass(frozen=True, slots=True)
class OpenedSession:
    cookie: str  # the secret for the browser; never stored
    row: SessionInfo


def open_session(
    *, session: Session, link: PortalLinkPublic, ttl: timedelta, now: datetime | None = None
) -> OpenedSession:
    """Start a session for the subject of ``link``, never past the link's own expiry + TTL."""
    now = now or datetime.now(UTC)
    cookie = secrets.token_urlsafe(32)
    row = PortalSession(
        id_hash=_hash(cookie),
        subject_hash=link.subject_hash,
        link_id=link.id,
        language=link.language,
        created_at=now,
        expires_at=now + ttl,
    )
    session.add(row)
    session.flush()
    return OpenedSession(cookie=cookie, row=SessionInfo.of(row))


def load_session(
    *, session: Session, cookie: str | None, now: datetime | None = None
) -> SessionInfo:
    """The live session behind ``cookie``.

    Raises:
        SessionMissing: no cookie, an unknown one, or a session that expired or ended.
        SubjectErased: the subject was erased (their sessions end with it).
    """
    now = now or datetime.now(UTC)
    if not cookie or len(cookie) > 128:
        raise SessionMissing()
    row = session.get(PortalSession, _hash(cookie))
    if row is None:
        raise SessionMissing()
    erased = session.get(ErasureEvent, row.subject_hash)
    if erased is not None:  # said before "ended", so the person learns why
        raise SubjectErased(subject_hash=row.subject_hash, erased_at=erased.erased_at)
    if row.revoked_at is not None or now >= row.expires_at:
        raise SessionMissing()
    return SessionInfo.of(row)


def end_session(*, session: Session, id_hash: str, now: datetime) -> None:
    session.execute(
        update(PortalSession)
        .where(col(PortalSession.id_hash) == id_hash)
        .where(col(PortalSession.revoked_at).is_(None))
        .values(revoked_at=now)
    )


def revoke_subject_sessions(*, session: Session, subject_hash: str, now: datetime) -> int:
    """End every session of a subject (after erasure); return how many."""
    result = session.execute(
        update(PortalSession)
        .where(col(PortalSession.subject_hash) == subject_hash)
        .where(col(PortalSession.revoked_at).is_(None))
        .values(revoked_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


class Csrf:
    """Synchronizer tokens bound to one session (or to one pre-session nonce)."""

    def __init__(self, *, key: bytes) -> None:
        self._key = key

    def token(self, binding: str) -> str:
        digest = hmac.new(
            self._key, binding.encode("utf-8", "surrogateescape"), hashlib.sha256
        ).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    def check(self, binding: str, token: str | None) -> None:
        # Bytes: compare_digest refuses str with non-ASCII characters (a forged token).
        expected = self.token(binding).encode("ascii")
        if not token or not hmac.compare_digest(expected, token.encode("utf-8", "surrogateescape")):
            raise CsrfRejected()
