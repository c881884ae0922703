"""The contract between the code and the Rego policies (DESIGN.md, "Policy input and decision")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

ACTIONS = frozenset({"keep", "pseudonymize", "mask", "redact", "hash"})


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Decision:
    """The decision document; ``actions`` maps entity types (and ``default``) to an action."""

    allow: bool
    reasons: tuple[Reason, ...]
    actions: Mapping[str, str]
    policy_version: str
    obligations: Mapping[str, Any] = field(default_factory=dict)

    def action_for(self, entity_type: str) -> str:
        """The action for an entity type; unknown types fall back to ``default``, then redact."""
        return self.actions.get(entity_type, self.actions.get("default", "redact"))

    @property
    def reason_codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)


class PolicyDecisionPoint(Protocol):
    """Evaluates the policy bundle for one input document."""

    @property
    def version(self) -> str:
        """Hash of the loaded policy bundle (modules and data)."""
        ...

    def decide(self, policy_input: Mapping[str, Any]) -> Decision:
        """Return the decision. Raises ``compliance.errors.PolicyError`` on any failure,
        including an undefined or malformed decision (fail closed)."""
        ...
