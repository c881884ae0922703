"""Data of record: engine, sessions, migrations, tables and the audit trail's append side."""

from compliance.store.audit_log import Appended, AuditLog
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
    "Appended",
    "AuditLog",
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
