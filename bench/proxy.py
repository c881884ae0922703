"""Latency and throughput the sidecar adds, on loopback.

Starts the demo upstream and the sidecar as real processes, then sends 1 KB French
chat prompts carrying 3 personal values (a name, a +212 phone, a CIN), each
request with different values so the detection cache cannot help. Prints:
start-to-ready time, RSS, p50/p95 added latency over calling the upstream
directly (concurrency 1), requests/s at concurrency 1 and 16, and the mean time
per pipeline stage. Bounded: at most --requests per phase and --seconds per phase.

    .venv/bin/python bench/proxy.py [--workers 1] [--requests 300] [--seconds 30]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics

from harness import percentile, rss_mb, run_phase, running_stack, stage_means, stage_totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    n, s = args.requests, args.seconds
    with running_stack(workers=args.workers) as stack:
        direct_url = f"{stack.upstream_url}/v1/chat/completions"
        side_url = f"{stack.sidecar_url}/llm/v1/chat/completions"
        metrics_url = f"{stack.sidecar_url}/metrics"
        asyncio.run(run_phase(side_url, concurrency=4, requests=40, seconds=s, seed=99))
        rss_after_warmup = rss_mb(stack.sidecar.pid)
        direct = asyncio.run(run_phase(direct_url, concurrency=1, requests=n, seconds=s, seed=1))
        before = stage_totals(metrics_url, stack.metrics_token)
        through = asyncio.run(run_phase(side_url, concurrency=1, requests=n, seconds=s, seed=1))
        stages = stage_means(before, stage_totals(metrics_url, stack.metrics_token))
        c16 = asyncio.run(run_phase(side_url, concurrency=16, requests=n, seconds=s, seed=2))
        rss_end = rss_mb(stack.sidecar.pid)
    d50, d95 = percentile(direct.latencies, 0.5), percentile(direct.latencies, 0.95)
    t50, t95 = percentile(through.latencies, 0.5), percentile(through.latencies, 0.95)
    print(f"workers                      {args.workers}")
    print(f"start to ready               {stack.ready_seconds:.1f} s")
    print(
        f"RSS after warm-up / at end   {rss_after_warmup:.0f} MB / {rss_end:.0f} MB (all workers)"
    )
    print(f"direct upstream p50/p95      {d50 * 1000:.1f} / {d95 * 1000:.1f} ms")
    n_through = len(through.latencies)
    print(f"through sidecar p50/p95      {t50 * 1000:.1f} / {t95 * 1000:.1f} ms  (n={n_through})")
    print(f"added by sidecar p50/p95     {(t50 - d50) * 1000:.1f} / {(t95 - d95) * 1000:.1f} ms")
    print(f"mean through sidecar         {statistics.mean(through.latencies) * 1000:.1f} ms")
    print(f"requests/s concurrency 1     {through.rps:.1f}")
    print(f"requests/s concurrency 16    {c16.rps:.1f}  (errors: {through.errors + c16.errors})")
    print("mean per stage at concurrency 1 (from /metrics; one worker's view):")
    for stage, mean in stages.items():
        print(f"  {stage:<26} {mean * 1000:.2f} ms")


if __name__ == "__main__":
    main()
