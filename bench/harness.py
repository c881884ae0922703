"""Shared pieces of the benches: the loopback stack, load phases, figures.

Everything runs on 127.0.0.1 and is bounded in count and time.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


FIRST_MORE = [
    "Abdelilah",
    "Zineb",
    "Rachid",
    "Khadija",
    "Anas",
    "Meryem",
    "Driss",
    "Houda",
    "Soufiane",
    "Ghita",
    "Abdellatif",
    "Siham",
]
LAST_MORE = [
    "Benjelloun",
    "El Fassi",
    "Lahlou",
    "Ouazzani",
    "Zniber",
    "Sqalli",
    "Belhaj",
    "Mansouri",
    "Kettani",
    "Tahiri",
]
SENTENCES = [
    "Je vous écris au sujet de ma réservation au riad pour le mois prochain.",
    "Pourriez-vous confirmer les dates et le prix de la chambre double avec petit-déjeuner ?",
    "Nous arriverons en fin d'après-midi depuis l'aéroport et aimerions un transfert.",
    "Merci de me rappeler si quelque chose manque au dossier.",
    "Ma carte bancaire a été débitée deux fois pour la même commande la semaine dernière.",
    "Le technicien devait passer mardi matin pour la fibre mais personne n'est venu.",
    "Je souhaite modifier l'adresse de livraison de mon colis avant son expédition.",
    "Pouvez-vous m'envoyer la facture détaillée du trimestre par courrier électronique ?",
    "Mon abonnement a été renouvelé alors que j'avais demandé sa résiliation en janvier.",
    "Nous voudrions réserver une table pour six personnes samedi soir vers vingt heures.",
    "Le dossier de remboursement est complet depuis quinze jours et reste sans réponse.",
    "Je reste disponible toute la journée pour en discuter par téléphone.",
]
DOMAINS = ["gmail.com", "menara.ma", "outlook.fr", "yahoo.fr", "iam.ma", "hotmail.com"]


@dataclass(frozen=True)
class Person:
    name: str
    phone: str
    cin: str
    email: str


def person(rng: random.Random) -> Person:
    """A fresh Moroccan identity: name, mobile number (in one of its written forms), CIN, e-mail."""
    first, last = rng.choice(FIRST + FIRST_MORE), rng.choice(LAST + LAST_MORE)
    digits = [rng.randint(10, 99) for _ in range(4)]
    mobile = rng.choice("67")
    phone = rng.choice(
        [
            f"+212 {mobile} " + " ".join(map(str, digits)),
            f"0{mobile} " + " ".join(map(str, digits)),
            f"+212{mobile}" + "".join(map(str, digits)),
            f"0{mobile}-" + "-".join(map(str, digits)),
        ]
    )
    cin = f"{rng.choice(['BE', 'AB', 'JK', 'C', 'EE', 'BK', 'G'])}{rng.randint(10000, 999999)}"
    local = unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore").decode()
    email = f"{local.lower().replace(' ', '')}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}"
    return Person(f"{first} {last}", phone, cin, email)


def sentences(rng: random.Random, size: int) -> str:
    """Ordinary French sentences (no personal data), about ``size`` characters."""
    out = ""
    while len(out) < size:
        out += rng.choice(SENTENCES) + " "
    return out


def french_message(rng: random.Random, size: int = 1024) -> str:
    """``size`` characters of French; each 1 KB block opens with a fresh person's
    name, CIN, phone and e-mail, the rest is ordinary sentences."""
    blocks = []
    for _ in range(max(1, -(-size // 1024))):
        who = person(rng)
        head = (
            f"Bonjour, je m'appelle {who.name}, CIN {who.cin}, joignable au {who.phone} "
            f"ou par e-mail à {who.email}. "
        )
        blocks.append((head + sentences(rng, 1024))[:1024])
    return "".join(blocks)[:size]


def short_note(rng: random.Random) -> str:
    """A short text with a fresh person in it (about 100 characters), e.g. to embed."""
    who = person(rng)
    return rng.choice(
        [
            f"Client {who.name}, tél {who.phone} : {rng.choice(SENTENCES)}",
            f"{who.name} (CIN {who.cin}) a écrit : {rng.choice(SENTENCES)}",
            f"Contact {who.email} — {rng.choice(SENTENCES)}",
        ]
    )


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _with_children(pid: int) -> list[int]:
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    return pids


def cpu_seconds(pids: Sequence[int]) -> float:
    """CPU time (user + system) used so far by these processes and their children."""
    total = 0
    for pid in {p for root in pids for p in _with_children(root)}:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def busy_seconds() -> float:
    """CPU time the whole machine has spent busy since boot (all cores)."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(
        int, Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]
    )
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    total = 0
    for p in _with_children(pid):
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


@dataclass
class Phase:
    latencies: list[float]
    rps: float
    errors: int


@dataclass
class Sample:
    """What one job measured: seconds per metric, how many HTTP requests it sent, success."""

    seconds: dict[str, float]
    requests: int = 1
    ok: bool = True


@dataclass
class Run:
    samples: dict[str, list[float]]  # metric -> seconds, one per job
    requests: int
    errors: int
    elapsed: float

    @property
    def rps(self) -> float:
        return self.requests / self.elapsed if self.elapsed else 0.0

    @staticmethod
    def merged(runs: Sequence[Run]) -> Run:
        """Several runs of the same phase as one (their samples, requests and time added)."""
        samples: dict[str, list[float]] = {}
        for run in runs:
            for metric, values in run.samples.items():
                samples.setdefault(metric, []).extend(values)
        return Run(
            samples,
            sum(r.requests for r in runs),
            sum(r.errors for r in runs),
            sum(r.elapsed for r in runs),
        )


