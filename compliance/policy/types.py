"""The contract between the code and the Rego policies (DESIGN.md, "Policy input and decision")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal, Protocol

ACTIONS = frozenset({"keep", "pseudonymize", "mask", "redact", "hash"})

Role = Literal["refusal", "ground"]
REFUSAL: Final = "refusal"
GROUND: Final = "ground"
ROLES: tuple[Role, ...] = (REFUSAL, GROUND)


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason code of a decision, with its role and the message citing its article.

    ``role`` is ``"refusal"`` for a code that refuses the request (the policy's ``deny``)
    and ``"ground"`` for what an allowed part of the decision rests on (its ``grounds``):
    a refused request to the US still says it rests on a contract, and that ground must
    never be counted, shown or audited as a refusal.
    """

    code: str
    message: str
    role: Role

    @property
    def refuses(self) -> bool:
        return self.role == REFUSAL


@dataclass(frozen=True, slots=True)
class Decision:
    """The decision document; ``actions`` maps entity types (and ``default``) to an action."""

    allow: bool
    reasons: tuple[Reason, ...]
    actions: Mapping[str, str]
    policy_version: str
    obligations: Mapping[str, Any] = field(default_factory=dict)
    # What to do with personal data the model produced in the answer (policies/cndp/answer.rego).
    answer_actions: Mapping[str, str] = field(default_factory=lambda: {"default": "redact"})
    # What to do to the pixels of image parts (policies/cndp/images.rego): "keep" leaves a
    # region as it is; any other action blacks out text and blurs a face. Metadata is
    # stripped whatever it says.
    image_actions: Mapping[str, str] = field(default_factory=lambda: {"default": "redact"})

    def action_for(self, entity_type: str) -> str:
        """The action for an entity type; unknown types fall back to ``default``, then redact."""
        return self.actions.get(entity_type, self.actions.get("default", "redact"))

    def answer_action_for(self, entity_type: str) -> str:
        """The action on an answer's entity type, as ``action_for`` for requests."""
        return self.answer_actions.get(entity_type, self.answer_actions.get("default", "redact"))

    def image_action_for(self, entity_type: str) -> str:
        """The action on a type found in an image, as ``action_for`` for texts."""
        return self.image_actions.get(entity_type, self.image_actions.get("default", "redact"))

    @property
    def reason_codes(self) -> tuple[str, ...]:
        """Every code, refusals first then grounds (as the policy ordered them)."""
        return tuple(r.code for r in self.reasons)

    @property
    def refusal_codes(self) -> tuple[str, ...]:
        """The codes that refuse the request: empty when it is allowed.

        What a 403 lists, what ``cndp_guard_denials_total`` counts, what the register
        charts as refusals.
        """
        return tuple(r.code for r in self.reasons if r.role == REFUSAL)

    @property
    def ground_codes(self) -> tuple[str, ...]:
        """The codes the decision rests on (lawful basis, transfer basis...), never refusals."""
        return tuple(r.code for r in self.reasons if r.role == GROUND)


class PolicyDecisionPoint(Protocol):
    """Evaluates the policy bundle for one input document."""

    @property
    def version(self) -> str:
        """Hash of the loaded policy bundle (modules and data)."""
        ...

    def decide(self, policy_input: Mapping[str, Any]) -> Decision:
        """Return the decision. Raises ``compliance.core.errors.PolicyError`` on any failure,
        including an undefined or malformed decision (fail closed)."""
        ...
