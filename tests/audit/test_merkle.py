"""RFC 6962 Merkle tree: test vectors, proofs for every size, tampered proofs refused."""

from __future__ import annotations

import hashlib

import pytest

from audit import Frontier, MerkleTree, node_hash, verify_consistency, verify_inclusion
from audit.merkle import EMPTY_ROOT, right_pieces

# Certificate Transparency's RFC 6962 test data: leaf inputs and the root after each.
CT_LEAVES = [
    b"",
    b"\x00",
    b"\x10",
    b"\x20\x21",
    b"\x30\x31",
    b"\x40\x41\x42\x43",
    bytes(range(0x50, 0x58)),
    bytes(range(0x60, 0x70)),
]
CT_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


def _leaf(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def _mth(leaves: list[bytes]) -> bytes:
    """RFC 6962 §2.1, literally."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    return node_hash(_mth(leaves[:k]), _mth(leaves[k:]))


LEAVES = [_leaf(i.to_bytes(4, "big")) for i in range(40)]
TREE = MerkleTree(LEAVES)


def test_roots_match_the_certificate_transparency_test_vectors() -> None:
    tree = MerkleTree(_leaf(d) for d in CT_LEAVES)
    assert [tree.root(n).hex() for n in range(1, 9)] == CT_ROOTS
    assert MerkleTree().root() == EMPTY_ROOT == hashlib.sha256(b"").digest()


def test_leaf_and_node_hashes_use_distinct_prefixes() -> None:
    left, right = _leaf(b"a"), _leaf(b"b")
    assert node_hash(left, right) == hashlib.sha256(b"\x01" + left + right).digest()
    assert node_hash(left, right) != _leaf(left + right)


def test_published_inclusion_path_for_leaf_0_of_8() -> None:
    tree = MerkleTree(_leaf(d) for d in CT_LEAVES)
    assert [h.hex()[:8] for h in tree.inclusion_proof(0, 8)] == ["96a296d2", "5f083f0a", "6b47aaf2"]


@pytest.mark.parametrize("size", range(1, 41))
def test_frontier_and_tree_agree_with_the_definition_at_every_size(size: int) -> None:
    frontier = Frontier()
    frontier.extend(LEAVES[:size])
    assert frontier.root() == TREE.root(size) == _mth(LEAVES[:size])
    assert TREE.frontier(size).root() == frontier.root()


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 13, 21, 32, 40])
def test_every_inclusion_proof_verifies_and_a_wrong_leaf_does_not(size: int) -> None:
    root = TREE.root(size)
    for index in range(size):
        path = TREE.inclusion_proof(index, size)
        assert verify_inclusion(leaf=LEAVES[index], index=index, size=size, path=path, root=root)
        wrong = LEAVES[(index + 1) % 40]
        assert not verify_inclusion(leaf=wrong, index=index, size=size, path=path, root=root)
        if path:
            assert not verify_inclusion(
                leaf=LEAVES[index], index=index, size=size, path=path[:-1], root=root
            )


@pytest.mark.parametrize("new", [1, 2, 3, 7, 8, 9, 16, 31, 40])
def test_every_consistency_proof_verifies_and_a_rewritten_prefix_does_not(new: int) -> None:
    forged = [*LEAVES[:new]]
    forged[0] = _leaf(b"forged")
    for old in range(1, new + 1):
        proof = TREE.consistency_proof(old, new)
        assert verify_consistency(
            old_size=old,
            new_size=new,
            old_root=TREE.root(old),
            new_root=TREE.root(new),
            proof=proof,
        )
        assert not verify_consistency(
            old_size=old,
            new_size=new,
            old_root=_mth(forged[:old]),
            new_root=TREE.root(new),
            proof=proof,
        )


def test_a_range_completes_from_its_left_frontier_and_right_subtrees() -> None:
    for first in range(0, 40, 3):
        for last in range(first, 41, 5):
            frontier = TREE.frontier(first)
            frontier.extend(LEAVES[first:last])
            for (_, height), subtree in zip(
                right_pieces(last, 40), TREE.right_hashes(last, 40), strict=True
            ):
                frontier.append_subtree(subtree, height)
            assert frontier.root() == TREE.root(40)


def test_a_frontier_refuses_the_wrong_number_of_hashes() -> None:
    with pytest.raises(ValueError, match="holds 2 hashes"):
        Frontier(size=3, hashes=[LEAVES[0]])
