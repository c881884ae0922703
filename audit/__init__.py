"""Tamper-evident audit trail, verifiable offline.

Standard library plus ``cryptography`` only: a regulator runs
``python -m audit verify DIR`` without trusting or installing the rest of cndp-guard.
"""

from audit.canonical import NotCanonical, decode, encode
from audit.chain import GENESIS_HASH, ChainedRecord, Problem, link_hash, verify_chain

__all__ = [
    "ChainedRecord",
    "GENESIS_HASH",
    "NotCanonical",
    "Problem",
    "decode",
    "encode",
    "link_hash",
    "verify_chain",
]
