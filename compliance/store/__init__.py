"""Data of record: engine, tables and the audit trail's append side."""

from compliance.store.audit_log import Appended, AuditLog
from compliance.store.db import create_tables, make_engine
from compliance.store.models import AuditRecord

__all__ = ["Appended", "AuditLog", "AuditRecord", "create_tables", "make_engine"]
