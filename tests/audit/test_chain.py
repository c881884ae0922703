import dataclasses

import pytest

from audit import GENESIS_HASH, ChainedRecord, NotCanonical, decode, encode, link_hash, verify_chain


def _chain(n: int) -> list[ChainedRecord]:
    out, prev = [], GENESIS_HASH
    for seq in range(1, n + 1):
        body = encode({"seq": seq, "event": "decision", "entities": {"PERSON": seq}})
        digest = link_hash(seq=seq, prev_hash=prev, body=body)
        out.append(ChainedRecord(seq, prev, digest, body))
        prev = digest
    return out


def test_canonical_encoding_is_deterministic_and_refuses_floats() -> None:
    assert encode({"b": 1, "a": "é"}) == '{"a":"é","b":1}'.encode()
    assert decode(encode({"b": [1, None]})) == {"b": [1, None]}
    with pytest.raises(NotCanonical):
        encode({"score": 0.5})


def test_intact_chain_verifies() -> None:
    assert verify_chain(_chain(5)) == []


def test_modified_record_is_reported_with_its_sequence_number() -> None:
    chain = _chain(5)
    chain[2] = dataclasses.replace(chain[2], body=encode({"seq": 3, "event": "forged"}))
    problems = verify_chain(chain)
    assert [(p.seq, p.kind) for p in problems] == [(3, "modified")]


def test_deleted_and_reordered_records_are_reported() -> None:
    chain = _chain(5)
    assert {p.kind for p in verify_chain(chain[:2] + chain[3:])} == {"gap", "broken_link"}
    swapped = [chain[0], chain[2], chain[1], chain[3], chain[4]]
    assert "reordered" in {p.kind for p in verify_chain(swapped)}
