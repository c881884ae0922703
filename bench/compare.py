"""cndp-guard side by side with a naive Presidio proxy and the upstream called directly.

One run, loopback only, one worker each. Starts an echo upstream
(bench/echo_upstream.py: streams a fixed number of chunks), the naive proxy
(bench/naive_proxy.py: vanilla Presidio on fr_core_news_sm, the way a user writes
it) and cndp-guard (``cndp-guard serve --workers 1``, SQLite in a temporary
directory, the embedded policy engine, one route in Morocco with the default
purpose) in front of it, then measures five workloads, every request with fresh
personal values (Moroccan names, phones, CINs, e-mails), so no cache sees a text
twice unless the workload resends it:

  chat 1 KB      one 1 KB French chat message
  6-turn chat    a conversation resending its history; the latency is turn 6's
                 (11 messages, 9 of them sent before); req/s: every client runs
                 one whole conversation per round, every turn counts
  chat 4 KB      one 4 KB message (four people in it)
  embeddings     one embeddings request with 16 short texts
  stream         a streamed answer (stream: true); first byte, first answer text

For each workload and target: p50/p95 latency at 1 client, the added p50/p95
(minus the direct upstream's of the same run), requests/s at 16 clients, and the
ratios cndp-guard / naive. The targets take turns (--rounds per phase), so a
burst of CPU from another process does not fall on one of them only; the CPU
other processes used meanwhile is printed per workload. Bounded: a phase starts
no job after --requests jobs (--rps-requests at 16 clients) or --seconds.

    .venv/bin/python bench/compare.py [--quick] [--with-token] [--json OUT]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from harness import (
    ROOT,
    Run,
    Sample,
    Stack,
    busy_seconds,
    cpu_seconds,
    free_port,
    french_message,
    percentile,
    person,
    rss_mb,
    run_jobs,
    running_stack,
    sentences,
    short_note,
    stage_means,
    stage_totals,
    started,
    wait_ready,
)

BENCH = Path(__file__).resolve().parent
TURNS = 6
EMBED_BATCH = 16
SUBJECT = {"X-Subject-Id": "bench"}


@dataclass(frozen=True)
class Target:
    name: str
    base: str  # the OpenAI-compatible base URL, ending in /v1
    headers: dict[str, str] = field(default_factory=dict)


Job = Callable[[httpx.AsyncClient], Awaitable[Sample]]


async def _post(client: httpx.AsyncClient, url: str, body: dict[str, Any]) -> tuple[float, bool]:
    started_at = time.perf_counter()
    response = await client.post(url, json=body)
    return time.perf_counter() - started_at, response.status_code == 200


def chat_job(target: Target, rng: random.Random, size: int) -> Job:
    url = f"{target.base}/chat/completions"

    async def job(client: httpx.AsyncClient) -> Sample:
        body = {
            "model": "echo-1",
            "messages": [{"role": "user", "content": french_message(rng, size)}],
        }
        seconds, ok = await _post(client, url, body)
        return Sample({"latency": seconds}, ok=ok)

    return job


def conversation_job(target: Target, rng: random.Random) -> Job:
    """Six turns of one caller; each request resends the whole history (the client writes
    the assistant's turns itself, so the history does not grow with the echo)."""
    url = f"{target.base}/chat/completions"

    async def job(client: httpx.AsyncClient) -> Sample:
        caller = person(rng)
        first = (
            f"Bonjour, je suis {caller.name}, CIN {caller.cin}, téléphone {caller.phone}, "
            f"e-mail {caller.email}. "
        )
        messages: list[dict[str, str]] = []
        all_ok, seconds = True, 0.0
        for turn in range(TURNS):
            if turn:
                other = person(rng)
                opening = rng.choice(
                    [
                        f"Mon épouse {other.name} vous appellera au {other.phone}. ",
                        f"Vous pouvez aussi écrire à mon frère, {other.email}. ",
                        f"Le dossier est au nom de {other.name}, CIN {other.cin}. ",
                    ]
                )
            else:
                opening = first
            messages.append({"role": "user", "content": opening + sentences(rng, 300)})
            seconds, ok = await _post(client, url, {"model": "echo-1", "messages": messages})
            all_ok = all_ok and ok
            reply = f"Bien noté, {caller.name}. " + sentences(rng, 250)
            messages.append({"role": "assistant", "content": reply})
        return Sample({"latency": seconds}, requests=TURNS, ok=all_ok)

    return job


def embeddings_job(target: Target, rng: random.Random) -> Job:
    url = f"{target.base}/embeddings"

    async def job(client: httpx.AsyncClient) -> Sample:
        body = {"model": "echo-1", "input": [short_note(rng) for _ in range(EMBED_BATCH)]}
        seconds, ok = await _post(client, url, body)
        return Sample({"latency": seconds}, ok=ok)

    return job


def _has_text(event: bytes) -> bool:
    """Whether an SSE event is a chunk carrying answer text."""
    data = event.strip().removeprefix(b"data:").strip()
    if not data.startswith(b"{"):
        return False
    choices = json.loads(data).get("choices") or []
    return any((c.get("delta") or {}).get("content") for c in choices if isinstance(c, dict))


def stream_job(target: Target, rng: random.Random) -> Job:
    url = f"{target.base}/chat/completions"

    async def job(client: httpx.AsyncClient) -> Sample:
        message = {"role": "user", "content": french_message(rng, 1024)}
        body = {"model": "echo-1", "stream": True, "messages": [message]}
        times: dict[str, float] = {}
        started_at = time.perf_counter()
        async with client.stream("POST", url, json=body) as response:
            buffer = b""
            async for chunk in response.aiter_raw():
                now = time.perf_counter() - started_at
                times.setdefault("first byte", now)
                if "first text" in times:
                    continue
                buffer += chunk
                *events, buffer = buffer.split(b"\n\n")
                if any(_has_text(event) for event in events):
                    times["first text"] = now
            ok = response.status_code == 200 and "first text" in times
        return Sample(times if ok else {}, ok=ok)

    return job


@dataclass(frozen=True)
class Workload:
    key: str
    title: str
    metrics: tuple[str, ...]
    job: Callable[[Target, random.Random], Job]


WORKLOADS = (
    Workload("chat_1k", "chat 1 KB", ("latency",), lambda t, r: chat_job(t, r, 1024)),
    Workload("conversation", f"{TURNS}-turn chat, turn {TURNS}", ("latency",), conversation_job),
    Workload("chat_4k", "chat 4 KB", ("latency",), lambda t, r: chat_job(t, r, 4096)),
    Workload("embeddings", f"embeddings x{EMBED_BATCH}", ("latency",), embeddings_job),
    Workload("stream", "stream", ("first byte", "first text"), stream_job),
)


def phase(
    workload: Workload, target: Target, *, seed: int, concurrency: int, jobs: int, seconds: float
) -> Run:
    rng = random.Random(seed)
    job = workload.job(target, rng)
    headers = {**SUBJECT, **target.headers}
    return asyncio.run(
        run_jobs(job, concurrency=concurrency, jobs=jobs, seconds=seconds, headers=headers)
    )


def proxy_auth_supported() -> bool:
    """Whether these settings know ``proxy.auth`` (application tokens on proxied routes)."""
    probe = (
        "from compliance.core.settings import parse_settings\n"
        "parse_settings({'routes': {'llm': {'upstream': 'http://127.0.0.1:9', 'country': 'MA'}},"
        " 'proxy': {'auth': 'none'}})\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, cwd=ROOT, check=False, timeout=120
    )
    return done.returncode == 0


def machine() -> dict[str, Any]:
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "load_average": [round(v, 2) for v in os.getloadavg()],
        "python": platform.python_version(),
        "system": platform.platform(),
    }


