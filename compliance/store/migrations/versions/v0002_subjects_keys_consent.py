"""Data subjects, wrapped per-subject keys, erasures, the consent ledger and cache epochs.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def _aware(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _events(table: str, *columns: sa.Column[object]) -> None:
    op.create_table(
        table,
        *columns,
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=128), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("subject_hash", sa.String(length=64), nullable=False),
        _aware("recorded_at"),
        sa.PrimaryKeyConstraint("seq"),
        sa.ForeignKeyConstraint(["subject_hash"], ["data_subject.subject_hash"]),
    )
    op.create_index(f"ix_{table}_id", table, ["id"], unique=True)
    op.create_index(f"ix_{table}_subject_hash", table, ["subject_hash"])


def upgrade() -> None:
    op.create_table(
        "cache_epoch",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "data_subject",
        sa.Column("subject_hash", sa.String(length=64), nullable=False),
        _aware("created_at"),
        sa.Column("subject_id_enc", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("subject_hash"),
    )
    op.create_table(
        "subject_key",
        sa.Column("subject_hash", sa.String(length=64), nullable=False),
        sa.Column("kek_version", sa.Integer(), nullable=False),
        _aware("created_at"),
        _aware("rewrapped_at", nullable=True),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("subject_hash"),
    )
    op.create_index("ix_subject_key_kek_version", "subject_key", ["kek_version"])
    op.create_table(
        "erasure_event",
        sa.Column("subject_hash", sa.String(length=64), nullable=False),
        _aware("erased_at"),
        sa.PrimaryKeyConstraint("subject_hash"),
    )
    _events(
        "consent_event",
        sa.Column("purpose", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("evidence_enc", sa.LargeBinary(), nullable=True),
    )
    _events(
        "opt_out_event",
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("opted_out", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    for table in ("opt_out_event", "consent_event", "erasure_event", "subject_key"):
        op.drop_table(table)
    op.drop_table("data_subject")
    op.drop_table("cache_epoch")
