"""The audit trail's table."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, LargeBinary
from sqlmodel import Field, SQLModel

from compliance.store.types import AwareDateTime


class AuditRecord(SQLModel, table=True):
    """One link of the hash-chained audit trail. Append-only; ``body`` is canonical JSON.

    The indexed columns copy fields of ``body`` for queries; ``body`` is what is hashed.
    Nothing here is a raw personal value: types, counts, codes and keyed hashes only.
    """

    __tablename__ = "audit_record"

    seq: int = Field(primary_key=True)
    created_at: datetime = Field(sa_column=Column(AwareDateTime(), nullable=False))
    event: str = Field(max_length=40, index=True)
    route: str | None = Field(default=None, max_length=64, index=True)
    subject_hash: str | None = Field(default=None, max_length=64, index=True)
    allow: bool | None = None
    body: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    prev_hash: str = Field(max_length=64)
    record_hash: str = Field(max_length=64, unique=True)