def ms(value: float | None) -> str:
    return "-" if value is None else f"{value * 1000:.1f}"


def ratio(ours: float | None, theirs: float | None) -> float | None:
    if ours is None or theirs is None or theirs <= 0 or ours < 0:
        return None
    return ours / theirs


def fmt_ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}x"


def figures(
    latency: Run, throughput: Run, metric: str, direct: dict[str, Any] | None
) -> dict[str, Any]:
    values = latency.samples.get(metric, [])
    p50 = percentile(values, 0.5) if values else None
    p95 = percentile(values, 0.95) if values else None
    out: dict[str, Any] = {
        "n": len(values),
        "p50": p50,
        "p95": p95,
        "rps": throughput.rps,
        "rps_requests": throughput.requests,
        "errors": latency.errors + throughput.errors,
    }
    if direct is not None:
        for q in ("p50", "p95"):
            mine, base = out[q], direct[q]
            out[f"added_{q}"] = None if mine is None or base is None else mine - base
    return out


def print_report(report: dict[str, Any]) -> None:
    meta = report["machine"]
    print(f"cndp-guard vs naive Presidio proxy vs direct upstream   {report['date']}")
    print(
        f"machine: {meta['cores']} cores, {meta['cpu']}, load {meta['load_average']}, "
        f"Python {meta['python']}, {meta['system']}"
    )
    s = report["settings"]
    print(
        f"one worker each; latency at 1 client (<= {s['requests']} jobs), req/s at "
        f"{s['concurrency']} clients (<= {s['rps_requests']} jobs), <= {s['seconds']:g} s per"
        f" phase in {s['rounds']} round(s); upstream streams {s['stream_chunks']} chunks,"
        f" {s['chunk_delay_ms']:g} ms apart; cndp-guard proxy auth: {s['proxy_auth']}"
    )
    print(
        f"ready after: cndp-guard {report['ready_seconds']['cndp-guard']:.1f} s, naive "
        f"{report['ready_seconds']['naive']:.1f} s; RSS at end: cndp-guard "
        f"{report['rss_mb']['cndp-guard']:.0f} MB, naive {report['rss_mb']['naive']:.0f} MB"
    )
    print()
    head = (
        f"{'workload':<24} {'target':<18} {'n':>4} {'p50 ms':>8} {'p95 ms':>8}"
        f" {'+p50 ms':>8} {'+p95 ms':>8} {'req/s@' + str(s['concurrency']):>9} {'errors':>6}"
    )
    print(head)
    print("-" * len(head))
    for workload in WORKLOADS:
        for metric in workload.metrics:
            rows = report["workloads"][workload.key][metric]
            title = workload.title if metric == "latency" else f"{workload.title}: {metric}"
            for name in ("direct", "naive", "cndp-guard"):
                row = rows[name]
                print(
                    f"{title:<24} {name:<18} {row['n']:>4} {ms(row['p50']):>8} {ms(row['p95']):>8}"
                    f" {ms(row.get('added_p50')):>8} {ms(row.get('added_p95')):>8}"
                    f" {row['rps']:>9.1f} {row['errors']:>6}"
                )
                title = ""
            r = rows["ratios"]
            print(
                f"{'':<24} {'cndp-guard/naive':<18} {'':>4} {fmt_ratio(r['p50']):>8}"
                f" {fmt_ratio(r['p95']):>8} {fmt_ratio(r['added_p50']):>8}"
                f" {fmt_ratio(r['added_p95']):>8} {fmt_ratio(r['rps']):>9}"
            )
        other = report["other_cores"][workload.key]
        print(f"{'':<24} (other processes on the machine meanwhile: {other:.2f} cores)")
        print()
    stages = report["stages_ms"]
    names = sorted({stage for per in stages.values() for stage in per})
    if names:
        print("cndp-guard mean ms per stage at 1 client (from /metrics):")
        print(f"  {'workload':<24}" + "".join(f"{n:>10}" for n in names))
        for workload in WORKLOADS:
            per = stages.get(workload.key, {})
            cells = "".join(f"{per[n]:>10.2f}" if n in per else f"{'-':>10}" for n in names)
            print(f"  {workload.title:<24}{cells}")
    print(
        "\n+p50/+p95: minus the direct upstream's of the same run. Ratios below 1 favour"
        " cndp-guard for latency, above 1 for req/s. The naive proxy replaces findings with"
        " <TYPE> and restores nothing; cndp-guard also decides, audits and restores."
    )
    print(f"elapsed {report['elapsed_seconds']:.0f} s")