async def run_jobs(
    job: Callable[[httpx.AsyncClient], Awaitable[Sample]],
    *,
    concurrency: int,
    jobs: int,
    seconds: float,
    headers: Mapping[str, str] | None = None,
    request_timeout: float = 30,
) -> Run:
    """Run up to ``jobs`` jobs from ``concurrency`` clients, starting none after ``seconds``.

    A job sends one or more requests on the shared client and says what it measured.
    """
    samples: dict[str, list[float]] = {}
    requests = errors = 0
    remaining = jobs
    deadline = time.monotonic() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors, remaining, requests
        while remaining > 0 and time.monotonic() < deadline:
            remaining -= 1
            try:
                sample = await job(client)
            except httpx.HTTPError:
                sample = Sample({}, ok=False)
            for metric, value in sample.seconds.items():
                samples.setdefault(metric, []).append(value)
            requests += sample.requests
            errors += not sample.ok

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(timeout=request_timeout, limits=limits, headers=headers) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    if errors:
        print(f"  !! {errors} requests failed", file=sys.stderr)
    return Run(samples, requests, errors, elapsed)


async def run_phase(
    url: str, *, concurrency: int, requests: int, seconds: float, seed: int
) -> Phase:
    """Send up to ``requests`` chat requests from ``concurrency`` clients for ``seconds``.

    Every request carries different personal values (a fresh name, phone and CIN),
    so the sidecar's detection cache cannot make the figures look better.
    """
    rng = random.Random(seed)

    async def job(client: httpx.AsyncClient) -> Sample:
        body = {"model": "echo-1", "messages": [{"role": "user", "content": prompt(rng)}]}
        started = time.perf_counter()
        try:
            response = await client.post(url, json=body, headers={"X-Subject-Id": "bench"})
            ok = response.status_code == 200
        except httpx.HTTPError:
            ok = False
        return Sample({"latency": time.perf_counter() - started}, ok=ok)

    run = await run_jobs(job, concurrency=concurrency, jobs=requests, seconds=seconds)
    latencies = run.samples.get("latency", [])
    return Phase(latencies, run.rps, run.errors)


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


def wait_ready(url: str, timeout: float, process: subprocess.Popen[bytes] | None = None) -> float:
    """Seconds until ``url`` answers 200; stop at once if ``process`` (its server) exits."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process is not None and process.poll() is not None:
            raise SystemExit(f"{url}: the server exited with status {process.returncode}")
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
    tokens: dict[str, str] = field(default_factory=dict)  # the extra tokens asked for, by name


def cndp_guard_exe() -> str:
    return str(Path(sys.executable).parent / "cndp-guard")


def create_token(config: Path, name: str, scopes: Sequence[str]) -> str:
    """``cndp-guard tokens create``: a bearer token in the database of ``config``."""
    command = [cndp_guard_exe(), "tokens", "create", "--name", name, "--config", str(config)]
    for scope in scopes:
        command += ["--scope", scope]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode:
        raise SystemExit(f"cndp-guard tokens create failed: {done.stderr.strip()}")
    return done.stdout.strip()


@contextlib.contextmanager
def started(command: Sequence[str], **popen: Any) -> Iterator[subprocess.Popen[bytes]]:
    """A process for the length of the block: terminated after (killed if it lingers)."""
    process = subprocess.Popen(list(command), **popen)
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


@contextlib.contextmanager
def running_stack(
    *,
    workers: int = 1,
    extra_config: str = "",
    upstream_url: str | None = None,
    tokens: Mapping[str, Sequence[str]] | None = None,
) -> Iterator[Stack]:
    """Start the demo upstream and the sidecar as real processes; stop them after.

    ``upstream_url``: route to an upstream already running instead of starting the demo
    echo model. ``tokens``: more tokens to create before the start (name -> scopes).
    """
    exe = cndp_guard_exe()
    up_port, side_port = 19000 + os.getpid() % 500, 19600 + os.getpid() % 300
    upstream = upstream_url or f"http://127.0.0.1:{up_port}"
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as running:
        config = Path(tmp) / "bench.yaml"
        config.write_text(
            f"routes:\n  llm:\n    upstream: {upstream}\n    country: MA\n"
            f"database: sqlite:///{tmp}/bench.db\nkey_file: {tmp}/keys/master.key\n"
            "log_level: WARNING\n"
            # The proxy's token check is measured by compare.py --with-token and
            # answers.py; the other benches call the routes without one.
            + ("" if "proxy:" in extra_config else "proxy:\n  auth: none\n")
            + extra_config
        )
        # /metrics needs a token; created in the bench's database before the sidecar opens it.
        metrics_token = create_token(config, "bench", ["metrics:read"])
        extra = {name: create_token(config, name, s) for name, s in (tokens or {}).items()}
        if upstream_url is None:
            running.enter_context(
                started([exe, "demo-upstream", "--quiet", "--port", str(up_port)])
            )
        serve = ["serve", "--config", str(config), "--port", str(side_port)]
        sidecar = running.enter_context(started([exe, *serve, "--workers", str(workers)], cwd=ROOT))
        wait_ready(f"{upstream}/v1/models", 30)
        ready = wait_ready(f"http://127.0.0.1:{side_port}/readyz", 120, sidecar)
        yield Stack(upstream, f"http://127.0.0.1:{side_port}", sidecar, ready, metrics_token, extra)
