"""Errors of the audit package.

Tampering is never an exception: verification *reports* it as ``Problem`` values,
every one of them, with its sequence number. Exceptions are for what stops the
work itself: a record that cannot be encoded, a key file that cannot be used, an
export directory that is not one.

Hierarchy::

    AuditTrailError                 base; CLI exit code 2
    ├── NotCanonical (ValueError)   a value with no canonical encoding (float, bytes...)
    ├── KeyFileError                signing key missing, unreadable, or readable by others
    └── ExportError                 not an export directory, or one that cannot be written
"""

from __future__ import annotations


class AuditTrailError(Exception):
    """Base of the audit package's errors; the message names the problem and the fix."""

    exit_code = 2


class NotCanonical(AuditTrailError, ValueError):
    """A record holds a value that has no canonical form (a float, bytes, a set...)."""


class KeyFileError(AuditTrailError):
    """The signing key file is missing, unreadable, malformed or too widely readable."""


class ExportError(AuditTrailError):
    """An export directory cannot be read (not an export) or written."""
