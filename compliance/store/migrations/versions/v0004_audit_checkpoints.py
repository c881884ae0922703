"""Signed checkpoints of the audit trail and the public keys that sign them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "audit_checkpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tree_size", sa.Integer(), nullable=False),
        sa.Column("root_hash", sa.String(length=64), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("statement", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("frontier", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_checkpoint_tree_size", "audit_checkpoint", ["tree_size"])
    op.create_index("ix_audit_checkpoint_key_id", "audit_checkpoint", ["key_id"])
    op.create_table(
        "audit_signing_key",
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("endorsed_by", sa.String(length=16), nullable=True),
        sa.Column("endorsed_at", sa.String(length=40), nullable=True),
        sa.Column("endorsement", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("key_id"),
    )
    # Export windows (--since/--until) look records up by time. A database adopted from
    # before migrations (its table made by create_all from today's model) has it already.
    existing = {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("audit_record")}
    if "ix_audit_record_created_at" not in existing:
        op.create_index("ix_audit_record_created_at", "audit_record", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_audit_record_created_at", table_name="audit_record")
    op.drop_table("audit_signing_key")
    op.drop_table("audit_checkpoint")
