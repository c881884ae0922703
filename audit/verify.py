"""Verifying an export bundle offline: ``python -m audit verify DIR``.

Every check runs, and every failure is reported with its sequence number (or tree
size); nothing stops at the first problem. In order:

1. keys: each key id is the hash of its key; each endorsement (rotation) holds;
2. the manifest's signature, then the SHA-256 of every file it lists;
3. each checkpoint's Ed25519 signature, under the key it names (and a trusted one,
   when keys are pinned with ``--trusted-key``);
4. the records, streamed: numbering, links and hashes (``ChainChecker``), and the
   Merkle root at every checkpoint the slice reaches (``TrailChecker``);
5. the proofs: the slice fits the anchor checkpoint (range or inclusion proofs);
   every other checkpoint, and every checkpoint you kept from an earlier export
   (``--known``), is consistent with the anchor; none lies beyond the records.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.canonical import encode
from audit.chain import GENESIS_HASH, ChainChecker, ChainedRecord, Problem
from audit.checkpoint import Checkpoint, SignedCheckpoint
from audit.errors import ExportError, NotCanonical
from audit.export import CHECKPOINTS, EXPORT_FORMAT, KEYS, MANIFEST, PROOFS, RECORDS
from audit.keys import PublicKey, key_id_for, unb64
from audit.merkle import Frontier, right_pieces, root_from_inclusion, verify_consistency
from audit.trail import TrailChecker, check_signatures, truncation_problem

_BODY_PREFIX = b'{"body":'
_TAIL_START = b',"prev_hash":"'
_TAIL = re.compile(
    rb',"prev_hash":"([0-9a-f]{64})","record_hash":"([0-9a-f]{64})","seq":([1-9][0-9]{0,17})\}\r?\n?'
)
_HEX64 = re.compile(r"[0-9a-f]{64}")
_SHOWN = 1000


class _Malformed(Exception):
    pass


def _get(document: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(document, Mapping) or key not in document:
        raise _Malformed(f"{where}: '{key}' is missing")
    value = document[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise _Malformed(f"{where}: '{key}' has the wrong type")
    return value


def _hashes(values: Any, where: str) -> list[bytes]:
    if not isinstance(values, list) or not all(
        isinstance(v, str) and _HEX64.fullmatch(v) for v in values
    ):
        raise _Malformed(f"{where}: expected a list of 64-digit hex hashes")
    return [bytes.fromhex(v) for v in values]


@dataclass(slots=True)
class Report:
    """What was checked, and every problem found."""

    directory: Path
    problems: list[Problem] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def render(self) -> str:
        lines = [f"cndp-guard audit export: {self.directory}", ""]
        lines += [f"  {fact}" for fact in self.facts]
        if self.warnings:
            lines += ["", "Warnings / avertissements:"]
            lines += [f"  ! {warning}" for warning in self.warnings]
        if self.problems:
            ordered = sorted(self.problems, key=lambda p: (p.seq, p.kind))
            kinds = Counter(p.kind for p in ordered)
            summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
            lines += ["", f"PROBLEMS ({len(ordered)}: {summary}):"]
            for problem in ordered[:_SHOWN]:
                where = f"seq {problem.seq}" if problem.seq else "-"
                lines.append(f"  {where:<14} {problem.kind:<14} {problem.detail}")
            if len(ordered) > _SHOWN:
                lines.append(f"  ... and {len(ordered) - _SHOWN} more (use --json for all)")
            lines += ["", f"RESULT: FAILED — {len(ordered)} problem(s) / ÉCHEC"]
        else:
            lines += [
                "",
                "RESULT: OK — every record, link, checkpoint, proof and signature checks out"
                " / tout est vérifié",
            ]
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "directory": str(self.directory),
            "facts": self.facts,
            "ok": self.ok,
            "problems": [
                {"detail": p.detail, "kind": p.kind, "seq": p.seq}
                for p in sorted(self.problems, key=lambda p: (p.seq, p.kind))
            ],
            "warnings": self.warnings,
        }


def parse_record_line(line: bytes) -> ChainedRecord | None:
    """Slice one ``records.jsonl`` line into its record; None if it is not one."""
    if not line.startswith(_BODY_PREFIX):
        return None
    cut = line.rfind(_TAIL_START)
    if cut < len(_BODY_PREFIX):
        return None
    tail = _TAIL.fullmatch(line, cut)
    if tail is None:
        return None
    return ChainedRecord(
        seq=int(tail.group(3)),
        prev_hash=tail.group(1).decode("ascii"),
        record_hash=tail.group(2).decode("ascii"),
        body=line[len(_BODY_PREFIX) : cut],
    )


def read_checkpoints(path: Path) -> tuple[list[SignedCheckpoint], list[str]]:
    """Parse a ``checkpoints.jsonl``; return the checkpoints and one message per bad line."""
    checkpoints: list[SignedCheckpoint] = []
    errors: list[str] = []
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                checkpoints.append(SignedCheckpoint.from_json(json.loads(line)))
            except (ValueError, KeyError, TypeError, NotCanonical) as exc:
                errors.append(f"{path.name} line {number}: not a signed checkpoint ({exc})")
    return checkpoints, errors


def read_keys(path: Path) -> tuple[dict[str, PublicKey], list[str]]:
    """Parse a ``keys.json``; return keys by id and one message per bad entry."""
    try:
        document = json.loads(path.read_bytes())
        entries = _get(document, "keys", list, path.name)
    except (OSError, ValueError, _Malformed) as exc:
        return {}, [f"{path.name}: unreadable ({exc})"]
    keys: dict[str, PublicKey] = {}
    errors: list[str] = []
    for number, entry in enumerate(entries, start=1):
        try:
            key = PublicKey.from_json(entry)
        except (ValueError, KeyError, TypeError) as exc:
            errors.append(f"{path.name} entry {number}: not a public key ({exc})")
            continue
        if key.key_id != key_id_for(key.raw):
            errors.append(f"key {key.key_id}: the id is not the hash of the key it names")
            continue
        keys[key.key_id] = key
    return keys, errors


class _Verifier:
    def __init__(self, directory: Path, pinned: frozenset[str] | None) -> None:
        self.directory = directory
        self.pinned = pinned
        self.report = Report(directory)
        self.keys: dict[str, PublicKey] = {}
        self.valid: list[Checkpoint] = []
        self._count = 0

    def problem(self, seq: int, kind: str, detail: str) -> None:
        self.report.problems.append(Problem(seq, kind, detail))

    def fact(self, text: str) -> None:
        self.report.facts.append(text)

    # 1. keys -----------------------------------------------------------------------------
    def check_keys(self) -> None:
        self.keys, errors = read_keys(self.directory / KEYS)
        for error in errors:
            self.problem(0, "bad_key", error)
        for key in self.keys.values():
            if key.endorsed_by is not None and not key.endorsement_holds(self.keys):
                self.problem(
                    0,
                    "bad_key",
                    f"key {key.key_id}: its endorsement by {key.endorsed_by} does not verify",
                )
        described = ", ".join(
            key.key_id + (f" (endorsed by {key.endorsed_by})" if key.endorsed_by else "")
            for key in sorted(self.keys.values(), key=lambda k: k.created_at or "")
        )
        pinned = (
            f"trusted: {', '.join(sorted(self.pinned))}"
            if self.pinned is not None
            else "not pinned: compare them with the fingerprints the controller declared"
        )
        self.fact(f"keys         {len(self.keys)} Ed25519 public key(s): {described}; {pinned}")
        if self.pinned is not None:
            unknown = sorted(self.pinned - set(self.keys))
            if unknown:
                self.report.warnings.append(
                    f"trusted key(s) {', '.join(unknown)} signed nothing in this export"
                )

    # 2. manifest and files ---------------------------------------------------------------
    def check_manifest(self) -> dict[str, Any]:
        path = self.directory / MANIFEST
        try:
            document = json.loads(path.read_bytes())
            manifest: dict[str, Any] = _get(document, "manifest", dict, MANIFEST)
            signature = unb64(_get(document, "signature", str, MANIFEST))
            if manifest.get("format") != EXPORT_FORMAT:
                raise _Malformed(f"{MANIFEST}: format is not {EXPORT_FORMAT}")
            signer = _get(manifest, "signed_by", str, MANIFEST)
            message = encode(manifest)
        except (ValueError, _Malformed) as exc:
            self.problem(0, "malformed", f"{MANIFEST}: {exc}")
            return {}
        key = self.keys.get(signer)
        if key is None:
            self.problem(0, "unknown_key", f"{MANIFEST} is signed by unknown key {signer}")
        elif not key.verify(signature=signature, message=message):
            self.problem(0, "bad_signature", f"{MANIFEST}: the signature does not verify")
        else:
            self.fact(f"manifest     signed by key {signer}: OK")
        return manifest

    def check_files(self, manifest: Mapping[str, Any]) -> dict[str, Any]:
        files = manifest.get("files")
        if not isinstance(files, dict):
            self.problem(0, "malformed", f"{MANIFEST}: no 'files' table")
            return {}
        root = self.directory.resolve()
        checked = 0
        for name, entry in sorted(files.items()):
            path = (self.directory / name).resolve()
            if not path.is_relative_to(root) or not isinstance(entry, dict):
                self.problem(0, "malformed", f"{MANIFEST}: bad file entry {name!r}")
                continue
            if name == RECORDS:
                continue  # hashed while the records stream
            if not path.is_file():
                self.problem(0, "file", f"{name} is listed in the manifest but missing")
                continue
            digest = hashlib.sha256()
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
            if digest.hexdigest() != entry.get("sha256"):
                self.problem(0, "file", f"{name} was changed after the export (SHA-256 differs)")
            checked += 1
        for path in sorted(self.directory.rglob("*")):
            name = path.relative_to(self.directory).as_posix()
            listed = name == MANIFEST or name in files or "__pycache__" in name
            if path.is_file() and not listed:
                self.report.warnings.append(f"{name} is not listed in the manifest")
        self.fact(f"files        {checked + 1} file(s) listed in the signed manifest")
        return files

    # 3. checkpoints ----------------------------------------------------------------------
    def check_checkpoints(self) -> list[SignedCheckpoint]:
        checkpoints, errors = read_checkpoints(self.directory / CHECKPOINTS)
        for error in errors:
            self.problem(0, "malformed", error)
        self.valid, problems = check_signatures(checkpoints, self.keys, pinned=self.pinned)
        self.report.problems.extend(problems)
        state = "all signatures valid" if not problems else f"{len(problems)} NOT valid"
        self.fact(f"checkpoints  {len(checkpoints)} signed checkpoint(s): {state}")
        return checkpoints

    # 4-5. records and proofs -------------------------------------------------------------
    def check_records_and_proofs(
        self, manifest: Mapping[str, Any], files: Mapping[str, Any], known: Sequence[Checkpoint]
    ) -> None:
        try:
            proofs = json.loads((self.directory / PROOFS).read_bytes())
            anchor_doc = _get(proofs, "anchor", dict, PROOFS)
            size = _get(anchor_doc, "tree_size", int, "anchor")
            anchor_root = _get(anchor_doc, "root_hash", str, "anchor")
            kind = _get(proofs, "kind", str, PROOFS)
            consistency = {
                _get(item, "from", int, "consistency"): _hashes(item.get("proof"), "consistency")
                for item in _get(proofs, "consistency", list, PROOFS)
            }
        except (OSError, ValueError, _Malformed) as exc:
            self.problem(0, "malformed", f"{PROOFS}: {exc}")
            return
        named = manifest.get("anchor", {})
        if manifest and (named.get("tree_size"), named.get("root_hash")) != (size, anchor_root):
            self.problem(size, "malformed", "the manifest and proofs.json name different anchors")
        anchor = next(
            (c for c in self.valid if c.tree_size == size and c.root_hash == anchor_root), None
        )
        if anchor is None:
            self.problem(
                size,
                "unsigned",
                f"the anchor (tree size {size}) is not a validly signed checkpoint:"
                " nothing in this export is proved",
            )
        else:
            self.fact(f"anchor       {anchor.describe()}")
        root = bytes.fromhex(anchor_root) if _HEX64.fullmatch(anchor_root) else None
        self._check_consistency(size, root, consistency, known)

        expected = files.get(RECORDS, {}).get("sha256") if files else None
        records = self._stream_records(expected)
        try:
            if kind == "range":
                self._check_range(proofs, size, root, records)
            elif kind == "inclusion":
                self._check_inclusion(proofs, size, root, records)
            else:
                self.problem(0, "malformed", f"{PROOFS}: unknown proof kind {kind!r}")
        except _Malformed as exc:
            self.problem(0, "malformed", f"{PROOFS}: {exc}")
            chain = ChainChecker(contiguous=False)
            for record in records:  # still check the chain and the file's hash
                chain.add(record)
            self.report.problems.extend(chain.finish())
        count = manifest.get("records", {}).get("count") if manifest else None
        if count is not None and count != self._count:
            held = f"the manifest lists {count} records, records.jsonl holds {self._count}"
            self.problem(0, "malformed", held)

    def _stream_records(self, expected_sha256: str | None) -> Iterator[ChainedRecord]:
        digest = hashlib.sha256()
        path = self.directory / RECORDS
        try:
            handle = path.open("rb", buffering=1 << 20)
        except OSError:
            self.problem(0, "file", f"{RECORDS} is missing")
            return
        with handle:
            for number, line in enumerate(handle, start=1):
                digest.update(line)
                record = parse_record_line(line)
                if record is None:
                    self.problem(0, "malformed", f"{RECORDS} line {number} is not a record")
                    continue
                self._count += 1
                yield record
        if expected_sha256 is not None and digest.hexdigest() != expected_sha256:
            self.problem(0, "file", f"{RECORDS} was changed after the export (SHA-256 differs)")

    def _unsigned(self, seq: int, size: int) -> None:
        if not any(p.kind == "unsigned" and p.seq > size for p in self.report.problems):
            self.problem(seq, "unsigned", f"records from seq {seq} are beyond the anchor ({size})")

    def _check_range(
        self,
        proofs: Mapping[str, Any],
        size: int,
        root: bytes | None,
        records: Iterable[ChainedRecord],
    ) -> None:
        slice_doc = _get(proofs, "range", dict, PROOFS)
        first = _get(slice_doc, "first_seq", int, "range")
        last = _get(slice_doc, "last_seq", int, "range")
        left = _hashes(slice_doc.get("left"), "range.left")
        right = _hashes(slice_doc.get("right"), "range.right")
        if not 1 <= first <= last + 1 <= size + 1:
            raise _Malformed(f"range {first}..{last} does not fit a tree of {size}")
        try:
            frontier = Frontier(size=first - 1, hashes=left)
        except ValueError as exc:
            raise _Malformed(f"range.left: {exc}") from None
        checker = TrailChecker(
            checkpoints=self.valid,
            frontier=frontier,
            start_hash=GENESIS_HASH if first == 1 else None,
        )
        for record in records:
            if record.seq > size:
                self._unsigned(record.seq, size)
            checker.add(record)
        self.report.problems.extend(checker.finish())
        present = checker.chain.last.seq if checker.chain.last is not None else first - 1
        if present < last:
            self.problem(
                present + 1,
                "truncated",
                f"records.jsonl ends at seq {present} but the export covers up to seq {last}",
            )
        elif present > last:
            self.problem(
                last + 1,
                "inserted",
                f"records.jsonl goes on to seq {present}, past the exported range {first}..{last}",
            )
        elif checker.frontier.size == last and last < size and root is not None:
            pieces = right_pieces(last, size)
            if len(pieces) != len(right):
                raise _Malformed(f"range.right holds {len(right)} hashes, not {len(pieces)}")
            full = checker.frontier.copy()
            for (_, height), subtree in zip(pieces, right, strict=True):
                full.append_subtree(subtree, height)
            if full.root() != root:
                self.problem(
                    size,
                    "root_mismatch",
                    f"seq {first}..{last} do not hash into the anchor's root: a record was"
                    " modified, deleted, inserted or reordered",
                )
        ok = not checker.chain.problems
        self.fact(
            f"records      {checker.chain.count} record(s), seq {first}..{last}:"
            f" {'numbering, links and hashes OK' if ok else 'PROBLEMS'};"
            f" {len(checker.matched)} checkpoint root(s) recomputed"
        )

    def _check_inclusion(
        self,
        proofs: Mapping[str, Any],
        size: int,
        root: bytes | None,
        records: Iterable[ChainedRecord],
    ) -> None:
        paths = {
            _get(item, "seq", int, "inclusion"): _hashes(item.get("path"), "inclusion.path")
            for item in _get(proofs, "inclusion", list, PROOFS)
        }
        chain = ChainChecker(contiguous=False)
        seen: set[int] = set()
        for record in records:
            leaf = chain.add(record)
            seen.add(record.seq)
            if record.seq > size:
                self._unsigned(record.seq, size)
                continue
            path = paths.get(record.seq)
            if path is None:
                self.problem(record.seq, "inclusion", "no inclusion proof for this record")
            elif root is not None and (
                root_from_inclusion(bytes.fromhex(leaf), record.seq - 1, size, path) != root
            ):
                self.problem(
                    record.seq,
                    "inclusion",
                    f"not in the signed log of {size} records (modified, or not from this log)",
                )
        self.report.problems.extend(chain.finish())
        for seq in sorted(set(paths) - seen):
            self.problem(seq, "deleted", "proved in proofs.json but missing from records.jsonl")
        self.fact(
            f"records      {chain.count} record(s) of a filtered slice, each with an inclusion"
            f" proof against the anchor"
        )

    def _check_consistency(
        self,
        size: int,
        root: bytes | None,
        proofs: Mapping[int, list[bytes]],
        known: Sequence[Checkpoint],
    ) -> None:
        beyond = [c for c in self.valid if c.tree_size > size]
        truncated = truncation_problem(size, beyond)
        if truncated is not None:
            self.report.problems.append(truncated)
        proved = 0
        mine = [(c, False) for c in self.valid if c.tree_size <= size]
        theirs = [(c, True) for c in known]
        for checkpoint, held in [*mine, *theirs]:
            who = "the checkpoint you kept" if held else "checkpoint"
            if checkpoint.tree_size > size:
                self.problem(
                    size + 1,
                    "truncated",
                    f"{who} at tree size {checkpoint.tree_size} ({checkpoint.time}) is beyond"
                    f" this export's anchor ({size}): the log lost records since",
                )
                continue
            if root is None:
                continue
            old_root = bytes.fromhex(checkpoint.root_hash)
            if checkpoint.tree_size == size:
                holds = old_root == root
            else:
                proof = proofs.get(checkpoint.tree_size)
                if proof is None:
                    self.problem(
                        checkpoint.tree_size,
                        "consistency",
                        f"{who} at tree size {checkpoint.tree_size} has no consistency proof"
                        " in this export (its checkpoint is missing from the log?)",
                    )
                    continue
                holds = verify_consistency(
                    old_size=checkpoint.tree_size,
                    new_size=size,
                    old_root=old_root,
                    new_root=root,
                    proof=proof,
                )
            if holds:
                proved += 1
            else:
                self.problem(
                    checkpoint.tree_size,
                    "consistency",
                    f"{who} at tree size {checkpoint.tree_size} ({checkpoint.time}) is not a"
                    f" prefix of the anchor: the log was rewritten after it (a fork)",
                )
        extra = f", {len(known)} of them kept from earlier exports" if known else ""
        self.fact(f"consistency  {proved} checkpoint(s) proved consistent with the anchor{extra}")


def _load_known(paths: Sequence[Path], keys: dict[str, PublicKey]) -> list[SignedCheckpoint]:
    known: list[SignedCheckpoint] = []
    for path in paths:
        file = path / CHECKPOINTS if path.is_dir() else path
        if path.is_dir() and (path / KEYS).is_file():
            older, _ = read_keys(path / KEYS)
            for key_id, key in older.items():
                keys.setdefault(key_id, key)
        try:
            checkpoints, errors = read_checkpoints(file)
        except OSError as exc:
            raise ExportError(f"cannot read known checkpoints {file}: {exc.strerror}") from None
        if errors:
            raise ExportError(f"{file} is not a checkpoints file: {errors[0]}")
        known.extend(checkpoints)
    return known


def verify_export(
    directory: Path,
    *,
    pinned: Iterable[str] | None = None,
    known: Sequence[Path] = (),
) -> Report:
    """Verify the export in ``directory``; raise ``ExportError`` only if it is not one.

    ``pinned``: key ids you trust (keys they endorsed are trusted too). ``known``:
    earlier exports (or their ``checkpoints.jsonl``) whose checkpoints you kept.
    """
    if not (directory / MANIFEST).is_file():
        raise ExportError(f"{directory} is not an export directory: {MANIFEST} is missing")
    verifier = _Verifier(directory, frozenset(pinned) if pinned is not None else None)
    verifier.check_keys()
    manifest = verifier.check_manifest()
    files = verifier.check_files(manifest) if manifest else {}
    verifier.check_checkpoints()
    held = _load_known(known, verifier.keys)
    kept, problems = check_signatures(held, verifier.keys, pinned=verifier.pinned)
    for problem in problems:
        verifier.problem(problem.seq, problem.kind, "(kept checkpoint) " + problem.detail)
    verifier.check_records_and_proofs(manifest, files, kept)
    verifier.report.problems.sort(key=lambda p: (p.seq, p.kind))
    return verifier.report
