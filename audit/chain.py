"""Hash chain over audit records: each record commits to the one before it.

``record_hash = SHA-256(0x00 || seq (8 bytes, big endian) || prev_hash || canonical body)``.
That is also the record's RFC 6962 leaf hash (``audit.merkle``), so one value both
links the chain and feeds the signed Merkle tree.

The chain localises damage to a sequence number: changing a record breaks its own
hash, removing or inserting one breaks the numbering and the next link. What the
chain alone cannot see (a tail cut off, a chain regenerated from scratch) the
signed checkpoints catch (``audit.trail``).
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
    """One failure, at the sequence number (or tree size) where it shows.

    ``kind`` is one of: ``modified``, ``deleted``, ``reordered``, ``inserted``,
    ``broken_link`` (the chain); ``root_mismatch``, ``truncated``, ``unsigned``
    (the Merkle tree against the checkpoints); ``bad_signature``, ``unknown_key``,
    ``untrusted_key``, ``bad_key`` (signatures); ``inclusion``, ``consistency``
    (proofs); ``file`` and ``malformed`` (an export's files).
    """

    seq: int
    kind: str
    detail: str


def _seqs(first: int, last: int) -> str:
    return f"seq {first}" if first == last else f"seq {first}..{last}"


class ChainChecker:
    """Checks records one at a time, in the order they are stored.

    ``contiguous=False`` is for a filtered slice (one subject's records): numbers
    may skip, but must still increase, and adjacent numbers must still link.
    """

    def __init__(
        self,
        *,
        start_seq: int = 1,
        start_hash: str | None = GENESIS_HASH,
        contiguous: bool = True,
    ) -> None:
        self.problems: list[Problem] = []
        self._contiguous = contiguous
        self._start_seq = start_seq
        self._start_hash = start_hash
        self._high = start_seq - 1
        self._prev: ChainedRecord | None = None
        self._missing: list[tuple[int, int]] = []  # (first, last) ranges not seen yet
        self.count = 0

    def add(self, record: ChainedRecord) -> str:
        """Check ``record``; return its leaf hash recomputed from its content."""
        self.count += 1
        seq = record.seq
        if seq == self._high + 1 or (not self._contiguous and seq > self._high):
            self._high = seq
        elif seq > self._high + 1:
            self._missing.append((self._high + 1, seq - 1))
            self._high = seq
        elif self._claim_missing(seq) or (not self._contiguous and seq < self._high):
            self._report(seq, "reordered", f"stored after seq {self._high}")
        else:
            self._report(seq, "inserted", "a second record claims this sequence number")
        prev = self._prev
        if prev is not None and prev.seq == seq - 1:
            if record.prev_hash != prev.record_hash:
                self._report(seq, "broken_link", f"prev_hash is not the hash of seq {seq - 1}")
        elif (
            prev is None
            and seq == self._start_seq
            and self._start_hash is not None
            and record.prev_hash != self._start_hash
        ):
            self._report(seq, "broken_link", "prev_hash is not where the chain starts")
        recomputed = link_hash(seq=seq, prev_hash=record.prev_hash, body=record.body)
        if recomputed != record.record_hash:
            self._report(seq, "modified", "record_hash does not match the record's content")
        self._prev = record
        return recomputed

    def _claim_missing(self, seq: int) -> bool:
        for index, (first, last) in enumerate(self._missing):
            if first <= seq <= last:
                pieces = [(a, b) for a, b in ((first, seq - 1), (seq + 1, last)) if a <= b]
                self._missing[index : index + 1] = pieces
                return True
        return False

    def _report(self, seq: int, kind: str, detail: str) -> None:
        self.problems.append(Problem(seq, kind, detail))

    def finish(self) -> list[Problem]:
        """Report the numbers never seen, then every problem in sequence order."""
        for first, last in self._missing:
            self._report(first, "deleted", f"{_seqs(first, last)} missing")
        self._missing = []
        self.problems.sort(key=lambda p: p.seq)
        return self.problems

    @property
    def last(self) -> ChainedRecord | None:
        return self._prev


def verify_chain(
    records: Iterable[ChainedRecord], *, start_seq: int = 1, start_hash: str = GENESIS_HASH
) -> list[Problem]:
    """Check every link; return one ``Problem`` per failure (empty list: the chain holds)."""
    checker = ChainChecker(start_seq=start_seq, start_hash=start_hash)
    for record in records:
        checker.add(record)
    return checker.finish()
