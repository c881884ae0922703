"""``python -m audit verify DIR``: check an export bundle offline.

Exit codes: 0 everything holds; 1 at least one problem (all are listed); 2 the
directory is not an export, or the command line is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from audit.errors import AuditTrailError
from audit.keys import key_id_for
from audit.verify import verify_export


def _key_id(value: str) -> str:
    """A key id as given, or the id of the PEM public key in the file ``value``."""
    path = Path(value)
    if not path.is_file():
        return value.lower()
    key = serialization.load_pem_public_key(path.read_bytes())
    if not isinstance(key, Ed25519PublicKey):
        raise AuditTrailError(f"{path} is not an Ed25519 public key")
    return key_id_for(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m audit", description="Verify a cndp-guard audit export offline."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    verify = commands.add_parser(
        "verify", help="check every record, link, checkpoint, proof and signature"
    )
    verify.add_argument("directory", type=Path, help="the export directory")
    verify.add_argument(
        "--trusted-key",
        action="append",
        default=None,
        metavar="ID|PEM",
        help="a key id (or PEM public key file) you trust; repeatable",
    )
    verify.add_argument(
        "--known",
        action="append",
        type=Path,
        default=[],
        metavar="DIR|FILE",
        help="an earlier export (or its checkpoints.jsonl): the log must extend it",
    )
    verify.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        pinned = [_key_id(v) for v in args.trusted_key] if args.trusted_key else None
        report = verify_export(args.directory, pinned=pinned, known=args.known)
    except (AuditTrailError, ValueError) as exc:
        print(f"python -m audit: {exc}", file=sys.stderr)  # noqa: T201 - the CLI's output
        return 2
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))  # noqa: T201
    else:
        print(report.render())  # noqa: T201
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
