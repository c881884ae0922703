"""The audit trail's tables: the chained records, the signed checkpoints, the public keys."""

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
    created_at: datetime = Field(sa_column=Column(AwareDateTime(), nullable=False, index=True))
    event: str = Field(max_length=40, index=True)
    route: str | None = Field(default=None, max_length=64, index=True)
    subject_hash: str | None = Field(default=None, max_length=64, index=True)
    allow: bool | None = None
    body: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    prev_hash: str = Field(max_length=64)
    record_hash: str = Field(max_length=64, unique=True)


class AuditCheckpoint(SQLModel, table=True):
    """A signed statement of the Merkle root over records ``1..tree_size``. Append-only.

    ``statement`` holds the exact signed bytes (``audit.Checkpoint.statement``);
    ``frontier`` the compact range at ``tree_size`` (concatenated 32-byte subtree
    roots), so the next checkpoint only hashes the records written since.
    ``id`` orders checkpoints as they were written; two at the same tree size with
    different roots would be evidence of a fork, so ``tree_size`` is not unique.
    """

    __tablename__ = "audit_checkpoint"

    id: int | None = Field(default=None, primary_key=True)
    tree_size: int = Field(index=True)
    root_hash: str = Field(max_length=64)
    head_hash: str = Field(max_length=64)
    key_id: str = Field(max_length=16, index=True)
    created_at: datetime = Field(sa_column=Column(AwareDateTime(), nullable=False))
    statement: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    signature: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    frontier: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class AuditSigningKey(SQLModel, table=True):
    """A public key that signs checkpoints; kept forever so old checkpoints stay verifiable.

    A rotated-in key carries the outgoing key's ``endorsement`` of it, signed over
    ``endorsed_at`` (the exact time string of the endorsement statement).
    """

    __tablename__ = "audit_signing_key"

    key_id: str = Field(primary_key=True, max_length=16)
    public_key: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = Field(sa_column=Column(AwareDateTime(), nullable=False))
    endorsed_by: str | None = Field(default=None, max_length=16)
    endorsed_at: str | None = Field(default=None, max_length=40)
    endorsement: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
