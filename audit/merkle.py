"""RFC 6962 / RFC 9162 Merkle tree over the chained records.

The leaves are the records' ``record_hash`` values: ``link_hash`` already hashes
``0x00 || seq || prev_hash || body``, which is exactly an RFC 6962 leaf hash of the
leaf data ``seq || prev_hash || body``. Interior nodes hash ``0x01 || left || right``,
so a leaf can never pass for a node (second-preimage protection).

Three shapes of the same tree:

- ``Frontier``: the roots of the perfect subtrees covering leaves ``[0, size)``
  (a "compact range"). O(log n) memory; gives the root at every size while the
  records stream past. The verifier and the appender use it.
- ``MerkleTree``: every perfect aligned subtree, level by level, in flat
  ``bytearray`` s (64 MB for a million leaves). The exporter uses it to cut
  inclusion and consistency proofs for any earlier size.
- proofs: ``verify_inclusion`` and ``verify_consistency`` follow RFC 9162
  §2.1.3.2 and §2.1.4.2 to the letter.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

HASH_SIZE = 32
_NODE_PREFIX = b"\x01"
EMPTY_ROOT = hashlib.sha256(b"").digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """The hash of an interior node (RFC 6962: ``SHA-256(0x01 || left || right)``)."""
    return hashlib.sha256(_NODE_PREFIX + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than ``n`` (``n >= 2``)."""
    return 1 << ((n - 1).bit_length() - 1)


def right_pieces(start: int, end: int) -> list[tuple[int, int]]:
    """Split leaves ``[start, end)`` into maximal aligned perfect subtrees, left to right.

    Returns ``(position, height)`` pairs. Each piece starts at a multiple of its own
    size, so a ``Frontier`` of size ``position`` can absorb it whole.
    """
    pieces: list[tuple[int, int]] = []
    position = start
    while position < end:
        height = (position & -position).bit_length() - 1 if position else 64
        while (1 << height) > end - position:
            height -= 1
        pieces.append((position, height))
        position += 1 << height
    return pieces


class Frontier:
    """The compact range ``[0, size)``: one subtree root per set bit of ``size``."""

    __slots__ = ("_hashes", "_size")

    def __init__(self, *, size: int = 0, hashes: Sequence[bytes] = ()) -> None:
        if size < 0 or len(hashes) != size.bit_count():
            raise ValueError(f"a frontier of size {size} holds {size.bit_count()} hashes")
        if any(len(h) != HASH_SIZE for h in hashes):
            raise ValueError("frontier hashes must be 32 bytes")
        self._size = size
        self._hashes = list(hashes)

    @property
    def size(self) -> int:
        return self._size

    @property
    def hashes(self) -> tuple[bytes, ...]:
        """Subtree roots, largest (leftmost) first; what a checkpoint row stores."""
        return tuple(self._hashes)

    def copy(self) -> Frontier:
        return Frontier(size=self._size, hashes=self._hashes)

    def append(self, leaf: bytes) -> None:
        """Add one leaf hash (a record's ``record_hash`` as bytes)."""
        hashes = self._hashes
        hashes.append(leaf)
        count = self._size
        while count & 1:
            right = hashes.pop()
            hashes[-1] = node_hash(hashes[-1], right)
            count >>= 1
        self._size += 1

    def extend(self, leaves: Iterable[bytes]) -> None:
        for leaf in leaves:
            self.append(leaf)

    def append_subtree(self, root: bytes, height: int) -> None:
        """Add ``2**height`` leaves at once, given their subtree's root."""
        if self._size % (1 << height):
            raise ValueError(f"a subtree of height {height} cannot start at leaf {self._size}")
        hashes = self._hashes
        hashes.append(root)
        count = self._size >> height
        while count & 1:
            right = hashes.pop()
            hashes[-1] = node_hash(hashes[-1], right)
            count >>= 1
        self._size += 1 << height

    def root(self) -> bytes:
        """The RFC 6962 Merkle tree hash of the leaves so far."""
        if not self._hashes:
            return EMPTY_ROOT
        hashes = self._hashes
        result = hashes[-1]
        for left in reversed(hashes[:-1]):
            result = node_hash(left, result)
        return result


