"""Data of record: engine, sessions, migrations, tables, caches.

The audit trail's service side (append, keys, export) is ``compliance.trail``.
"""

from compliance.store.cache import EpochCache
from compliance.store.db import (
    create_tables,
    current_revision,
    make_engine,
    read_session,
    upgrade,
    write_session,
)
from compliance.store.epoch import CONSENT_EPOCH, KEYS_EPOCH, EpochWatch, bump_epoch
from compliance.store.models import AuditRecord

__all__ = [
    "AuditRecord",
    "CONSENT_EPOCH",
    "EpochCache",
    "EpochWatch",
    "KEYS_EPOCH",
    "bump_epoch",
    "create_tables",
    "current_revision",
    "make_engine",
    "read_session",
    "upgrade",
    "write_session",
]
