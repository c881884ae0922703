"""Check a decision document from any engine and turn it into a ``Decision``.

Every engine (embedded regopy, an OPA server) returns plain JSON; this module is the one
place that decides whether that JSON may drive minimization and forwarding. Anything off
contract is a ``PolicyError``: a policy bug must stop traffic, not leak it. Messages name
the field and what was expected, never a value (a value could come from the input).
"""

from __future__ import annotations

from typing import Any, NoReturn

from compliance.core.errors import PolicyError
from compliance.policy.types import ACTIONS, REFUSAL, ROLES, Decision, Reason

ENTRYPOINT = "cndp/decision"

_REQUIRED = frozenset({"allow", "reasons", "actions"})
_ALLOWED = _REQUIRED | {"obligations", "answer_actions", "image_actions"}


def parse_decision(document: Any, *, policy_version: str) -> Decision:
    """Validate ``document`` against the contract and stamp ``policy_version`` on it.

    Raises:
        PolicyError: the document is not exactly ``{allow, reasons, actions[, obligations]}``
            with the types of DESIGN.md (each reason ``{code, role, message}``), an action
            is unknown, a denial gives no refusal reason, or an allowed decision gives one.
    """
    if not isinstance(document, dict):
        _fail(f"is a {_kind(document)}, not an object")
    keys = set(document)
    if not keys >= _REQUIRED or not keys <= _ALLOWED:
        _fail(f"has keys {sorted(keys)}; expected {sorted(_REQUIRED)} and optionally 'obligations'")
    allow = document["allow"]
    if not isinstance(allow, bool):
        _fail(f"'allow' is a {_kind(allow)}, not a boolean")
    reasons = _reasons(document["reasons"])
    refusals = sum(reason.role == REFUSAL for reason in reasons)
    if not allow and not refusals:
        _fail(
            "denies without a refusal reason; every denial needs a reason code of role"
            " 'refusal' for the audit trail"
        )
    if allow and refusals:
        _fail("allows with a reason of role 'refusal'; a refusal reason means allow is false")
    obligations = document.get("obligations", {})
    if not isinstance(obligations, dict):
        _fail(f"'obligations' is a {_kind(obligations)}, not an object")
    return Decision(
        allow=allow,
        reasons=reasons,
        actions=_actions(document["actions"]),
        policy_version=policy_version,
        obligations=obligations,
        answer_actions=_actions(document.get("answer_actions", {"default": "redact"})),
        image_actions=_actions(document.get("image_actions", {"default": "redact"})),
    )


def _reasons(value: Any) -> tuple[Reason, ...]:
    if not isinstance(value, list):
        _fail(f"'reasons' is a {_kind(value)}, not a list")
    reasons = []
    for index, item in enumerate(value):
        if (
            not isinstance(item, dict)
            or set(item) != {"code", "role", "message"}
            or not all(isinstance(item[key], str) and item[key] for key in ("code", "message"))
        ):
            _fail(
                f"reasons[{index}] is not an object of non-empty strings 'code' and 'message'"
                f" and a 'role' ({' or '.join(ROLES)})"
            )
        role = item["role"]
        if role not in ROLES:
            _fail(f"reasons[{index}] has a 'role' that is neither {' nor '.join(ROLES)}")
        reasons.append(Reason(code=item["code"], message=item["message"], role=role))
    return tuple(reasons)


def _actions(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        _fail(f"'actions' is a {_kind(value)}, not an object")
    if "default" not in value:
        _fail("'actions' has no 'default'; entity types the policy did not list need one")
    for entity_type, action in value.items():
        if not isinstance(action, str) or action not in ACTIONS:
            # The entity type is a label we defined, not input data: safe to name.
            _fail(
                f"'actions' gives {entity_type!r} an unknown action; use one of {sorted(ACTIONS)}"
            )
    return dict(value)


def _kind(value: Any) -> str:
    return type(value).__name__


def _fail(problem: str) -> NoReturn:
    raise PolicyError(f"policy decision {ENTRYPOINT} {problem}; run `cndp-guard policy test`")
