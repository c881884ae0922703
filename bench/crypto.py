"""Figures of the data of record: field encryption, consent lookups, KEK rotation.

Prints, for one field of 64 bytes: AES-256-GCM encrypt and decrypt ops/s (with
the subject's cipher kept, as the ledger does, and with a key setup per call);
consent snapshot p50/p95 on SQLite and PostgreSQL, cached (the request path) and
uncached (one database read); the cached subject-key lookup the proxy makes per
request; and the rotation rate (subject keys re-wrapped per second) over
--keys subject keys. PostgreSQL runs in a throw-away schema of the local
``test`` database. Bounded by --keys, --subjects and --lookups.

    .venv/bin/python bench/crypto.py [--keys 100000] [--subjects 300] [--lookups 3000]
                                     [--no-postgres]
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compliance.consent import ConsentLedger, load_purposes  # noqa: E402
from compliance.core.logs import configure_logging  # noqa: E402
from compliance.crypto import FieldCipher, FileKeyProvider, KeyRing, encrypt_field  # noqa: E402
from compliance.store import make_engine, upgrade, write_session  # noqa: E402
from compliance.subjects import SubjectKeys, rotate_keys  # noqa: E402

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
FIELD = ("consent signed 2026-11-20, form v3, checkbox ticked by the subject " * 2)[:64]
PURPOSE = {
    "name": "assistant",
    "description": {"fr": "Assistant", "ar": "مساعد", "en": "Assistant"},
    "lawful_basis": "consent",
    "data_categories": ["identity"],
    "retention_days": 30,
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(call: Callable[[], object], count: int) -> list[float]:
    """Microseconds per call, one sample per call."""
    samples = []
    for _ in range(count):
        started = time.perf_counter_ns()
        call()
        samples.append((time.perf_counter_ns() - started) / 1000)
    return samples


def bench_fields(count: int) -> None:
    key = secrets.token_bytes(32)
    cipher = FieldCipher(key=key)
    row = uuid.uuid4()
    sealed = cipher.encrypt(plaintext=FIELD, table="consent_event", column="evidence", row=row)

    def rate(call: Callable[[], object]) -> tuple[float, float]:
        started = time.perf_counter()
        for _ in range(count):
            call()
        seconds = time.perf_counter() - started
        return count / seconds, seconds / count * 1e6

    for label, call in (
        (
            "encrypt (subject cipher kept)",
            lambda: cipher.encrypt(
                plaintext=FIELD, table="consent_event", column="evidence", row=row
            ),
        ),
        (
            "decrypt (subject cipher kept)",
            lambda: cipher.decrypt(
                ciphertext=sealed, table="consent_event", column="evidence", row=row
            ),
        ),
        (
            "encrypt_field (key setup per call)",
            lambda: encrypt_field(
                key=key, plaintext=FIELD, table="consent_event", column="evidence", row=row
            ),
        ),
    ):
        per_second, micros = rate(call)
        print(f"  {label:<36} {per_second:>10,.0f} ops/s   {micros:6.2f} µs/op")


@contextmanager
def databases(with_postgres: bool) -> Iterator[list[tuple[str, str]]]:
    directory = Path(tempfile.mkdtemp(prefix="cndp-bench-"))
    found = [("SQLite", f"sqlite:///{directory}/bench.db")]
    schema = f"cg_bench_{uuid.uuid4().hex[:10]}"
    if with_postgres:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        found.append(("PostgreSQL", f"{PG_ADMIN}?options=-csearch_path%3D{schema}"))
    try:
        yield found
    finally:
        if with_postgres:
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def bench_database(name: str, url: str, args: argparse.Namespace, directory: Path) -> None:
    engine = make_engine(url)
    upgrade(engine)
    provider = FileKeyProvider(path=directory / f"{name}-kek.json")
    keyring = KeyRing(root_key=secrets.token_bytes(32))
    keys = SubjectKeys(engine=engine, provider=provider, keyring=keyring)
    ledger = ConsentLedger(engine=engine, keys=keys, purposes=load_purposes([PURPOSE]))
    subjects = [f"bench-subject-{n}" for n in range(args.subjects)]
    for subject in subjects:
        ledger.record_consent(
            subject=subject, purpose="assistant", state="granted", channel="web", source="bench"
        )
        ledger.set_opt_out(subject=subject, kind="marketing", channel="web", source="bench")
    hashes = [keys.subject_hash(s) for s in subjects]
    picks = [hashes[n % len(hashes)] for n in range(args.lookups)]
    it = iter(picks)

    def uncached() -> None:
        subject = next(it)
        ledger.invalidate(subject)
        ledger.snapshot(subject)

    cold = timed(uncached, len(picks))
    it = iter(picks)
    warm = timed(lambda: ledger.snapshot(next(it)), len(picks))
    it = iter(picks)
    for subject in hashes:
        keys.pseudonym_key(subject)
    key_lookups = timed(lambda: keys.pseudonym_key(next(it)), len(picks))
    for label, samples in (
        ("consent snapshot, uncached", cold),
        ("consent snapshot, cached", warm),
        ("subject pseudonym key, cached", key_lookups),
    ):
        print(
            f"  {name:<10} {label:<30} p50 {percentile(samples, 0.5):8.1f} µs"
            f"   p95 {percentile(samples, 0.95):8.1f} µs"
        )

    started = time.perf_counter()
    batch = [keyring.subject_hash(f"rotation-{n}") for n in range(args.keys)]
    with write_session(engine) as session:
        keys.provision(session=session, subject_hashes=batch)
    provisioned = time.perf_counter() - started
    report = rotate_keys(engine=engine, provider=provider, batch_size=args.batch_size)
    print(
        f"  {name:<10} rotation of {report.moved:,} subject keys: {report.seconds:6.1f} s"
        f" = {report.moved / report.seconds:,.0f} keys/s (provisioning took {provisioned:.1f} s)"
    )
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keys", type=int, default=100_000, help="subject keys to rotate")
    parser.add_argument("--subjects", type=int, default=300, help="subjects with consents")
    parser.add_argument("--lookups", type=int, default=3000, help="timed lookups per case")
    parser.add_argument("--field-ops", type=int, default=200_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    configure_logging("WARNING")  # rotation progress events would interleave with the figures

    print(f"field encryption, one {len(FIELD)}-byte field, AES-256-GCM:")
    bench_fields(args.field_ops)
    print("consent and key lookups, KEK rotation:")
    with databases(not args.no_postgres) as found:
        directory = Path(tempfile.mkdtemp(prefix="cndp-bench-keys-"))
        for name, url in found:
            bench_database(name, url, args, directory)


if __name__ == "__main__":
    main()
