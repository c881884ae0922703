"""Writing an export bundle: records, checkpoints, proofs, public keys, manifest, README.

Layout of ``DIR`` (``audit.verify`` reads exactly this; README.md explains it)::

    manifest.json      what the export holds and the SHA-256 of every other file,
                       signed (Ed25519) by the exporting key
    records.jsonl      one record per line, in sequence order:
                       {"body":<canonical body>,"prev_hash":"…","record_hash":"…","seq":n}
    checkpoints.jsonl  every signed checkpoint of the log: {"signature", "statement"}
    proofs.json        ties the records to the anchor (the largest checkpoint):
                       a range proof for a contiguous slice, an inclusion proof per
                       record for a filtered one, and a consistency proof from every
                       other checkpoint to the anchor
    keys.json          every public key that signed something, with endorsements
    README.md          how to verify, in French and English
    verifier/audit/    a copy of this package: ``python -m audit verify DIR``

Each line of ``records.jsonl`` is itself canonical JSON, and its ``body`` value is,
byte for byte, the canonical body that was hashed: a verifier slices it out
without re-encoding anything.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from audit.canonical import encode
from audit.chain import ChainedRecord
from audit.checkpoint import SignedCheckpoint, utc_now
from audit.errors import ExportError
from audit.keys import PublicKey, SigningKey, b64
from audit.merkle import MerkleTree
from audit.readme import readme_text

EXPORT_FORMAT = "cndp-guard-export/1"
MANIFEST = "manifest.json"
RECORDS = "records.jsonl"
CHECKPOINTS = "checkpoints.jsonl"
PROOFS = "proofs.json"
KEYS = "keys.json"
README = "README.md"
VERIFIER = "verifier"
PACKAGE_DIR = Path(__file__).resolve().parent


def record_line(record: ChainedRecord) -> bytes:
    """The ``records.jsonl`` line of ``record`` (canonical JSON, body embedded verbatim)."""
    return b"".join(
        (
            b'{"body":',
            record.body,
            b',"prev_hash":"',
            record.prev_hash.encode("ascii"),
            b'","record_hash":"',
            record.record_hash.encode("ascii"),
            b'","seq":',
            str(record.seq).encode("ascii"),
            b"}\n",
        )
    )


@dataclass(slots=True)
class ExportSummary:
    directory: Path
    count: int = 0
    first_seq: int | None = None
    last_seq: int | None = None
    anchor: SignedCheckpoint | None = None
    files: dict[str, dict[str, Any]] = field(default_factory=dict)


class _HashingWriter:
    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self._handle.write(data)
        self.digest.update(data)
        self.size += len(data)


def _file_entry(path: Path) -> dict[str, Any]:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return {"bytes": path.stat().st_size, "sha256": digest.hexdigest()}


def _write_json(path: Path, document: Any) -> None:
    path.write_bytes(encode(document) + b"\n")


def choose_anchor(checkpoints: Sequence[SignedCheckpoint], tree_size: int) -> SignedCheckpoint:
    """The checkpoint the export is proved against: the largest the leaves can reach."""
    usable = [c for c in checkpoints if c.tree_size <= tree_size]
    if not usable:
        raise ExportError(
            "no signed checkpoint covers the log yet; append a record or run the export"
            " with a signing key so that one is written"
        )
    return max(usable, key=lambda c: (c.tree_size, c.checkpoint.time))


def write_export(
    out: Path,
    *,
    tree: MerkleTree,
    records: Iterable[ChainedRecord],
    checkpoints: Sequence[SignedCheckpoint],
    keys: Sequence[PublicKey],
    signer: SigningKey,
    filters: Mapping[str, str | None],
    contiguous: bool,
    range_start: int | None = None,
    on_records: Callable[[int], None] | None = None,
) -> ExportSummary:
    """Write the bundle for ``records`` (a slice of the log whose leaves are ``tree``).

    ``contiguous`` slices (everything, or a time window) get one range proof;
    filtered slices (one subject) get an inclusion proof per record. ``records``
    must be in sequence order and within the anchor checkpoint. ``range_start`` is
    the first sequence number of a contiguous window, so that even an empty window
    is proved empty at the right place.
    """
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create export directory {out}: {exc.strerror}") from None
    if (out / MANIFEST).exists():
        raise ExportError(f"{out} already holds an export; choose an empty directory")
    ordered = sorted(checkpoints, key=lambda c: (c.tree_size, c.checkpoint.time))
    anchor = choose_anchor(ordered, tree.size)
    size = anchor.tree_size
    summary = ExportSummary(directory=out, anchor=anchor)
    inclusion: list[dict[str, Any]] = []
    pending = 0
    with (out / RECORDS).open("wb") as handle:
        writer = _HashingWriter(handle)
        for record in records:
            if record.seq > size:
                raise ExportError(
                    f"record seq {record.seq} is beyond the anchor checkpoint (tree size {size});"
                    " write a checkpoint first"
                )
            writer.write(record_line(record))
            summary.count += 1
            summary.first_seq = summary.first_seq or record.seq
            summary.last_seq = record.seq
            if not contiguous:
                path = tree.inclusion_proof(record.seq - 1, size)
                inclusion.append({"path": [h.hex() for h in path], "seq": record.seq})
            pending += 1
            if on_records is not None and pending >= 1000:
                on_records(pending)
                pending = 0
    if on_records is not None and pending:
        on_records(pending)
    files = {RECORDS: {"bytes": writer.size, "sha256": writer.digest.hexdigest()}}

    proofs: dict[str, Any] = {
        "anchor": {"root_hash": anchor.checkpoint.root_hash, "tree_size": size},
        "consistency": [
            {"from": m, "proof": [h.hex() for h in tree.consistency_proof(m, size)], "to": size}
            for m in sorted({c.tree_size for c in ordered if c.tree_size < size})
        ],
    }
    if contiguous:
        first = summary.first_seq or min(range_start or size + 1, size + 1)
        last = summary.last_seq if summary.last_seq is not None else first - 1
        proofs["kind"] = "range"
        proofs["range"] = {
            "first_seq": first,
            "last_seq": last,
            "left": [h.hex() for h in tree.frontier(first - 1).hashes],
            "right": [h.hex() for h in tree.right_hashes(last, size)],
        }
    else:
        proofs["kind"] = "inclusion"
        proofs["inclusion"] = inclusion
    _write_json(out / PROOFS, proofs)

    with (out / CHECKPOINTS).open("wb") as handle:
        for signed in ordered:
            handle.write(encode(signed.to_json()) + b"\n")
    _write_json(out / KEYS, {"keys": [k.to_json() for k in sorted(keys, key=lambda k: k.key_id)]})
    _copy_verifier(out / VERIFIER / "audit")
    (out / README).write_text(
        readme_text(
            count=summary.count,
            first_seq=summary.first_seq,
            last_seq=summary.last_seq,
            anchor=anchor.checkpoint,
            keys=keys,
            filters=filters,
            contiguous=contiguous,
        ),
        encoding="utf-8",
    )
    for written in sorted(out.rglob("*")):
        name = written.relative_to(out).as_posix()
        if written.is_file() and name not in (MANIFEST, RECORDS):
            files[name] = _file_entry(written)
    summary.files = files
    manifest = {
        "anchor": {
            "key_id": anchor.checkpoint.key_id,
            "root_hash": anchor.checkpoint.root_hash,
            "tree_size": size,
        },
        "created_at": utc_now(),
        "files": files,
        "filters": dict(sorted(filters.items())),
        "format": EXPORT_FORMAT,
        "records": {
            "contiguous": contiguous,
            "count": summary.count,
            "first_seq": summary.first_seq,
            "last_seq": summary.last_seq,
        },
        "signed_by": signer.key_id,
    }
    _write_json(
        out / MANIFEST,
        {"manifest": manifest, "signature": b64(signer.sign(encode(manifest)))},
    )
    return summary


def _copy_verifier(target: Path) -> None:
    """Ship the verifier with the data, so the regulator can read what they run."""
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted(PACKAGE_DIR.glob("*.py")):
        shutil.copyfile(source, target / source.name)
