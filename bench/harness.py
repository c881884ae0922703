"""Shared pieces of the benches: the loopback stack, load phases, figures.

Everything runs on 127.0.0.1 and is bounded in count and time.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
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


@dataclass
class Phase:
    latencies: list[float]
    rps: float
    errors: int


async def run_phase(
    url: str, *, concurrency: int, requests: int, seconds: float, seed: int
) -> Phase:
    """Send up to ``requests`` chat requests from ``concurrency`` clients for ``seconds``.

    Every request carries different personal values (a fresh name, phone and CIN),
    so the sidecar's detection cache cannot make the figures look better.
    """
    rng = random.Random(seed)
    latencies: list[float] = []
    errors = 0
    remaining = requests
    deadline = time.monotonic() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors, remaining
        while remaining > 0 and time.monotonic() < deadline:
            remaining -= 1
            body = {"model": "echo-1", "messages": [{"role": "user", "content": prompt(rng)}]}
            started = time.perf_counter()
            try:
                response = await client.post(url, json=body, headers={"X-Subject-Id": "bench"})
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - started)
            errors += not ok

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    if errors:
        print(f"  !! {errors} requests failed", file=sys.stderr)
    return Phase(latencies, len(latencies) / elapsed, errors)


def stage_totals(metrics_url: str, token: str) -> dict[str, tuple[float, float]]:
    """(sum of seconds, count) per pipeline stage, from the sidecar's Prometheus histograms.

    ``token`` carries the scope metrics:read (``Stack.metrics_token``).
    """
    totals: dict[str, tuple[float, float]] = {}
    response = httpx.get(metrics_url, headers={"Authorization": f"Bearer {token}"}, timeout=5)
    response.raise_for_status()
    for line in response.text.splitlines():
        for suffix, slot in (("_sum", 0), ("_count", 1)):
            if line.startswith(f"cndp_guard_stage_seconds{suffix}"):
                stage = line.split('"')[1]
                pair = list(totals.get(stage, (0.0, 0.0)))
                pair[slot] = float(line.split()[-1])
                totals[stage] = (pair[0], pair[1])
    return totals


def stage_means(
    before: dict[str, tuple[float, float]], after: dict[str, tuple[float, float]]
) -> dict[str, float]:
    means = {}
    for stage, (total, count) in after.items():
        total0, count0 = before.get(stage, (0.0, 0.0))
        if count > count0:
            means[stage] = (total - total0) / (count - count0)
    return means


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


@dataclass
class Stack:
    upstream_url: str
    sidecar_url: str
    sidecar: subprocess.Popen[bytes]
    ready_seconds: float
    metrics_token: str  # scope metrics:read, for GET /metrics


@contextlib.contextmanager
def running_stack(*, workers: int = 1, extra_config: str = "") -> Iterator[Stack]:
    """Start the demo upstream and the sidecar as real processes; stop them after."""
    exe = str(Path(sys.executable).parent / "cndp-guard")
    up_port, side_port = 19000 + os.getpid() % 500, 19600 + os.getpid() % 300
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "bench.yaml"
        config.write_text(
            f"routes:\n  llm:\n    upstream: http://127.0.0.1:{up_port}\n    country: MA\n"
            f"database: sqlite:///{tmp}/bench.db\nkey_file: {tmp}/keys/master.key\n"
            "log_level: WARNING\n" + extra_config
        )
        # /metrics needs a token; created in the bench's database before the sidecar opens it.
        create = ["tokens", "create", "--name", "bench", "--scope", "metrics:read"]
        metrics_token = subprocess.run(
            [exe, *create, "--config", str(config)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout.strip()
        upstream = subprocess.Popen([exe, "demo-upstream", "--quiet", "--port", str(up_port)])
        sidecar = subprocess.Popen(
            [
                exe,
                "serve",
                "--config",
                str(config),
                "--port",
                str(side_port),
                "--workers",
                str(workers),
            ],
            cwd=ROOT,
        )
        try:
            wait_ready(f"http://127.0.0.1:{up_port}/v1/models", 30)
            ready = wait_ready(f"http://127.0.0.1:{side_port}/readyz", 120)
            yield Stack(
                f"http://127.0.0.1:{up_port}",
                f"http://127.0.0.1:{side_port}",
                sidecar,
                ready,
                metrics_token,
            )
        finally:
            sidecar.terminate()
            upstream.terminate()
            sidecar.wait(10)
            upstream.wait(10)
