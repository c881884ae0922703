"""Sustained load through the sidecar: 64 concurrent clients for 60 s, loopback only.

Prints requests/s, p50/p95 latency, the error count (should be 0) and RSS growth
after warm-up (should stay under 10%). Bounded by --seconds and --max-requests.

    .venv/bin/python bench/load.py [--clients 64] [--seconds 60] [--workers 2]
"""

from __future__ import annotations

import argparse
import asyncio

from harness import percentile, rss_mb, run_phase, running_stack


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-requests", type=int, default=200_000)
    args = parser.parse_args()
    with running_stack(workers=args.workers) as stack:
        url = f"{stack.sidecar_url}/llm/v1/chat/completions"
        asyncio.run(run_phase(url, concurrency=args.clients, requests=500, seconds=30, seed=7))
        rss_warm = rss_mb(stack.sidecar.pid)
        phase = asyncio.run(
            run_phase(
                url,
                concurrency=args.clients,
                requests=args.max_requests,
                seconds=args.seconds,
                seed=8,
            )
        )
        rss_end = rss_mb(stack.sidecar.pid)
    growth = (rss_end - rss_warm) / rss_warm * 100
    print(f"clients / workers            {args.clients} / {args.workers}")
    print(f"requests                     {len(phase.latencies)} in {args.seconds:.0f} s")
    print(f"errors                       {phase.errors}")
    print(f"requests/s                   {phase.rps:.1f}")
    p50, p95 = percentile(phase.latencies, 0.5), percentile(phase.latencies, 0.95)
    print(f"latency p50/p95              {p50 * 1000:.1f} / {p95 * 1000:.1f} ms")
    print(f"RSS after warm-up / at end   {rss_warm:.0f} MB / {rss_end:.0f} MB ({growth:+.1f}%)")


if __name__ == "__main__":
    main()
