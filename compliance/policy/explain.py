"""A readable account of a decision (``cndp-guard policy eval --explain``).

The decision document says what was decided; a policy author also wants to see why: which
denials and grounds fired, and the intermediate facts the rules computed (declared purpose,
lawful basis, consent state, what leaves and where to). They are the package's own rules,
read with the embedded engine for the same input.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regopy

from compliance.policy.bundle import DATA_ROOT, PolicyBundle, new_interpreter
from compliance.policy.types import Decision

# (label, rule of package cndp) in reading order; an undefined rule reads "-".
FACTS = (
    ("purpose declared", "purpose"),
    ("lawful basis", "lawful_basis"),
    ("consent state", "consent_state"),
    ("re-purposed from", "original_purpose"),
    ("detected types", "detected_types"),
    ("leaving (kept or pseudonymized)", "leaving_types"),
    ("sensitive data", "has_sensitive"),
    ("health-care exception (art. 22)", "health_care_exception"),
    ("countries data go to", "transfer_countries"),
    ("not on the CNDP list", "not_adequate_countries"),
    ("art. 44 bases offered", "exception_bases"),
    ("transfer bases", "transfer_bases"),
    ("kept in Morocco", "resident_types"),
    ("automated decision, legal effect", "automated_legal_decision"),
    ("processing kinds (purpose, route)", "processing_kinds"),
    ("audit level", "audit_level"),
)


_BOOLEAN_FACTS = frozenset(
    {"purpose", "has_sensitive", "health_care_exception", "automated_legal_decision"}
)


def explain(bundle: PolicyBundle, policy_input: Mapping[str, Any], decision: Decision) -> str:
    """Lines describing which rules fired for ``policy_input`` and what they computed."""
    interpreter = new_interpreter(bundle)
    interpreter.set_input(dict(policy_input))
    verdict = "ALLOW" if decision.allow else "DENY"
    lines = [f"decision: {verdict} (policy {decision.policy_version})", "rules that fired:"]
    width = max((len(r.code) for r in decision.reasons), default=0)
    for reason in decision.reasons:
        kind = "deny  " if reason.refuses else "ground"
        lines.append(f"  {kind} {reason.code:<{width}}  {reason.message}")
    if not decision.reasons:
        lines.append("  (none)")
    lines.append("facts:")
    for label, rule in FACTS:
        lines.append(f"  {label:<34} {_show(rule, _value(interpreter, rule))}")
    actions = ", ".join(f"{t}={a}" for t, a in sorted(decision.actions.items()))
    lines.append(f"actions: {actions}")
    for key, value in sorted(decision.obligations.items()):
        lines.append(f"obligation {key}: {value}")
    return "\n".join(lines)


def _value(interpreter: regopy.Interpreter, rule: str) -> Any:
    try:
        output = interpreter.query(f"data.{DATA_ROOT}.{rule}")
    except Exception:  # an explanation is best effort; the decision itself was checked
        return None
    if not output.ok() or len(output.results) != 1 or len(output.results[0].expressions) != 1:
        return None  # undefined
    return output.results[0].expressions[0]


def _show(rule: str, value: Any) -> str:
    if value is None:
        return "no" if rule in _BOOLEAN_FACTS else "-"
    if rule == "purpose":
        return "yes"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(sorted(str(v) for v in value)) or "(none)"
    return str(value)


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A field of the policy input that is missing or of the wrong type, and its shape."""

    field: str  # dotted path, e.g. "destination.country"
    problem: str  # "missing" or "is a <JSON type>"
    expected: str  # what the field holds, with an example

    def __str__(self) -> str:
        return f"{self.field}: {self.problem}; expected {self.expected}"


def input_problems(bundle: PolicyBundle, policy_input: Any) -> list[InputProblem]:
    """What is wrong with ``policy_input``, field by field (``input_problems`` of input.rego).

    The policy's own description of its input, so the CLI never disagrees with the rules
    that refuse it. An input that is not a JSON object is one problem of its own.
    """
    if not isinstance(policy_input, Mapping):
        return [
            InputProblem(
                field="(the whole input)",
                problem=f"is a {_json_type(policy_input)}",
                expected="an object with subject, purpose, destination, data and transfer"
                " (see compliance.policy.build_policy_input)",
            )
        ]
    interpreter = new_interpreter(bundle)
    interpreter.set_input(dict(policy_input))
    found = _value(interpreter, "input_problems") or []
    problems = [
        InputProblem(field=str(p["field"]), problem=str(p["problem"]), expected=str(p["expected"]))
        for p in found
        if isinstance(p, Mapping)
    ]
    return sorted(problems, key=lambda p: p.field)


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")
