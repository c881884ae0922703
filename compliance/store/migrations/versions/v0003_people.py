"""The people's side: API tokens, portal links and sessions, rights requests.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def _aware(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "api_token",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("scopes", sa.String(length=256), nullable=False),
        _aware("created_at"),
        _aware("expires_at", nullable=True),
        _aware("revoked_at", nullable=True),
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "portal_link",
        sa.Column("subject_hash", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        _aware("issued_at"),
        _aware("expires_at"),
        _aware("used_at", nullable=True),
        _aware("revoked_at", nullable=True),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_portal_link_subject_hash", "portal_link", ["subject_hash"])
    op.create_table(
        "portal_session",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("subject_hash", sa.String(length=64), nullable=False),
        sa.Column("link_id", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        _aware("created_at"),
        _aware("expires_at"),
        _aware("revoked_at", nullable=True),
        sa.PrimaryKeyConstraint("id_hash"),
    )
    op.create_index("ix_portal_session_subject_hash", "portal_session", ["subject_hash"])
    op.create_table(
        "rights_request",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("subject_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=128), nullable=False),
        _aware("received_at"),
        _aware("due_at"),
        _aware("resolved_at", nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("details_enc", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_rights_request_subject_hash", "rights_request", ["subject_hash"])
    op.create_index("ix_rights_request_status", "rights_request", ["status"])
    op.create_index("ix_rights_request_due_at", "rights_request", ["due_at"])


def downgrade() -> None:
    for table in ("rights_request", "portal_session", "portal_link", "api_token"):
        op.drop_table(table)
