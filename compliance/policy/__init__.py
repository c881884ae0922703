"""Policy: the decision point between detection and minimization (DESIGN.md, step 5).

The Rego policies under ``policies/`` decide, per request, whether it may proceed, what
happens to each entity type and what else the sidecar must do (obligations); this package
builds their input, evaluates them with the embedded engine or an OPA server, checks what
they return, and picks a destination among a route's fallbacks (residency routing).
"""

from typing import TYPE_CHECKING, Any

# First: regopy's library must find the C++ runtime in the global scope (see _native).
from compliance.policy import _native  # noqa: F401  (imported for its effect)
from compliance.policy.bundle import PolicyBundle, load_bundle
from compliance.policy.cache import CachedPolicy
from compliance.policy.decision import ENTRYPOINT, parse_decision
from compliance.policy.embedded import EmbeddedPolicy
from compliance.policy.input import build_policy_input
from compliance.policy.rego_tests import TestResult, run_rego_tests
from compliance.policy.routing import Attempt, Destination, choose_destination
from compliance.policy.types import ACTIONS, Decision, PolicyDecisionPoint, Reason

if TYPE_CHECKING:
    from compliance.policy.opa import OpaPolicy

__all__ = [
    "ACTIONS",
    "Attempt",
    "CachedPolicy",
    "Decision",
    "Destination",
    "ENTRYPOINT",
    "EmbeddedPolicy",
    "OpaPolicy",
    "PolicyBundle",
    "PolicyDecisionPoint",
    "Reason",
    "TestResult",
    "build_policy_input",
    "choose_destination",
    "load_bundle",
    "parse_decision",
    "run_rego_tests",
]


def __getattr__(name: str) -> Any:
    # The OPA client (aiohttp, requests: a third of `policy eval`'s start-up) is loaded
    # only where an OPA server is used, not by the embedded engine's commands.
    if name == "OpaPolicy":
        from compliance.policy.opa import OpaPolicy

        return OpaPolicy
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
