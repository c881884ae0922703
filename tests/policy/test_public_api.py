"""The public surface of compliance.policy is pinned: changing it is a decision."""

from __future__ import annotations

import compliance.policy


def test_all_is_pinned_and_sorted() -> None:
    assert compliance.policy.__all__ == [
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
    assert compliance.policy.__all__ == sorted(compliance.policy.__all__)
    assert compliance.policy.ENTRYPOINT == "cndp/decision"


def test_embedded_policy_satisfies_the_decision_point_protocol(
    policy: compliance.policy.EmbeddedPolicy,
) -> None:
    point: compliance.policy.PolicyDecisionPoint = policy

    assert isinstance(point.version, str)
    assert callable(point.decide)
