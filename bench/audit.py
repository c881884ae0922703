"""Figures of the audit trail: append throughput, and verifying a large export.

1. Appends: records/s committed by ``AuditLog.append`` with --writers concurrent
   writers (coroutines awaiting their own record, as requests do), spread over
   --processes processes (sidecar replicas), on SQLite (WAL, synchronous=FULL) and
   on PostgreSQL (a throw-away schema of the local ``test`` database), for
   --seconds each. Checkpoints are signed inside the appends as in production
   (every 1000 records). Prints records/s, the append latency p50/p99 and the mean
   group-commit batch; then checks that the chain and every checkpoint verify.
2. Verification: builds an export of --records records directly with the chain
   and Merkle functions (no database: the figure is the verifier's), a checkpoint
   every 1000 records, then times ``python -m audit verify DIR`` in a subprocess.

    .venv/bin/python bench/audit.py [--writers 16] [--processes 1] [--seconds 5]
                                    [--records 1000000] [--no-postgres] [--no-verify]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import (  # noqa: E402
    GENESIS_HASH,
    ChainedRecord,
    MerkleTree,
    SigningKey,
    encode,
    link_hash,
    load_or_create_signing_key,
    sign_checkpoint,
    write_export,
)
from compliance.core.logs import configure_logging  # noqa: E402
from compliance.store import make_engine, upgrade  # noqa: E402
from compliance.trail import AuditLog  # noqa: E402

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
CHECKPOINT_EVERY = 1000


def decision(n: int) -> dict[str, Any]:
    """A decision record shaped like the guard's (``compliance.guard.pipeline._record``)."""
    return {
        "event": "decision",
        "request_id": uuid.UUID(int=n).hex,
        "route": "llm",
        "kind": "chat",
        "destination_country": "MA",
        "provider": "self-hosted",
        "purpose": "assistant",
        "subject_hash": f"{n % 997:032x}",
        "request_digest": f"{n:064x}",
        "entities": {"MA_CIN": 1, "PERSON": 2, "PHONE_NUMBER": 1},
        "sensitive": [],
        "allow": True,
        "reasons": ["residency.in_country", "lawful_basis.contract"],
        "actions": {"MA_CIN": "redact", "PERSON": "pseudonymize", "PHONE_NUMBER": "pseudonymize"},
        "policy_version": "9f2c" * 16,
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@contextmanager
def postgres_schema() -> Iterator[str]:
    schema = f"cg_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG_ADMIN}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


# 1. appends --------------------------------------------------------------------------------


def _append_worker(
    url: str, key: str, writers: int, seconds: float, start: float
) -> dict[str, Any]:
    """One process: ``writers`` coroutines appending until the deadline."""
    configure_logging("WARNING")
    engine = make_engine(url)
    signer = load_or_create_signing_key(Path(key))
    trail = AuditLog(engine=engine, signer=signer, checkpoint_every=CHECKPOINT_EVERY)
    latencies: list[float] = []
    batches: list[int] = []
    write_batch = trail.write_batch

    def counting(events: Any) -> Any:
        batches.append(len(events))
        return write_batch(events)

    trail.write_batch = counting  # type: ignore[method-assign]

    async def writer(index: int, deadline: float) -> None:
        n = index
        while time.perf_counter() < deadline:
            began = time.perf_counter()
            await trail.append(decision(n))
            latencies.append(time.perf_counter() - began)
            n += writers

    async def run() -> None:
        await asyncio.sleep(max(0.0, start - time.time()))  # every process starts together
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(writer(i, deadline) for i in range(writers)))

    asyncio.run(run())
    engine.dispose()
    return {"latencies": latencies, "batches": batches}


