"""Alembic environment: migrations run only through ``compliance.store.db.upgrade``.

The caller hands over an open connection inside its transaction (and, on
PostgreSQL, holding the migration lock), so there is no URL or ini file here.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection
from sqlmodel import SQLModel

import compliance.store.models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("run migrations with compliance.store.upgrade(engine) or `cndp-guard db`")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
