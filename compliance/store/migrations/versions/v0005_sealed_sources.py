"""The source of a consent, an objection or a rights request is sealed, not kept in clear.

A host application writes the ``source`` in its own words (a form name, or a person's
name by mistake): it is now stored in ``source_enc``, encrypted under the subject's key
and bound to its row, like the rest of their data. ``source`` stays, nullable, for the
rows written before; `cndp-guard db upgrade` seals them (it holds the keys, a
migration does not) and empties the clear column.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

TABLES = ("consent_event", "opt_out_event", "rights_request")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("source_enc", sa.LargeBinary(), nullable=True))
            batch.alter_column(
                "source",
                existing_type=sa.String(length=128),
                existing_nullable=False,
                nullable=True,
            )


def downgrade() -> None:  # pragma: no cover - the sealed values cannot go back into clear
    raise NotImplementedError("0005 seals sources; restore a backup to go back")
