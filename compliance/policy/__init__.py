"""Policy: the decision point between detection and minimization (DESIGN.md, step 5).

The Rego policies under ``policies/`` decide, per request, whether it may proceed and what
happens to each entity type; this package builds their input, evaluates them and checks
what they return.
"""

from compliance.policy.bundle import PolicyBundle, load_bundle
from compliance.policy.decision import ENTRYPOINT, parse_decision
from compliance.policy.embedded import EmbeddedPolicy
from compliance.policy.input import build_policy_input
from compliance.policy.rego_tests import TestResult, run_rego_tests
from compliance.policy.types import ACTIONS, Decision, PolicyDecisionPoint, Reason

__all__ = [
    "ACTIONS",
    "Decision",
    "ENTRYPOINT",
    "EmbeddedPolicy",
    "PolicyBundle",
    "PolicyDecisionPoint",
    "Reason",
    "TestResult",
    "build_policy_input",
    "load_bundle",
    "parse_decision",
    "run_rego_tests",
]
