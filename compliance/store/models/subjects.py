"""Data subjects, their wrapped data keys and their erasures.

A subject is known by its blind index (``subject_hash``, a keyed HMAC of the host
application's id); the id itself is stored only encrypted under the subject's own
data key, so erasing the key (crypto-shredding) makes it unreadable too.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, LargeBinary
from sqlmodel import Field, SQLModel

from compliance.store.types import AwareDateTime


class DataSubjectBase(SQLModel):
    subject_hash: str = Field(primary_key=True, max_length=64)
    created_at: datetime = Field(sa_type=AwareDateTime, nullable=False)


class DataSubject(DataSubjectBase, table=True):
    """A subject the ledger knows; ``subject_id_enc`` is AES-GCM under the subject's key."""

    __tablename__ = "data_subject"

    subject_id_enc: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class DataSubjectPublic(DataSubjectBase):
    pass


class SubjectKeyBase(SQLModel):
    subject_hash: str = Field(primary_key=True, max_length=64)
    kek_version: int = Field(index=True)
    created_at: datetime = Field(sa_type=AwareDateTime, nullable=False)
    rewrapped_at: datetime | None = Field(default=None, sa_type=AwareDateTime)


class SubjectKey(SubjectKeyBase, table=True):
    """A subject's data key, wrapped by KEK ``kek_version``; deleting the row shreds the subject."""

    __tablename__ = "subject_key"

    wrapped_key: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class SubjectKeyPublic(SubjectKeyBase):
    pass


class ErasureEventBase(SQLModel):
    subject_hash: str = Field(primary_key=True, max_length=64)
    erased_at: datetime = Field(sa_type=AwareDateTime, nullable=False)


class ErasureEvent(ErasureEventBase, table=True):
    """Proof that a subject was erased, and when; it holds no personal value.

    It also stops a later request from silently giving the subject a fresh key.
    """

    __tablename__ = "erasure_event"


class ErasureEventPublic(ErasureEventBase):
    pass
