"""Portal links: signed, expiring, single-use, bound to one subject.

A link is ``/portal/open/<token>`` with ``token = <id>.<expires>.<mac>``: a random
id, the expiry as Unix seconds, and an HMAC-SHA256 over both *and the subject's
blind index*, under a key derived from the root key. The database keeps the id,
the subject's blind index and the expiry, never the MAC. So a token whose id,
expiry or MAC was edited fails, and so does a token moved onto another subject's
row; a stolen database alone forges nothing.

Opening a link starts a session and marks the link used in one conditional
``UPDATE``: a second opening (a replay, or a link forwarded to someone else) is
refused, even when two arrive at once. Erasure revokes every link of the subject.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import update
from sqlmodel import Session, col

from compliance.crypto import SubjectErased
from compliance.people.errors import LinkExpired, LinkInvalid, LinkUsed
from compliance.store.models import ErasureEvent, PortalLink, PortalLinkPublic

TOKEN = re.compile(r"^([A-Za-z0-9_-]{22})\.([0-9]{1,12})\.([A-Za-z0-9_-]{43})$")
_LINK_INFO = b"cndp-guard/portal-link/v1"
_CSRF_INFO = b"cndp-guard/portal-csrf/v1"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def derive_portal_key(root_key: bytes, info: bytes) -> bytes:
    """A key of the portal's own, so a link MAC can never be confused with another HMAC."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(root_key)


@dataclass(frozen=True, slots=True)
class PortalKeys:
    """The portal's keys: one signs links, one signs CSRF tokens."""

    link: bytes
    csrf: bytes

    @classmethod
    def from_root(cls, root_key: bytes) -> PortalKeys:
        return cls(
            link=derive_portal_key(root_key, _LINK_INFO),
            csrf=derive_portal_key(root_key, _CSRF_INFO),
        )


@dataclass(frozen=True, slots=True)
class IssuedLink:
    token: str
    link: PortalLinkPublic


def _mac(key: bytes, *, link_id: str, expires: int, subject_hash: str) -> str:
    message = f"{link_id}\x00{expires}\x00{subject_hash}".encode("ascii")
    return _b64(hmac.new(key, message, hashlib.sha256).digest())


def issue_link(
    *,
    session: Session,
    key: bytes,
    subject_hash: str,
    language: str,
    ttl: timedelta,
    issued_by: str,
    now: datetime | None = None,
) -> IssuedLink:
    """Store a new link for ``subject_hash`` and return its token (shown once, never stored)."""
    now = now or datetime.now(UTC)
    link_id = _b64(secrets.token_bytes(16))
    expires_at = (now + ttl).replace(microsecond=0)
    expires = int(expires_at.timestamp())
    row = PortalLink(
        id=link_id,
        subject_hash=subject_hash,
        language=language,
        issued_at=now,
        expires_at=expires_at,
        issued_by=issued_by,
    )
    session.add(row)
    session.flush()
    mac = _mac(key, link_id=link_id, expires=expires, subject_hash=subject_hash)
    token = f"{link_id}.{expires}.{mac}"
    return IssuedLink(token=token, link=PortalLinkPublic.model_validate(row))


def check_link(
    *, session: Session, key: bytes, token: str, now: datetime | None = None
) -> PortalLinkPublic:
    """The link ``token`` opens, if it may still be opened; consumes nothing.

    Raises:
        LinkInvalid: malformed, unknown id, or a MAC that does not match (tampered).
        LinkExpired: past its expiry.
        SubjectErased: the subject was erased since the link was issued.
        LinkUsed: already opened once (or revoked).
    """
    now = now or datetime.now(UTC)
    match = TOKEN.match(token)
    if match is None:
        raise LinkInvalid()
    link_id, expires_text, mac = match.groups()
    row = session.get(PortalLink, link_id)
    expires = int(expires_text)
    if row is None:
        raise LinkInvalid()
    expected = _mac(key, link_id=link_id, expires=expires, subject_hash=row.subject_hash)
    if not hmac.compare_digest(expected, mac) or expires != int(row.expires_at.timestamp()):
        raise LinkInvalid()
    if now >= row.expires_at:
        raise LinkExpired()
    erased = session.get(ErasureEvent, row.subject_hash)
    if erased is not None:
        raise SubjectErased(subject_hash=row.subject_hash, erased_at=erased.erased_at)
    if row.used_at is not None or row.revoked_at is not None:
        raise LinkUsed()
    return PortalLinkPublic.model_validate(row)


def consume_link(
    *, session: Session, key: bytes, token: str, now: datetime | None = None
) -> PortalLinkPublic:
    """``check_link``, then mark the link used; of two concurrent openings only one wins."""
    now = now or datetime.now(UTC)
    row = check_link(session=session, key=key, token=token, now=now)
    result = session.execute(
        update(PortalLink)
        .where(col(PortalLink.id) == row.id)
        .where(col(PortalLink.used_at).is_(None))
        .where(col(PortalLink.revoked_at).is_(None))
        .values(used_at=now)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise LinkUsed()
    return row


def revoke_subject_links(*, session: Session, subject_hash: str, now: datetime) -> int:
    """Revoke every unused link of a subject (after erasure); return how many."""
    result = session.execute(
        update(PortalLink)
        .where(col(PortalLink.subject_hash) == subject_hash)
        .where(col(PortalLink.revoked_at).is_(None))
        .values(revoked_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
