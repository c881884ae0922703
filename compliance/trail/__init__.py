"""The service side of the audit trail (step 6): append, signing keys, export bundles.

The records' chain, Merkle tree and verification are ``audit/``, which stands alone;
this package stores them with ``compliance.store`` and signs with the sidecar's keys.
"""

from compliance.trail.log import Appended, AuditLog

__all__ = ["Appended", "AuditLog"]
