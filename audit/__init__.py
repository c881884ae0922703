"""Tamper-evident audit trail, verifiable offline.

Standard library plus ``cryptography`` only: a regulator runs
``python -m audit verify DIR`` without trusting or installing the rest of cndp-guard.

The pieces, from the bytes up: ``canonical`` (the exact bytes of a record),
``chain`` (each record commits to the previous one), ``merkle`` (RFC 6962 tree over
the records), ``checkpoint`` and ``keys`` (Ed25519-signed tree heads), ``trail``
(records against checkpoints), ``export`` and ``verify`` (the bundle a regulator
receives, and its checker).
"""

from audit.canonical import decode, encode
from audit.chain import GENESIS_HASH, ChainChecker, ChainedRecord, Problem, link_hash, verify_chain
from audit.checkpoint import (
    CHECKPOINT_FORMAT,
    Checkpoint,
    SignedCheckpoint,
    sign_checkpoint,
    trusted_closure,
    utc_now,
)
from audit.errors import AuditTrailError, ExportError, KeyFileError, NotCanonical
from audit.export import EXPORT_FORMAT, ExportSummary, record_line, write_export
from audit.keys import (
    PublicKey,
    SigningKey,
    key_id_for,
    load_or_create_signing_key,
    load_signing_key,
    replace_signing_key,
)
from audit.merkle import (
    Frontier,
    MerkleTree,
    node_hash,
    root_from_inclusion,
    verify_consistency,
    verify_inclusion,
)
from audit.trail import TrailChecker, check_signatures, verify_trail
from audit.verify import Report, verify_export

__all__ = [
    "AuditTrailError",
    "CHECKPOINT_FORMAT",
    "ChainChecker",
    "ChainedRecord",
    "Checkpoint",
    "EXPORT_FORMAT",
    "ExportError",
    "ExportSummary",
    "Frontier",
    "GENESIS_HASH",
    "KeyFileError",
    "MerkleTree",
    "NotCanonical",
    "Problem",
    "PublicKey",
    "Report",
    "SignedCheckpoint",
    "SigningKey",
    "TrailChecker",
    "check_signatures",
    "decode",
    "encode",
    "key_id_for",
    "link_hash",
    "load_or_create_signing_key",
    "load_signing_key",
    "node_hash",
    "record_line",
    "replace_signing_key",
    "root_from_inclusion",
    "sign_checkpoint",
    "trusted_closure",
    "utc_now",
    "verify_chain",
    "verify_consistency",
    "verify_export",
    "verify_inclusion",
    "verify_trail",
    "write_export",
]
