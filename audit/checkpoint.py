"""Signed checkpoints: "the log had ``tree_size`` records and this Merkle root".

A checkpoint statement is canonical JSON::

    {"format": "cndp-guard-checkpoint/1", "head_hash": <record_hash of seq tree_size>,
     "key_id": <signer>, "root_hash": <RFC 6962 root>, "time": <UTC, ISO 8601>,
     "tree_size": <n>}

and its signature is Ed25519 over exactly those bytes. Once a checkpoint has been
seen, the first ``tree_size`` records can no longer be changed, removed or
reordered, nor the tail cut off, without the log contradicting a signature.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from audit.canonical import decode, encode
from audit.chain import Problem
from audit.keys import PublicKey, SigningKey, b64, unb64

CHECKPOINT_FORMAT = "cndp-guard-checkpoint/1"


def utc_now() -> str:
    """The current time as checkpoints write it (ISO 8601, UTC, ``Z``)."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass(frozen=True, slots=True)
class Checkpoint:
    tree_size: int
    root_hash: str
    head_hash: str
    time: str
    key_id: str

    def statement(self) -> bytes:
        """The exact bytes that are signed."""
        return encode(
            {
                "format": CHECKPOINT_FORMAT,
                "head_hash": self.head_hash,
                "key_id": self.key_id,
                "root_hash": self.root_hash,
                "time": self.time,
                "tree_size": self.tree_size,
            }
        )

    @classmethod
    def from_statement(cls, statement: bytes) -> Checkpoint:
        """Parse signed bytes; raise ``ValueError`` if they are not a checkpoint statement."""
        document = decode(statement)
        if document.get("format") != CHECKPOINT_FORMAT:
            raise ValueError(f"not a {CHECKPOINT_FORMAT} statement")
        tree_size = document["tree_size"]
        if not isinstance(tree_size, int) or isinstance(tree_size, bool) or tree_size < 1:
            raise ValueError("tree_size must be a positive integer")
        fields = {name: document[name] for name in ("root_hash", "head_hash", "time", "key_id")}
        if not all(isinstance(value, str) for value in fields.values()):
            raise ValueError("root_hash, head_hash, time and key_id must be strings")
        return cls(tree_size=tree_size, **fields)

    def describe(self) -> str:
        return f"checkpoint at tree size {self.tree_size} ({self.time}, key {self.key_id})"


@dataclass(frozen=True, slots=True)
class SignedCheckpoint:
    checkpoint: Checkpoint
    signature: bytes

    @property
    def tree_size(self) -> int:
        return self.checkpoint.tree_size

    def to_json(self) -> dict[str, Any]:
        """One line of an export's ``checkpoints.jsonl``; the signed bytes are
        ``encode(statement)``."""
        return {
            "signature": b64(self.signature),
            "statement": decode(self.checkpoint.statement()),
        }

    @classmethod
    def from_json(cls, document: Mapping[str, Any]) -> SignedCheckpoint:
        """Parse one line of ``checkpoints.jsonl``; raise ``ValueError`` if malformed."""
        statement = document["statement"]
        if not isinstance(statement, Mapping):
            raise ValueError("statement must be a JSON object")
        return cls(Checkpoint.from_statement(encode(statement)), unb64(str(document["signature"])))

    def signature_problem(
        self, keys: Mapping[str, PublicKey], *, trusted: frozenset[str] | None = None
    ) -> Problem | None:
        """None if a known (and, when ``trusted`` is given, trusted) key signed this."""
        checkpoint = self.checkpoint
        key = keys.get(checkpoint.key_id)
        if key is None:
            return Problem(
                checkpoint.tree_size,
                "unknown_key",
                f"{checkpoint.describe()}: no published public key has this id",
            )
        if not key.verify(signature=self.signature, message=checkpoint.statement()):
            return Problem(
                checkpoint.tree_size,
                "bad_signature",
                f"{checkpoint.describe()}: the signature does not verify under key"
                f" {checkpoint.key_id} (forged, altered, or signed by another key)",
            )
        if trusted is not None and checkpoint.key_id not in trusted:
            return Problem(
                checkpoint.tree_size,
                "untrusted_key",
                f"{checkpoint.describe()}: key {checkpoint.key_id} is not one you trust"
                " (nor endorsed by one)",
            )
        return None


def sign_checkpoint(
    *, key: SigningKey, tree_size: int, root_hash: str, head_hash: str, time: str | None = None
) -> SignedCheckpoint:
    """Sign the statement that the log holds ``tree_size`` records under ``root_hash``."""
    checkpoint = Checkpoint(
        tree_size=tree_size,
        root_hash=root_hash,
        head_hash=head_hash,
        time=time or utc_now(),
        key_id=key.key_id,
    )
    return SignedCheckpoint(checkpoint, key.sign(checkpoint.statement()))


def trusted_closure(keys: Mapping[str, PublicKey], pinned: frozenset[str]) -> frozenset[str]:
    """``pinned`` plus every key endorsed, directly or through a chain, by a pinned key."""
    trusted = set(pinned)
    changed = True
    while changed:
        changed = False
        for key in keys.values():
            if (
                key.key_id not in trusted
                and key.endorsed_by in trusted
                and key.endorsement_holds(keys)
            ):
                trusted.add(key.key_id)
                changed = True
    return frozenset(trusted)
