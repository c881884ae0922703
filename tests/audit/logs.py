"""Build signed logs in memory for the audit tests: records, Merkle tree, checkpoints."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from audit import (
    GENESIS_HASH,
    ChainedRecord,
    MerkleTree,
    PublicKey,
    SignedCheckpoint,
    SigningKey,
    encode,
    link_hash,
    sign_checkpoint,
    write_export,
)


@dataclass
class Log:
    key: SigningKey
    records: list[ChainedRecord] = field(default_factory=list)
    tree: MerkleTree = field(default_factory=MerkleTree)
    checkpoints: list[SignedCheckpoint] = field(default_factory=list)
    keys: list[PublicKey] = field(default_factory=list)

    def append(self, body: dict[str, object]) -> ChainedRecord:
        seq = len(self.records) + 1
        prev = self.records[-1].record_hash if self.records else GENESIS_HASH
        data = encode({**body, "seq": seq})
        record = ChainedRecord(seq, prev, link_hash(seq=seq, prev_hash=prev, body=data), data)
        self.records.append(record)
        self.tree.append(bytes.fromhex(record.record_hash))
        return record

    def checkpoint(self, key: SigningKey | None = None) -> SignedCheckpoint:
        signed = sign_checkpoint(
            key=key or self.key,
            tree_size=self.tree.size,
            root_hash=self.tree.root().hex(),
            head_hash=self.records[-1].record_hash,
        )
        self.checkpoints.append(signed)
        return signed

    def export(
        self,
        out: Path,
        *,
        records: Sequence[ChainedRecord] | None = None,
        contiguous: bool = True,
        filters: dict[str, str | None] | None = None,
    ) -> Path:
        write_export(
            out,
            tree=self.tree,
            records=self.records if records is None else records,
            checkpoints=self.checkpoints,
            keys=self.keys or [self.key.public_key(created_at="2026-11-01T00:00:00Z")],
            signer=self.key,
            filters=filters or {},
            contiguous=contiguous,
        )
        return out


def build_log(n: int, *, every: int = 10, key: SigningKey | None = None) -> Log:
    """``n`` decision records, a checkpoint every ``every`` records and one at the end."""
    log = Log(key=key or SigningKey.generate())
    for i in range(1, n + 1):
        log.append({"event": "decision", "route": "llm", "subject_hash": f"s{i % 3}", "n": i})
        if i % every == 0 or i == n:
            log.checkpoint()
    return log


def rechain(records: Sequence[ChainedRecord], start: int = 0) -> list[ChainedRecord]:
    """What a forger does: recompute every hash from ``start`` on, so the chain links again."""
    out = list(records[:start])
    prev = out[-1].record_hash if out else GENESIS_HASH
    for index, record in enumerate(records[start:], start=start + 1):
        digest = link_hash(seq=index, prev_hash=prev, body=record.body)
        out.append(dataclasses.replace(record, seq=index, prev_hash=prev, record_hash=digest))
        prev = digest
    return out
