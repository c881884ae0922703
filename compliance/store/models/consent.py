"""The consent ledger's append-only event tables.

Nothing is updated in place: a withdrawal is a new ``consent_event`` row, an
opt-in after an opt-out a new ``opt_out_event`` row. The current state of a
subject is the last event per purpose (or per opt-out kind) in ``seq`` order.

What a host application writes in its own words, the ``source`` of a choice, is sealed
under the subject's key like the rest of their data (``source_enc``, bound to the row);
the clear columns hold only codes from fixed lists (purpose, state, channel, kind).
``source`` in clear exists for rows written before migration 0005 only, until
``cndp-guard db upgrade`` seals them.
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


class ConsentEventCreate(ConsentEventBase):
    """What a host application sends; ``subject``, ``source`` and ``evidence`` are encrypted."""

    subject: str = Field(min_length=1, max_length=256)
    source: str = Field(min_length=1, max_length=128)
    evidence: str | None = Field(default=None, max_length=16_384)


class ConsentEvent(ConsentEventBase, table=True):
    """One consent decision; ``evidence_enc`` is sealed under the subject's key, bound to ``id``."""

    __tablename__ = "consent_event"

    seq: int | None = Field(default=None, primary_key=True)
    id: uuid.UUID = Field(default_factory=uuid.uuid4, unique=True, index=True)
    subject_hash: str = Field(foreign_key="data_subject.subject_hash", index=True, max_length=64)
    recorded_at: datetime = Field(sa_type=AwareDateTime, nullable=False)
    evidence_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    source_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    source: str | None = Field(default=None, max_length=128)  # rows before 0005 only


class ConsentEventPublic(ConsentEventBase):
    id: uuid.UUID
    subject_hash: str
    recorded_at: datetime
    source: str | None = None  # decrypted for the reader; None once the subject is erased


class OptOutEventBase(SQLModel):
    kind: str = Field(max_length=64)
    opted_out: bool
    channel: str = Field(max_length=32)


class OptOutEventCreate(OptOutEventBase):
    subject: str = Field(min_length=1, max_length=256)
    source: str = Field(min_length=1, max_length=128)


class OptOutEvent(OptOutEventBase, table=True):
    """One objection (``opted_out``) or its lifting, e.g. for marketing or profiling (art. 9)."""

    __tablename__ = "opt_out_event"

    seq: int | None = Field(default=None, primary_key=True)
    id: uuid.UUID = Field(default_factory=uuid.uuid4, unique=True, index=True)
    subject_hash: str = Field(foreign_key="data_subject.subject_hash", index=True, max_length=64)
    recorded_at: datetime = Field(sa_type=AwareDateTime, nullable=False)
    source_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    source: str | None = Field(default=None, max_length=128)  # rows before 0005 only


class OptOutEventPublic(OptOutEventBase):
    id: uuid.UUID
    subject_hash: str
    recorded_at: datetime
    source: str | None = None  # decrypted for the reader; None once the subject is erased
