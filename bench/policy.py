"""Latency of one embedded policy decision on the full policies/ bundle.

Usage: .venv/bin/python bench/policy.py [--rounds N]

Evaluates a spread of inputs (in-country, transfers and their bases, sensitive data, CIN,
consent, objections, automated decisions: the kinds of tests/policy/test_decision_table.py,
written here on their own) round-robin through EmbeddedPolicy.decide, the call the
sidecar makes per request (input set, compiled query, contract check), and prints
p50 / p95 / p99 overall and for a typical request.
Targets: p50 <= 1 ms, p95 <= 2 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from typing import Any  # noqa: E402

from compliance.policy import EmbeddedPolicy  # noqa: E402
from compliance.policy.input import build_policy_input  # noqa: E402

# What changes from the typical request, one line per kind of decision.
SPREAD: list[dict[str, Any]] = [
    {},
    {"country": "FR"},
    {"country": "FR", "hosting_country": "US"},
    {"country": "US"},
    {"country": "US", "explicit_consent": True},
    {"country": "US", "cndp_authorization": "CNDP-T-2024-117"},
    {"country": "US", "derogation": "contract_with_subject", "evidence": "C-2025-17"},
    {"country": "US", "opt_outs": ["assistant"]},
    {"entities": {"PERSON": 1, "MA_CIN": 1}},
    {"purpose": "identity_check", "country": "FR", "entities": {"MA_CIN": 1}},
    {"purpose": "health_triage", "sensitive": ["GENETIC", "HEALTH"]},
    {"purpose": "marketing", "consents": {"marketing": "granted"}},
    {"purpose": "marketing"},
    {"consents": {"assistant": "withdrawn"}},
    {"opt_outs": ["personalization"], "processing_kinds": ["personalization"]},
    {"purpose": "credit_scoring", "automated_decision": True, "legal_effect": True},
    {"automated_decision": True, "legal_effect": True, "human_review": True},
    {"original_purpose": "embeddings"},
]


def _typical_request(**changes: Any) -> dict[str, Any]:
    """A subject of the assistant (no consent needed), two names, an upstream in Morocco."""
    arguments: dict[str, Any] = {
        "subject_hash": "3f1c0a9b",
        "consents": {},
        "opt_outs": [],
        "purpose": "assistant",
        "route": "llm",
        "country": "MA",
        "provider": "self-hosted",
        "kind": "chat",
        "entities": {"PERSON": 2},
        "sensitive": [],
    }
    arguments.update(changes)
    return build_policy_input(**arguments)


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1e3  # noqa: E731
    return f"p50 {pick(0.50):.3f} ms  p95 {pick(0.95):.3f} ms  p99 {pick(0.99):.3f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=100, help="passes over the table")
    args = parser.parse_args()
    policy = EmbeddedPolicy(policy_dir=ROOT / "policies", reload_interval=None)
    inputs = [_typical_request(**changes) for changes in SPREAD]
    typical = _typical_request()
    for request in inputs * 5:  # warm-up
        policy.decide(request)

    table: list[float] = []
    for _ in range(args.rounds):
        for request in inputs:
            started = time.perf_counter()
            policy.decide(request)
            table.append(time.perf_counter() - started)
    plain: list[float] = []
    for _ in range(args.rounds * 10):
        started = time.perf_counter()
        policy.decide(typical)
        plain.append(time.perf_counter() - started)

    print(f"policy {policy.version}: {len(inputs)} inputs x {args.rounds} rounds")
    print(f"spread of inputs {_percentiles(table)}  (mean {statistics.mean(table) * 1e3:.3f} ms)")
    print(f"typical request  {_percentiles(plain)}")


if __name__ == "__main__":
    main()
