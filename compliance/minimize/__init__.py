"""Minimization: per-entity actions, deterministic pseudonyms, re-identification."""

from compliance.minimize.apply import Minimizer
from compliance.minimize.pseudonyms import TOKEN_RE, PseudonymMap, keyed_hash
from compliance.minimize.reidentify import StreamRestorer, restore

__all__ = [
    "Minimizer",
    "PseudonymMap",
    "StreamRestorer",
    "TOKEN_RE",
    "keyed_hash",
    "restore",
]
