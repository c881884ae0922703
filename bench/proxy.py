"""Latency and throughput the sidecar adds, on loopback.

Starts the demo upstream and the sidecar as real processes, then sends 1 KB French
chat prompts carrying 3 personal values (a name, a +212 phone, a CIN), each
request with different values so the detection cache cannot help. Prints:
start-to-ready time, RSS, p50/p95 added latency over calling the upstream
directly (concurrency 1), and requests/s at concurrency 1 and 16.
Bounded: at most --requests per phase and --seconds per phase.

    .venv/bin/python bench/proxy.py [--workers 1] [--requests 300] [--seconds 30]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
FIRST = [
    "Karim",
    "Salma",
    "Youssef",
    "Fatima",
    "Mehdi",
    "Imane",
    "Omar",
    "Nadia",
    "Hicham",
    "Leila",
]
LAST = ["Benali", "El Amrani", "Alaoui", "Bennani", "Tazi", "Chraibi", "Idrissi", "Berrada"]
FILLER = (
    "Je vous écris au sujet de ma réservation au riad pour le mois prochain. Pourriez-vous "
    "confirmer les dates, le prix de la chambre double avec petit-déjeuner et les conditions "
    "d'annulation ? Nous arriverons en fin d'après-midi depuis l'aéroport et aimerions savoir "
    "si un transfert est possible. Merci de me rappeler si quelque chose manque au dossier. "
)


def prompt(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    phone = "+212 6 " + " ".join(str(rng.randint(10, 99)) for _ in range(4))
    cin = f"{rng.choice(['BE', 'AB', 'JK', 'C'])}{rng.randint(100000, 999999)}"
    head = f"Bonjour, je m'appelle {name}, CIN {cin}, joignable au {phone}. "
    text = head + FILLER * 3
    return text[:1024]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def rss_mb(pid: int) -> float:
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


async def run_phase(
    url: str, *, concurrency: int, requests: int, seconds: float, seed: int
) -> tuple[list[float], float]:
    rng = random.Random(seed)
    bodies = [
        {"model": "echo-1", "messages": [{"role": "user", "content": prompt(rng)}]}
        for _ in range(requests)
    ]
    latencies: list[float] = []
    errors = 0
    queue = list(reversed(bodies))
    deadline = time.monotonic() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while queue and time.monotonic() < deadline:
            body = queue.pop()
            started = time.perf_counter()
            response = await client.post(url, json=body, headers={"X-Subject-Id": "bench"})
            latencies.append(time.perf_counter() - started)
            if response.status_code != 200:
                errors += 1

    async with httpx.AsyncClient(
        timeout=30, limits=httpx.Limits(max_connections=concurrency)
    ) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    if errors:
        print(f"  !! {errors} requests failed", file=sys.stderr)
    return latencies, len(latencies) / elapsed


def wait_ready(url: str, timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return time.monotonic() - started
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"{url} not ready after {timeout} s")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    exe = str(Path(sys.executable).parent / "cndp-guard")
    up_port, side_port = 19000 + os.getpid() % 500, 19600 + os.getpid() % 300
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "bench.yaml"
        config.write_text(
            f"routes:\n  llm:\n    upstream: http://127.0.0.1:{up_port}\n    country: MA\n"
            f"database: sqlite:///{tmp}/bench.db\nkey_file: {tmp}/keys/master.key\n"
            "log_level: WARNING\n"
        )
        upstream = subprocess.Popen([exe, "demo-upstream", "--port", str(up_port)])
        sidecar = subprocess.Popen(
            [
                exe,
                "serve",
                "--config",
                str(config),
                "--port",
                str(side_port),
                "--workers",
                str(args.workers),
            ],
            cwd=ROOT,
        )
        try:
            wait_ready(f"http://127.0.0.1:{up_port}/v1/models", 30)
            ready = wait_ready(f"http://127.0.0.1:{side_port}/readyz", 120)
            direct_url = f"http://127.0.0.1:{up_port}/v1/chat/completions"
            side_url = f"http://127.0.0.1:{side_port}/llm/v1/chat/completions"
            n, s = args.requests, args.seconds
            asyncio.run(
                run_phase(side_url, concurrency=4, requests=40, seconds=s, seed=99)
            )  # warm-up
            rss_after_warmup = rss_mb(sidecar.pid)
            direct, _ = asyncio.run(
                run_phase(direct_url, concurrency=1, requests=n, seconds=s, seed=1)
            )
            through, rps1 = asyncio.run(
                run_phase(side_url, concurrency=1, requests=n, seconds=s, seed=1)
            )
            _, rps16 = asyncio.run(
                run_phase(side_url, concurrency=16, requests=n, seconds=s, seed=2)
            )
            rss_end = rss_mb(sidecar.pid)
        finally:
            sidecar.terminate()
            upstream.terminate()
            sidecar.wait(10)
            upstream.wait(10)
    d50, d95 = percentile(direct, 0.5), percentile(direct, 0.95)
    t50, t95 = percentile(through, 0.5), percentile(through, 0.95)
    print(f"workers                      {args.workers}")
    print(f"start to ready               {ready:.1f} s")
    print(
        f"RSS after warm-up / at end   {rss_after_warmup:.0f} MB / {rss_end:.0f} MB (all workers)"
    )
    print(f"direct upstream p50/p95      {d50 * 1000:.1f} / {d95 * 1000:.1f} ms  (n={len(direct)})")
    print(
        f"through sidecar p50/p95      {t50 * 1000:.1f} / {t95 * 1000:.1f} ms  (n={len(through)})"
    )
    print(f"added by sidecar p50/p95     {(t50 - d50) * 1000:.1f} / {(t95 - d95) * 1000:.1f} ms")
    print(f"mean through sidecar         {statistics.mean(through) * 1000:.1f} ms")
    print(f"requests/s concurrency 1     {rps1:.1f}")
    print(f"requests/s concurrency 16    {rps16:.1f}")


if __name__ == "__main__":
    main()