class MerkleTree:
    """Every perfect aligned subtree of the leaves appended so far, for proofs."""

    __slots__ = ("_levels",)

    def __init__(self, leaves: Iterable[bytes] = ()) -> None:
        self._levels: list[bytearray] = [bytearray()]
        for leaf in leaves:
            self.append(leaf)

    @property
    def size(self) -> int:
        return len(self._levels[0]) // HASH_SIZE

    def append(self, leaf: bytes) -> None:
        if len(leaf) != HASH_SIZE:
            raise ValueError("a leaf hash is 32 bytes")
        levels = self._levels
        index = len(levels[0]) // HASH_SIZE
        levels[0] += leaf
        height = 0
        while index & 1:
            level = levels[height]
            offset = (index - 1) * HASH_SIZE
            parent = node_hash(
                bytes(level[offset : offset + HASH_SIZE]),
                bytes(level[offset + HASH_SIZE : offset + 2 * HASH_SIZE]),
            )
            height += 1
            if len(levels) == height:
                levels.append(bytearray())
            levels[height] += parent
            index >>= 1

    def leaf(self, index: int) -> bytes:
        return self._perfect(index, 0)

    def _perfect(self, index: int, height: int) -> bytes:
        offset = index * HASH_SIZE
        return bytes(self._levels[height][offset : offset + HASH_SIZE])

    def subtree(self, start: int, end: int) -> bytes:
        """MTH of leaves ``[start, end)`` as RFC 6962 splits them (``start`` aligned)."""
        n = end - start
        if n <= 0 or end > self.size:
            raise ValueError(f"no subtree [{start}, {end}) in a tree of {self.size} leaves")
        if n & (n - 1) == 0 and start % n == 0:
            return self._perfect(start // n, n.bit_length() - 1)
        k = _split(n)
        return node_hash(self.subtree(start, start + k), self.subtree(start + k, end))

    def root(self, size: int | None = None) -> bytes:
        size = self.size if size is None else size
        return EMPTY_ROOT if size == 0 else self.subtree(0, size)

    def frontier(self, size: int) -> Frontier:
        """The compact range ``[0, size)`` (what a verifier starts a slice from)."""
        hashes: list[bytes] = []
        position = 0
        for height in range(size.bit_length() - 1, -1, -1):
            if size >> height & 1:
                hashes.append(self._perfect(position >> height, height))
                position += 1 << height
        return Frontier(size=size, hashes=hashes)

    def right_hashes(self, start: int, end: int) -> list[bytes]:
        """Roots of ``right_pieces(start, end)``: completes a slice up to ``end``."""
        return [self._perfect(pos >> height, height) for pos, height in right_pieces(start, end)]

    def inclusion_proof(self, index: int, size: int) -> list[bytes]:
        """RFC 6962 PATH(index, D[0:size])."""
        if not 0 <= index < size <= self.size:
            raise ValueError(f"leaf {index} is not in a tree of {size} leaves")
        path: list[bytes] = []
        start, end = 0, size
        while end - start > 1:
            k = _split(end - start)
            if index < start + k:
                path.append(self.subtree(start + k, end))
                end = start + k
            else:
                path.append(self.subtree(start, start + k))
                start += k
        path.reverse()
        return path

    def consistency_proof(self, old_size: int, new_size: int) -> list[bytes]:
        """RFC 6962 PROOF(old_size, D[0:new_size])."""
        if not 0 < old_size <= new_size <= self.size:
            raise ValueError(f"no consistency proof from {old_size} to {new_size}")
        proof: list[bytes] = []
        start, end, m, complete = 0, new_size, old_size, True
        while True:
            n = end - start
            if m == n:
                if not complete:
                    proof.append(self.subtree(start, end))
                break
            k = _split(n)
            if m <= k:
                proof.append(self.subtree(start + k, end))
                end = start + k
            else:
                proof.append(self.subtree(start, start + k))
                start += k
                m -= k
                complete = False
        proof.reverse()
        return proof


def root_from_inclusion(leaf: bytes, index: int, size: int, path: Sequence[bytes]) -> bytes | None:
    """The root an inclusion proof leads to (RFC 9162 §2.1.3.2), or None if malformed."""
    if not 0 <= index < size:
        return None
    fn, sn, result = index, size - 1, leaf
    for sibling in path:
        if sn == 0:
            return None
        if fn & 1 or fn == sn:
            result = node_hash(sibling, result)
            if not fn & 1:
                while not (fn & 1 or fn == 0):
                    fn >>= 1
                    sn >>= 1
        else:
            result = node_hash(result, sibling)
        fn >>= 1
        sn >>= 1
    return result if sn == 0 else None


def verify_inclusion(
    *, leaf: bytes, index: int, size: int, path: Sequence[bytes], root: bytes
) -> bool:
    """True if ``path`` proves leaf ``index`` is in the tree of ``size`` leaves with ``root``."""
    return root_from_inclusion(leaf, index, size, path) == root


def verify_consistency(
    *, old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """True if the tree of ``old_size`` leaves is a prefix of the one of ``new_size``."""
    if not 0 < old_size <= new_size:
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if not proof:
        return False
    path = list(proof)
    if old_size & (old_size - 1) == 0:
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    first = second = path[0]
    for node in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            first = node_hash(node, first)
            second = node_hash(node, second)
            if not fn & 1:
                while not (fn & 1 or fn == 0):
                    fn >>= 1
                    sn >>= 1
        else:
            second = node_hash(second, node)
        fn >>= 1
        sn >>= 1
    return sn == 0 and first == old_root and second == new_root
