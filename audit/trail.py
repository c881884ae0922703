"""Checking a stream of records against the signed checkpoints that cover them.

The chain (``audit.chain``) finds the damaged record; the checkpoints prove the
whole: as the records stream past, a ``Frontier`` recomputes the Merkle root at
every checkpointed size and compares it with the signed one. A regenerated chain,
a record changed together with every later hash, or a tail cut off after a
checkpoint all contradict a signature, and are reported at their tree size.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from audit.chain import GENESIS_HASH, ChainChecker, ChainedRecord, Problem
from audit.checkpoint import Checkpoint, SignedCheckpoint, trusted_closure
from audit.keys import PublicKey
from audit.merkle import Frontier


class TrailChecker:
    """Feeds records into the chain checker and a Merkle frontier; compares roots.

    ``frontier`` is the compact range of the records before the first one fed
    (empty for a whole log); only checkpoints at or beyond its size are compared.
    """

    def __init__(
        self,
        *,
        checkpoints: Iterable[Checkpoint],
        frontier: Frontier | None = None,
        start_hash: str | None = GENESIS_HASH,
    ) -> None:
        self.frontier = frontier.copy() if frontier is not None else Frontier()
        start = self.frontier.size
        self.chain = ChainChecker(start_seq=start + 1, start_hash=start_hash)
        self._pending = sorted(
            (c for c in checkpoints if c.tree_size >= start), key=lambda c: c.tree_size
        )
        self._next = 0
        self._last_good = start
        self.matched: list[Checkpoint] = []
        self.problems: list[Problem] = []
        self._head = start_hash
        self._compare()

    def add(self, record: ChainedRecord) -> None:
        leaf = self.chain.add(record)
        self._head = leaf
        self.frontier.append(bytes.fromhex(leaf))
        pending = self._pending
        if self._next < len(pending) and pending[self._next].tree_size == self.frontier.size:
            self._compare()

    def _compare(self) -> None:
        size = self.frontier.size
        pending = self._pending
        if self._next >= len(pending) or pending[self._next].tree_size != size:
            return
        root = self.frontier.root().hex()
        while self._next < len(pending) and pending[self._next].tree_size == size:
            checkpoint = pending[self._next]
            self._next += 1
            if checkpoint.root_hash != root:
                self.problems.append(
                    Problem(
                        size,
                        "root_mismatch",
                        f"{checkpoint.describe()}: the records do not hash to its signed root;"
                        f" a record in seq {self._last_good + 1}..{size} was modified, deleted,"
                        " inserted or reordered",
                    )
                )
            elif self._head is not None and checkpoint.head_hash != self._head:
                self.problems.append(
                    Problem(
                        size,
                        "root_mismatch",
                        f"{checkpoint.describe()}: its head_hash is not the hash of seq {size}",
                    )
                )
            else:
                self.matched.append(checkpoint)
                self._last_good = size

    def unreached(self) -> list[Checkpoint]:
        """Checkpoints beyond the last record fed, smallest first."""
        return self._pending[self._next :]

    def finish(self) -> list[Problem]:
        """Chain and root problems, in sequence order (truncation is the caller's call)."""
        return sorted([*self.chain.finish(), *self.problems], key=lambda p: p.seq)


def truncation_problem(end: int, beyond: Sequence[Checkpoint]) -> Problem | None:
    """The tail cut off: signed checkpoints cover records after the last one present."""
    if not beyond:
        return None
    largest = max(beyond, key=lambda c: c.tree_size)
    return Problem(
        end + 1,
        "truncated",
        f"{largest.describe()} covers seq {end + 1}..{largest.tree_size}, which are missing:"
        f" the tail was cut off after a signed checkpoint ({len(beyond)} checkpoint(s) beyond"
        f" seq {end})",
    )


def check_signatures(
    checkpoints: Iterable[SignedCheckpoint],
    keys: Mapping[str, PublicKey],
    *,
    pinned: frozenset[str] | None = None,
) -> tuple[list[Checkpoint], list[Problem]]:
    """Split checkpoints into validly signed ones and problems (one per bad checkpoint)."""
    trusted = trusted_closure(keys, pinned) if pinned is not None else None
    valid: list[Checkpoint] = []
    problems: list[Problem] = []
    for signed in checkpoints:
        problem = signed.signature_problem(keys, trusted=trusted)
        if problem is None:
            valid.append(signed.checkpoint)
        else:
            problems.append(problem)
    return valid, problems


def verify_trail(
    records: Iterable[ChainedRecord],
    *,
    checkpoints: Iterable[SignedCheckpoint],
    keys: Mapping[str, PublicKey],
    pinned: frozenset[str] | None = None,
) -> list[Problem]:
    """Verify a whole log from seq 1: links, hashes, signatures, roots, truncation.

    Records after the last checkpoint are not a problem here (they wait for the
    next one); an export always ends on a checkpoint.
    """
    valid, problems = check_signatures(checkpoints, keys, pinned=pinned)
    checker = TrailChecker(checkpoints=valid)
    for record in records:
        checker.add(record)
    problems.extend(checker.finish())
    truncated = truncation_problem(checker.frontier.size, checker.unreached())
    if truncated is not None:
        problems.append(truncated)
    return sorted(problems, key=lambda p: p.seq)
