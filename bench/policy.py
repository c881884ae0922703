"""Latency of one embedded policy decision on the full policies/ bundle.

Usage: .venv/bin/python bench/policy.py [--rounds N]

Evaluates every row of the decision table (tests/policy/test_decision_table.py: in-country,
transfers, sensitive data, CIN, consent, objections, automated decisions...) round-robin
through EmbeddedPolicy.decide, the call the sidecar makes per request (input set, compiled
query, contract check), and prints p50 / p95 / p99 overall and for a typical request.
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

from compliance.policy import EmbeddedPolicy  # noqa: E402
from tests.policy.conftest import _typical_request  # noqa: E402
from tests.policy.test_decision_table import DECISIONS  # noqa: E402


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1e3  # noqa: E731
    return f"p50 {pick(0.50):.3f} ms  p95 {pick(0.95):.3f} ms  p99 {pick(0.99):.3f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=100, help="passes over the table")
    args = parser.parse_args()
    policy = EmbeddedPolicy(policy_dir=ROOT / "policies", reload_interval=None)
    inputs = [_typical_request(**case.values[0]) for case in DECISIONS]
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

    print(f"policy {policy.version}: {len(inputs)} table rows x {args.rounds} rounds")
    print(f"decision table   {_percentiles(table)}  (mean {statistics.mean(table) * 1e3:.3f} ms)")
    print(f"typical request  {_percentiles(plain)}")


if __name__ == "__main__":
    main()
