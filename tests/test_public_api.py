"""Public surfaces are pinned, and ``audit`` stands alone."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

# Every public name, exactly: removing, adding or renaming one is a decision this shows.
PUBLIC: dict[str, list[str]] = {
    "audit": [
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
    ],
    "compliance": [
        "__version__",
    ],
    "compliance.crypto": [
        "CryptoError",
        "DecryptionError",
        "FieldCipher",
        "FileKeyProvider",
        "KekVersion",
        "KeyProvider",
        "KeyProviderError",
        "KeyRing",
        "RotationError",
        "SubjectErased",
        "WrappedKey",
        "decrypt_field",
        "default_kek_path",
        "encrypt_field",
        "load_or_create_key_file",
    ],
    "compliance.images": [
        "Box",
        "FACE",
        "IMAGE_METADATA",
        "ImageFetcher",
        "ImageFindings",
        "ImageInspector",
        "Inspected",
        "Redacted",
        "TextFinding",
    ],
    "compliance.minimize": [
        "Minimizer",
        "PseudonymMap",
        "StreamRestorer",
        "TOKEN_RE",
        "keyed_hash",
        "restore",
    ],
    "compliance.register": [
        "BASES",
        "Basis",
        "Declaration",
        "LANGUAGES",
        "Observed",
        "Observer",
        "PolicyData",
        "REGISTER_FORMAT",
        "TrailFacts",
        "build_register",
        "generate_register",
        "load_declaration",
        "load_policy_data",
        "parse_declaration",
        "render_html",
        "transfer_bases",
        "write_register",
    ],
    "compliance.store": [
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
    ],
}


@pytest.mark.parametrize("package", sorted(PUBLIC))
def test_all_is_exactly_the_public_surface_and_every_name_exists(package: str) -> None:
    module = importlib.import_module(package)
    assert list(module.__all__) == PUBLIC[package]
    assert PUBLIC[package] == sorted(PUBLIC[package])
    assert [name for name in module.__all__ if not hasattr(module, name)] == []


@pytest.mark.parametrize("module", ["audit", "audit.__main__"])
def test_audit_imports_nothing_of_the_service(module: str) -> None:
    """The regulator's verifier needs the standard library and ``cryptography``, nothing else."""
    code = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = json.loads(out.stdout)
    forbidden = (
        "compliance",
        "fastapi",
        "sqlmodel",
        "sqlalchemy",
        "presidio",
        "spacy",
        "pydantic",
        "click",
        "rich",
        "structlog",
        "yaml",
        "httpx",
        "psycopg",
    )
    assert [m for m in modules if m.split(".")[0].startswith(forbidden)] == []
