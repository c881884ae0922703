"""The people's side: host-application API tokens, portal links and sessions, rights requests.

None of these rows holds a personal value in clear. Tokens, links and sessions are
stored as hashes or as ids that are useless without a key; a rights request names
its subject by blind index, and the person's own words (a rectification) are sealed
under the subject's data key, so erasure (crypto-shredding) makes them unreadable.
There is deliberately no foreign key to ``data_subject``: these rows must outlive
the subject's erasure as the controller's proof that the request was answered.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from sqlalchemy import Column, LargeBinary, String
from sqlmodel import Field, SQLModel

from compliance.store.types import AwareDateTime

RightsKind = Literal["access", "rectification", "erasure", "objection", "review"]
RightsStatus = Literal["open", "completed", "rejected"]


class ApiTokenBase(SQLModel):
    name: str = Field(max_length=64)
    scopes: str = Field(max_length=256)  # space-separated, sorted
    created_at: datetime = Field(sa_type=AwareDateTime, nullable=False)
    expires_at: datetime | None = Field(default=None, sa_type=AwareDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=AwareDateTime)


class ApiToken(ApiTokenBase, table=True):
    """A host application's bearer token; only the SHA-256 of the whole token is kept.

    The token carries 256 random bits, so a fast hash is enough: there is nothing to
    guess that a slow password hash would protect.
    """

    __tablename__ = "api_token"

    id: str = Field(primary_key=True, max_length=16)
    secret_hash: str = Field(max_length=64)


class ApiTokenPublic(ApiTokenBase):
    id: str


class PortalLinkBase(SQLModel):
    subject_hash: str = Field(index=True, max_length=64)
    language: str = Field(max_length=8)
    issued_at: datetime = Field(sa_type=AwareDateTime, nullable=False)
    expires_at: datetime = Field(sa_type=AwareDateTime, nullable=False)
    used_at: datetime | None = Field(default=None, sa_type=AwareDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=AwareDateTime)
    issued_by: str = Field(max_length=64)


class PortalLink(PortalLinkBase, table=True):
    """A signed, expiring, single-use link to one subject's portal.

    ``id`` alone opens nothing: the link also carries an HMAC over the id, the expiry
    and the subject's blind index, under a key derived from the root key.
    """

    __tablename__ = "portal_link"

    id: str = Field(primary_key=True, max_length=32)


class PortalLinkPublic(PortalLinkBase):
    id: str


class PortalSession(SQLModel, table=True):
    """A browser session opened by a link; the cookie's secret is kept only as SHA-256."""

    __tablename__ = "portal_session"

    id_hash: str = Field(primary_key=True, max_length=64)
    subject_hash: str = Field(index=True, max_length=64)
    link_id: str = Field(max_length=32)
    language: str = Field(max_length=8)
    created_at: datetime = Field(sa_type=AwareDateTime, nullable=False)
    expires_at: datetime = Field(sa_type=AwareDateTime, nullable=False)
    revoked_at: datetime | None = Field(default=None, sa_type=AwareDateTime)


class RightsRequestBase(SQLModel):
    kind: RightsKind = Field(sa_type=String(16))
    channel: str = Field(max_length=32)


class RightsRequestCreate(RightsRequestBase):
    """What a host application sends; ``details`` is sealed under the subject's key."""

    subject: str = Field(min_length=1, max_length=256)
    details: str | None = Field(default=None, max_length=4000)


class RightsRequest(RightsRequestBase, table=True):
    """A request under art. 7-9 of law 09-08, with its art. 8 deadline (10 clear days)."""

    __tablename__ = "rights_request"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    subject_hash: str = Field(index=True, max_length=64)
    status: RightsStatus = Field(sa_type=String(16), index=True)
    source: str | None = Field(default=None, max_length=128)  # rows before 0005 only
    source_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    received_at: datetime = Field(sa_type=AwareDateTime, nullable=False)
    due_at: datetime = Field(sa_type=AwareDateTime, nullable=False, index=True)
    resolved_at: datetime | None = Field(default=None, sa_type=AwareDateTime)
    outcome: str | None = Field(default=None, max_length=32)
    details_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary))


class RightsRequestPublic(RightsRequestBase):
    id: uuid.UUID
    subject_hash: str
    status: RightsStatus
    source: str | None = None  # decrypted for the reader; None once the subject is erased
    received_at: datetime
    due_at: datetime
    resolved_at: datetime | None
    outcome: str | None