def smoke(target: Target) -> None:
    """One chat request; stop with what came back if it is not a 200."""
    body = {"model": "echo-1", "messages": [{"role": "user", "content": "Bonjour Salma Tazi"}]}
    headers = {**SUBJECT, **target.headers}
    response = httpx.post(f"{target.base}/chat/completions", json=body, headers=headers, timeout=60)
    if response.status_code != 200:
        raise SystemExit(f"{target.name}: HTTP {response.status_code}: {response.text[:300]}")


def rps_jobs(workload: Workload, settings: dict[str, Any]) -> int:
    """Jobs per round of the req/s phase: conversations run whole, one per client."""
    if workload.key == "conversation":
        return int(settings["concurrency"])
    return -(-settings["rps_requests"] // settings["rounds"])


def measure(
    targets: tuple[Target, ...],
    stack: Stack,
    settings: dict[str, Any],
    *,
    seed: int,
    warmup: int,
    begun: float,
    pids: list[int],
) -> tuple[dict[str, Any], dict[str, Any], dict[str, float]]:
    """Every workload on every target: figures by workload, cndp-guard's stage means, and
    the cores other processes of the machine kept busy meanwhile (``pids`` are ours).

    The targets take turns, ``rounds`` times per phase, so a neighbour's burst of CPU
    does not fall on one target only. Every target gets the same texts; each phase and
    round fresh ones.
    """
    workloads: dict[str, Any] = {}
    stages: dict[str, Any] = {}
    others: dict[str, float] = {}
    metrics_url = f"{stack.sidecar_url}/metrics"
    rounds, per_round = settings["rounds"], settings["seconds"] / settings["rounds"]
    latency_jobs = -(-settings["requests"] // rounds)
    for number, workload in enumerate(WORKLOADS):
        print(f"[{time.monotonic() - begun:4.0f} s] {workload.title}", file=sys.stderr)
        wall, busy, our_cpu = time.monotonic(), busy_seconds(), cpu_seconds(pids)
        base_seed = seed * 1000 + number * 100
        for target in targets:
            phase(workload, target, seed=base_seed, concurrency=2, jobs=warmup, seconds=30)
        latency: dict[str, list[Run]] = {t.name: [] for t in targets}
        throughput: dict[str, list[Run]] = {t.name: [] for t in targets}
        guard_stages: dict[str, tuple[float, float]] = {}
        for r in range(rounds):
            for target in targets:
                guard = target.name == "cndp-guard"
                before = stage_totals(metrics_url, stack.metrics_token) if guard else {}
                run = phase(
                    workload,
                    target,
                    seed=base_seed + 1 + r,
                    concurrency=1,
                    jobs=latency_jobs,
                    seconds=per_round,
                )
                latency[target.name].append(run)
                if guard:
                    after = stage_totals(metrics_url, stack.metrics_token)
                    for stage, (total, count) in after.items():
                        total0, count0 = before.get(stage, (0.0, 0.0))
                        acc = guard_stages.get(stage, (0.0, 0.0))
                        guard_stages[stage] = (acc[0] + total - total0, acc[1] + count - count0)
        for r in range(rounds):
            for target in targets:
                run = phase(
                    workload,
                    target,
                    seed=base_seed + 50 + r,
                    concurrency=settings["concurrency"],
                    jobs=rps_jobs(workload, settings),
                    seconds=per_round,
                )
                throughput[target.name].append(run)
        stages[workload.key] = {k: v * 1000 for k, v in stage_means({}, guard_stages).items()}
        per_metric: dict[str, Any] = {}
        for metric in workload.metrics:
            runs = {
                t.name: (Run.merged(latency[t.name]), Run.merged(throughput[t.name]))
                for t in targets
            }
            direct = figures(*runs["direct"], metric, None)
            rows = {"direct": direct}
            for name in ("naive", "cndp-guard"):
                rows[name] = figures(*runs[name], metric, direct)
            ours, theirs = rows["cndp-guard"], rows["naive"]
            rows["ratios"] = {
                key: ratio(ours[key], theirs[key])
                for key in ("p50", "p95", "added_p50", "added_p95", "rps")
            }
            per_metric[metric] = rows
        workloads[workload.key] = per_metric
        other = busy_seconds() - busy - (cpu_seconds(pids) - our_cpu)
        others[workload.key] = max(0.0, other / (time.monotonic() - wall))
    return workloads, stages, others


def proxy_auth_config(with_token: bool) -> tuple[str, str, dict[str, list[str]]]:
    """(extra settings, what to print, tokens to create) for cndp-guard's proxy auth."""
    if not proxy_auth_supported():
        if with_token:
            print(
                "--with-token: this cndp-guard has no proxy authentication yet (its settings"
                " have no proxy.auth); running without a token",
                file=sys.stderr,
            )
        return "", "none (no proxy.auth setting in this version)", {}
    if with_token:
        # subjects:assert too: the bench names its subject (X-Subject-Id).
        scopes = ["proxy:*", "subjects:assert"]
        return "proxy:\n  auth: token\n", f"token ({' '.join(scopes)})", {"bench-proxy": scopes}
    return "proxy:\n  auth: none\n", "none", {}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a short run (about a minute)")
    parser.add_argument("--requests", type=int, help="jobs per latency phase (default 60)")
    parser.add_argument("--rps-requests", type=int, help="jobs per req/s phase (default 160)")
    parser.add_argument("--seconds", type=float, help="cap per phase (default 10)")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, help="turns the targets take per phase (default 2)")
    parser.add_argument("--stream-chunks", type=int, default=32)
    parser.add_argument("--chunk-delay-ms", type=float, default=10.0)
    parser.add_argument(
        "--with-token",
        action="store_true",
        help="cndp-guard with proxy.auth: token and a token of scopes proxy:* subjects:assert",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()
    quick = args.quick
    settings = {
        "requests": args.requests or (15 if quick else 60),
        "rps_requests": args.rps_requests or (48 if quick else 160),
        "seconds": args.seconds or (4.0 if quick else 10.0),
        "concurrency": args.concurrency,
        "rounds": args.rounds or (1 if quick else 2),
        "stream_chunks": args.stream_chunks,
        "chunk_delay_ms": args.chunk_delay_ms,
        "quick": quick,
    }
    begun = time.monotonic()
    extra, settings["proxy_auth"], tokens = proxy_auth_config(args.with_token)
    report: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "settings": settings,
    }
    up_port, naive_port = free_port(), free_port()
    upstream = f"http://127.0.0.1:{up_port}"
    echo = [sys.executable, str(BENCH / "echo_upstream.py"), "--port", str(up_port)]
    echo += ["--chunks", str(args.stream_chunks), "--chunk-delay-ms", str(args.chunk_delay_ms)]
    naive_cmd = [sys.executable, str(BENCH / "naive_proxy.py"), "--upstream", upstream]
    with (
        ThreadPoolExecutor(1) as pool,
        started(echo) as echo_process,
        started([*naive_cmd, "--port", str(naive_port)]) as naive,
    ):
        # The naive proxy loads its model while cndp-guard starts.
        naive_ready = pool.submit(wait_ready, f"http://127.0.0.1:{naive_port}/healthz", 120, naive)
        with running_stack(extra_config=extra, upstream_url=upstream, tokens=tokens) as stack:
            report["ready_seconds"] = {
                "cndp-guard": stack.ready_seconds,
                "naive": naive_ready.result(),
            }
            headers = {}
            if "bench-proxy" in stack.tokens:
                headers["Authorization"] = f"Bearer {stack.tokens['bench-proxy']}"
            targets = (
                Target("direct", f"{upstream}/v1"),
                Target("naive", f"http://127.0.0.1:{naive_port}/v1"),
                Target("cndp-guard", f"{stack.sidecar_url}/llm/v1", headers),
            )
            for target in targets:
                smoke(target)
            warmup = 4 if quick else 8
            pids = [os.getpid(), echo_process.pid, naive.pid, stack.sidecar.pid]
            report["workloads"], report["stages_ms"], report["other_cores"] = measure(
                targets, stack, settings, seed=args.seed, warmup=warmup, begun=begun, pids=pids
            )
            report["rss_mb"] = {
                "cndp-guard": rss_mb(stack.sidecar.pid),
                "naive": rss_mb(naive.pid),
            }
    report["elapsed_seconds"] = round(time.monotonic() - begun, 1)
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
