"""The hash chain names the damaged record: modified, deleted, reordered or inserted."""

import dataclasses

import pytest

from audit import GENESIS_HASH, ChainedRecord, NotCanonical, decode, encode, link_hash, verify_chain
from tests.audit.logs import build_log


def _chain(n: int) -> list[ChainedRecord]:
    return build_log(n).records


def _kinds(records: list[ChainedRecord]) -> list[tuple[int, str]]:
    return [(p.seq, p.kind) for p in verify_chain(records)]


def test_canonical_encoding_is_deterministic_and_refuses_floats() -> None:
    assert encode({"b": 1, "a": "é"}) == '{"a":"é","b":1}'.encode()
    assert decode(encode({"b": [1, None]})) == {"b": [1, None]}
    with pytest.raises(NotCanonical):
        encode({"score": 0.5})
    with pytest.raises(NotCanonical):
        decode(b'{"b": 1}')  # not canonical: a space


def test_the_record_hash_is_an_rfc6962_leaf_over_seq_prev_and_body() -> None:
    import hashlib

    body = encode({"event": "decision"})
    expected = hashlib.sha256(b"\x00" + (1).to_bytes(8, "big") + bytes(32) + body).hexdigest()
    assert link_hash(seq=1, prev_hash=GENESIS_HASH, body=body) == expected


def test_intact_chain_verifies() -> None:
    assert verify_chain(_chain(5)) == []


def test_modified_record_is_reported_with_its_sequence_number() -> None:
    chain = _chain(5)
    chain[2] = dataclasses.replace(chain[2], body=encode({"seq": 3, "event": "forged"}))
    assert _kinds(chain) == [(3, "modified")]


def test_a_modified_record_with_a_recomputed_hash_breaks_the_next_link() -> None:
    chain = _chain(5)
    body = encode({"seq": 3, "event": "forged"})
    forged = link_hash(seq=3, prev_hash=chain[2].prev_hash, body=body)
    chain[2] = dataclasses.replace(chain[2], body=body, record_hash=forged)
    assert _kinds(chain) == [(4, "broken_link")]


def test_deleted_records_are_reported_as_the_missing_numbers() -> None:
    chain = _chain(6)
    problems = verify_chain(chain[:2] + chain[4:])
    assert [(p.seq, p.kind) for p in problems] == [(3, "deleted")]
    assert "seq 3..4 missing" in problems[0].detail


def test_reordered_records_are_reported() -> None:
    chain = _chain(5)
    assert _kinds([chain[0], chain[2], chain[1], chain[3], chain[4]]) == [(2, "reordered")]


def test_an_inserted_record_is_reported() -> None:
    chain = _chain(4)
    body = encode({"seq": 3, "event": "decision", "allow": True})
    extra = ChainedRecord(
        3, chain[1].record_hash, link_hash(seq=3, prev_hash=chain[1].record_hash, body=body), body
    )
    assert (3, "inserted") in _kinds([*chain[:3], extra, chain[3]])


def test_a_chain_that_does_not_start_at_genesis_is_reported() -> None:
    chain = _chain(3)
    assert _kinds(chain[1:]) == [(1, "deleted")]
    assert _kinds([dataclasses.replace(chain[0], prev_hash="1" * 64), *chain[1:]]) == [
        (1, "broken_link"),
        (1, "modified"),
    ]