def bench_appends(name: str, url: str, args: argparse.Namespace, directory: Path) -> None:
    engine = make_engine(url)
    upgrade(engine)
    key = directory / f"{name}-signing.key"
    load_or_create_signing_key(key)
    per_process = [
        args.writers // args.processes + (1 if i < args.writers % args.processes else 0)
        for i in range(args.processes)
    ]
    start = time.time() + 1.5
    context = multiprocessing.get_context("spawn")
    with context.Pool(args.processes) as pool:
        results = pool.starmap(
            _append_worker, [(url, str(key), n, args.seconds, start) for n in per_process]
        )
    latencies = [x for r in results for x in r["latencies"]]
    batches = [x for r in results for x in r["batches"]]
    trail = AuditLog(engine=engine)
    began = time.perf_counter()
    problems = trail.verify()
    verify_seconds = time.perf_counter() - began
    checkpoints = len(trail.checkpoints())
    engine.dispose()
    rate = len(latencies) / args.seconds
    p50, p99 = percentile(latencies, 0.5) * 1e3, percentile(latencies, 0.99) * 1e3
    print(
        f"  {name:<11} {rate:>9,.0f} records/s   append p50 {p50:5.1f} ms  p99 {p99:6.1f} ms"
        "   mean batch"
        f" {sum(batches) / max(1, len(batches)):5.1f}   {len(latencies):,} records,"
        f" {checkpoints} checkpoints; verify: {'OK' if not problems else problems[:3]}"
        f" ({verify_seconds:.1f} s)"
    )


# 2. verifying a large export ---------------------------------------------------------------


def build_export(count: int, out: Path) -> float:
    """Write an export of ``count`` records built with the chain functions; return seconds."""
    began = time.perf_counter()
    key = SigningKey.generate()
    tree = MerkleTree()
    checkpoints = []

    def records() -> Iterator[ChainedRecord]:
        prev = GENESIS_HASH
        stamp = "2026-11-23T10:00:00.000000+00:00"
        for seq in range(1, count + 1):
            body = encode({**decision(seq), "seq": seq, "time": stamp})
            digest = link_hash(seq=seq, prev_hash=prev, body=body)
            tree.append(bytes.fromhex(digest))
            if seq % CHECKPOINT_EVERY == 0 or seq == count:
                checkpoints.append(
                    sign_checkpoint(
                        key=key, tree_size=seq, root_hash=tree.root().hex(), head_hash=digest
                    )
                )
            yield ChainedRecord(seq, prev, digest, body)
            prev = digest

    materialized = list(records())  # the tree and checkpoints must exist before the proofs
    write_export(
        out,
        tree=tree,
        records=materialized,
        checkpoints=checkpoints,
        keys=[key.public_key(created_at="2026-11-01T00:00:00Z")],
        signer=key,
        filters={},
        contiguous=True,
    )
    return time.perf_counter() - began


def bench_verify(count: int, directory: Path) -> None:
    out = directory / "export"
    built = build_export(count, out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "audit", "verify", str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - began
    verdict = "exit 0 (OK)" if result.returncode == 0 else f"exit {result.returncode}"
    print(
        f"  {count:,} records, {count // CHECKPOINT_EVERY:,} checkpoints, {size / 1e6:,.0f} MB"
        f" (built in {built:.1f} s): python -m audit verify {seconds:.1f} s, {verdict}"
    )
    if result.returncode != 0:
        print(result.stdout[-2000:], result.stderr[-2000:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", type=int, default=16)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--no-verify", action="store_true")
    args = parser.parse_args()
    configure_logging("WARNING")
    print(f"cpus: {os.cpu_count()}")
    with tempfile.TemporaryDirectory(prefix="cndp-audit-bench-") as tmp:
        directory = Path(tmp)
        print(
            f"appends: {args.writers} concurrent writers in {args.processes} process(es),"
            f" {args.seconds:g} s, checkpoint every {CHECKPOINT_EVERY}:"
        )
        if not args.no_sqlite:
            bench_appends("SQLite", f"sqlite:///{directory}/audit.db", args, directory)
        if not args.no_postgres:
            with postgres_schema() as url:
                bench_appends("PostgreSQL", url, args, directory)
        if not args.no_verify:
            print("export verification:")
            bench_verify(args.records, directory)


if __name__ == "__main__":
    main()
