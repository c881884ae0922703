"""Hash chain over audit records: each record commits to the one before it.

``record_hash = SHA-256(0x00 || seq (8 bytes, big endian) || prev_hash || canonical body)``.
Changing, removing, inserting or reordering a record breaks every later link.
(Signed checkpoints and Merkle proofs, which also catch a truncated tail, build on this.)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS_HASH = "0" * 64
_LEAF_PREFIX = b"\x00"


def link_hash(*, seq: int, prev_hash: str, body: bytes) -> str:
    """The hash of record ``seq`` whose predecessor hashed to ``prev_hash``."""
    digest = hashlib.sha256()
    digest.update(_LEAF_PREFIX)
    digest.update(seq.to_bytes(8, "big"))
    digest.update(bytes.fromhex(prev_hash))
    digest.update(body)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class ChainedRecord:
    seq: int
    prev_hash: str
    record_hash: str
    body: bytes


@dataclass(frozen=True, slots=True)
class Problem:
    seq: int
    kind: str  # gap | reordered | broken_link | modified
    detail: str


def verify_chain(
    records: Iterable[ChainedRecord], *, start_seq: int = 1, start_hash: str = GENESIS_HASH
) -> list[Problem]:
    """Check every link; return one ``Problem`` per failure (empty list: the chain holds)."""
    problems: list[Problem] = []
    expected_seq, expected_prev = start_seq, start_hash
    for record in records:
        if record.seq != expected_seq:
            kind = "gap" if record.seq > expected_seq else "reordered"
            problems.append(Problem(record.seq, kind, f"expected seq {expected_seq}"))
        if record.prev_hash != expected_prev:
            problems.append(Problem(record.seq, "broken_link", "prev_hash does not match"))
        recomputed = link_hash(seq=record.seq, prev_hash=record.prev_hash, body=record.body)
        if recomputed != record.record_hash:
            problems.append(Problem(record.seq, "modified", "record_hash does not match body"))
        expected_seq, expected_prev = record.seq + 1, record.record_hash
    return problems
