"""The consent ledger's append-only event tables.

Nothing is updated in place: a withdrawal is a new ``consent_event`` row, an
opt-in after an opt-out a new ``opt_out_event`` row. The current state of a
subject is the last event per purpose (or per opt-out kind) in ``seq`` order.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from sqlalchemy import Column, LargeBinary, String
from sqlmodel import Field, SQLModel

from compliance.store.types import AwareDateTime

ConsentState = Literal["granted", "withdrawn"]


class ConsentEventBase(SQLModel):
    purpose: str = Field(max_length=64)
    state: ConsentState = Field(sa_type=String(16))
    channel: str = Field(max_length=32)
    source: str = Field(max_length=128)


class ConsentEventCreate(ConsentEventBase):
    """What a host application sends; ``subject`` and ``evidence`` are encrypted before storage."""

    subject: str = Field(min_length=1, max_length=256)
    evidence: str | None = Field(default=None, max_length=16_384)


class ConsentEvent(ConsentEventBase, table=True):
    """One consent decision; ``evidence_enc`` is sealed under the subject's key, bound to ``id``."""

    __tablename__ = "consent_event"

    seq: int | None = Field(default=None, primary_key=True)
    id: uuid.UUID = Field(default_factory=uuid.uuid4, unique=True, index=True)
    subject_hash: str = Field(foreign_key="data_subject.subject_hash", index=True, max_length=64)
    recorded_at: datetime = Field(sa_type=AwareDateTime, nullable=False)
    evidence_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary))


class ConsentEventPublic(ConsentEventBase):
    id: uuid.UUID
    subject_hash: str
    recorded_at: datetime


class OptOutEventBase(SQLModel):
    kind: str = Field(max_length=64)
    opted_out: bool
    channel: str = Field(max_length=32)
    source: str = Field(max_length=128)


class OptOutEventCreate(OptOutEventBase):
    subject: str = Field(min_length=1, max_length=256)


class OptOutEvent(OptOutEventBase, table=True):
    """One objection (``opted_out``) or its lifting, e.g. for marketing or profiling (art. 9)."""

    __tablename__ = "opt_out_event"

    seq: int | None = Field(default=None, primary_key=True)
    id: uuid.UUID = Field(default_factory=uuid.uuid4, unique=True, index=True)
    subject_hash: str = Field(foreign_key="data_subject.subject_hash", index=True, max_length=64)
    recorded_at: datetime = Field(sa_type=AwareDateTime, nullable=False)


class OptOutEventPublic(OptOutEventBase):
    id: uuid.UUID
    subject_hash: str
    recorded_at: datetime
