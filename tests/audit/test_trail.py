"""Records against signed checkpoints: what the chain alone cannot see."""

from __future__ import annotations

import dataclasses

from audit import SignedCheckpoint, SigningKey, encode, link_hash, sign_checkpoint, verify_trail
from tests.audit.logs import build_log, rechain


def _problems(log, records=None, checkpoints=None, keys=None, pinned=None):  # type: ignore[no-untyped-def]
    keys = keys or {log.key.key_id: log.key.public_key()}
    return [
        (p.seq, p.kind)
        for p in verify_trail(
            log.records if records is None else records,
            checkpoints=log.checkpoints if checkpoints is None else checkpoints,
            keys=keys,
            pinned=pinned,
        )
    ]


def test_an_intact_signed_log_verifies() -> None:
    assert _problems(build_log(95)) == []


def test_a_tail_cut_after_a_checkpoint_is_reported_from_the_first_missing_seq() -> None:
    log = build_log(95)
    problems = verify_trail(
        log.records[:83], checkpoints=log.checkpoints, keys={log.key.key_id: log.key.public_key()}
    )
    assert [(p.seq, p.kind) for p in problems] == [(84, "truncated")]
    assert "seq 84..95" in problems[0].detail


def test_a_regenerated_chain_links_but_contradicts_the_signed_roots() -> None:
    log = build_log(50)
    forged = list(log.records)
    forged[22] = dataclasses.replace(forged[22], body=encode({"event": "decision", "seq": 23}))
    problems = _problems(log, records=rechain(forged, start=22))
    assert problems == [(30, "root_mismatch"), (40, "root_mismatch"), (50, "root_mismatch")]


def test_the_root_mismatch_names_the_span_after_the_last_good_checkpoint() -> None:
    log = build_log(50)
    forged = rechain([*log.records[:22], *log.records[23:]], start=22)  # one deleted, renumbered
    problems = verify_trail(
        forged, checkpoints=log.checkpoints, keys={log.key.key_id: log.key.public_key()}
    )
    assert problems[0].kind == "root_mismatch"
    assert "seq 21..30" in problems[0].detail
    assert problems[-1].kind == "truncated"  # one record fewer than the last checkpoint


def test_a_forged_signature_is_reported_at_its_tree_size() -> None:
    log = build_log(30)
    bad = dataclasses.replace(log.checkpoints[1], signature=bytes(64))
    assert _problems(log, checkpoints=[log.checkpoints[0], bad, log.checkpoints[2]]) == [
        (20, "bad_signature")
    ]


def test_a_checkpoint_signed_by_another_key_than_it_names_is_refused() -> None:
    log = build_log(30)
    other = SigningKey.generate()
    genuine = log.checkpoints[2].checkpoint
    wrong = SignedCheckpoint(genuine, other.sign(genuine.statement()))
    keys = {log.key.key_id: log.key.public_key(), other.key_id: other.public_key()}
    assert _problems(log, checkpoints=[wrong], keys=keys) == [(30, "bad_signature")]


def test_an_unknown_or_unpinned_key_is_reported() -> None:
    log = build_log(20)
    stranger = SigningKey.generate()
    record = log.records[-1]
    foreign = sign_checkpoint(
        key=stranger, tree_size=20, root_hash=log.tree.root().hex(), head_hash=record.record_hash
    )
    assert _problems(log, checkpoints=[foreign]) == [(20, "unknown_key")]
    keys = {stranger.key_id: stranger.public_key(), log.key.key_id: log.key.public_key()}
    assert _problems(log, checkpoints=[foreign], keys=keys, pinned=frozenset({log.key.key_id})) == [
        (20, "untrusted_key")
    ]


def test_two_checkpoints_at_one_size_with_different_roots_expose_a_fork() -> None:
    log = build_log(20)
    other_body = encode({"event": "decision", "seq": 20, "fork": True})
    head = link_hash(seq=20, prev_hash=log.records[18].record_hash, body=other_body)
    fork = sign_checkpoint(key=log.key, tree_size=20, root_hash="ab" * 32, head_hash=head)
    assert _problems(log, checkpoints=[*log.checkpoints, fork]) == [(20, "root_mismatch")]
