"""Decisions remembered by their input: the same input document, the same decision.

A decision is a pure function of the policy bundle and the input document (the
subject's consents and objections, the purpose, the destination, the entity types
and sensitive categories present: ``build_policy_input``); the input holds no
clock. So a decision is cached under the bundle's version and a digest of the
canonical input, and:

* a policy reload changes the version: no decision of the old bundle is served;
* a consent or objection change changes the input: no decision taken before it
  is served for the subject;
* every decision is still audited by the guard (the cache sits behind it).

Bounded (least recently used); a lock guards it, as requests decide from threads.
With an OPA server whose bundle can change without the sidecar's policy directory
changing, keep the cache off (``policy.decision_cache: 0``, the default for
``engine: opa``).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

import orjson

from compliance.policy.types import Decision, PolicyDecisionPoint

__all__ = ["CachedPolicy"]


class CachedPolicy:
    """A decision point that answers a repeated input from memory.

    Args:
        inner: The decision point that decides (embedded or OPA).
        maxsize: Decisions remembered; at least 1.
    """

    def __init__(self, inner: PolicyDecisionPoint, *, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError("a decision cache holds at least one decision")
        self._inner = inner
        self._maxsize = maxsize
        self._decisions: OrderedDict[bytes, Decision] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def version(self) -> str:
        return self._inner.version

    @property
    def inner(self) -> PolicyDecisionPoint:
        return self._inner

    def decide(self, policy_input: Mapping[str, Any]) -> Decision:
        """The inner decision point's decision, from memory when this input was seen."""
        check = getattr(self._inner, "check_for_changes", None)
        if check is not None:
            check()  # a reload lands as on any decision, so hits see it too
        key = self._key(policy_input)
        with self._lock:
            decision = self._decisions.get(key)
            if decision is not None:
                self._decisions.move_to_end(key)
                self.hits += 1
                return decision
        decision = self._inner.decide(policy_input)  # raises PolicyError: nothing cached
        with self._lock:
            self.misses += 1
            self._decisions[key] = decision
            if len(self._decisions) > self._maxsize:
                self._decisions.popitem(last=False)
        return decision

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()

    def _key(self, policy_input: Mapping[str, Any]) -> bytes:
        # The version is read before deciding: a decision taken while a reload lands
        # is filed under the old version, which no later request asks for.
        canonical = orjson.dumps(policy_input, option=orjson.OPT_SORT_KEYS)
        return hashlib.sha256(self._inner.version.encode() + b"\x1f" + canonical).digest()
