"""Server time of the portal's pages, and of the API calls a host application makes.

Builds the portal and the API on a fresh SQLite database (the embedded default),
seeds one subject with --records audit decisions (the AI processing their data
page lists) and a consent history, serves the portal from a separate process,
opens a portal link for them like a browser, then renders each page --renders
times over loopback HTTP. Prints p50/p95/max of
the server time (the ``Server-Timing`` header: routing, session check, database
reads, rendering) and of the client's round trip. Target: every page <= 50 ms of
server time. Bounded by --renders and --records.

    .venv/bin/python bench/portal.py [--renders 200] [--records 1000] [--gc-freeze]

The rare maxima near 150 ms are full (generation 2) garbage collections; with
--gc-freeze the server freezes what it built at start-up, as a sidecar could after
warming up its models, and they mostly go.
"""

from __future__ import annotations

import argparse
import gc
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import uvicorn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastapi import FastAPI  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402

from compliance.api import SCOPES, create_api_token  # noqa: E402
from compliance.consent import ConsentLedger  # noqa: E402
from compliance.core.settings import Settings, parse_settings  # noqa: E402
from compliance.crypto import FileKeyProvider, KeyRing, default_kek_path, load_or_create_key_file  # noqa: E402
from compliance.http.responses import install_error_handlers  # noqa: E402
from compliance.portal import PortalSettings, build_portal_runtime  # noqa: E402
from compliance.store import make_engine, upgrade  # noqa: E402
from compliance.subjects import SubjectKeys  # noqa: E402
from compliance.trail import AuditLog  # noqa: E402
from compliance.wiring import install_portal  # noqa: E402

TARGET_MS = 50.0
PAGES = [f"/portal/{{lang}}/{page}" for page in ("", "data", "rights", "data.json")]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def settings_for(tmp: Path) -> Settings:
    return parse_settings(
        {
            "routes": {
                "llm": {"upstream": "http://127.0.0.1:9", "country": "MA"},
                "eu": {"upstream": "http://127.0.0.1:9", "country": "FR"},
                "us": {"upstream": "http://127.0.0.1:9", "country": "US"},
            },
            "database": f"sqlite:///{tmp}/cndp.db",
            "key_file": str(tmp / "keys" / "master.key"),
        }
    )


def parts(settings: Settings) -> tuple[Engine, SubjectKeys]:
    engine = make_engine(settings.database)
    upgrade(engine)
    keys = SubjectKeys(
        engine=engine,
        provider=FileKeyProvider(path=default_kek_path(settings.key_file)),
        keyring=KeyRing(root_key=load_or_create_key_file(settings.key_file)),
    )
    return engine, keys


def serve(tmp: Path, port: int, *, freeze: bool) -> None:
    """The server process: the portal and the API on the seeded database."""
    settings = settings_for(tmp)
    engine, keys = parts(settings)
    # The per-session rate limit (120 a minute by default) would stop a bench, not a person.
    portal = PortalSettings(rate_limit_per_session=10**9)
    started = time.perf_counter()
    runtime = build_portal_runtime(
        settings=settings, engine=engine, subject_keys=keys, portal=portal
    )
    print(f"{(time.perf_counter() - started) * 1000:.0f}", flush=True)
    app = FastAPI()
    install_error_handlers(app)
    install_portal(app, runtime)
    if freeze:  # what a server may do after start-up: long-lived objects out of full GCs
        gc.freeze()
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def start_server(tmp: Path, *, freeze: bool) -> tuple[subprocess.Popen[str], str, float]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(tmp), "--port", str(port)]
        + (["--gc-freeze"] if freeze else []),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    build_ms = float(child.stdout.readline() or "nan")
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{url}/portal/static/portal.css").status_code == 200:
                return child, url, build_ms
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline or child.poll() is not None:
            child.kill()
            raise SystemExit("the portal did not start")
        time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--renders", type=int, default=200)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--gc-freeze", action="store_true", help="gc.freeze() after start-up")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(Path(args.serve), args.port, freeze=args.gc_freeze)
        return
    tmp = Path(tempfile.mkdtemp(prefix="cndp-portal-bench-"))
    settings = settings_for(tmp)
    engine, keys = parts(settings)
    ledger = ConsentLedger(engine=engine, keys=keys)
    token = create_api_token(engine=engine, name="bench", scopes=SCOPES)
    subject = "bench-subject-1"
    subject_hash = keys.subject_hash(subject)
    for i in range(20):
        ledger.record_consent(
            subject=subject,
            purpose="assistant",
            state="withdrawn" if i % 2 else "granted",
            channel="web",
            source="bench",
            evidence=f"form v{i}",
        )
    routes = [("llm", "MA"), ("eu", "FR"), ("us", "US")]
    AuditLog(engine=engine).write_batch(
        [
            {
                "event": "decision",
                "route": routes[i % 3][0],
                "destination_country": routes[i % 3][1],
                "purpose": "assistant",
                "subject_hash": subject_hash,
                "allow": i % 7 != 0,
                "entities": {"PERSON": 1, "PHONE_NUMBER": i % 2},
                "sensitive": [],
            }
            for i in range(args.records)
        ]
    )
    engine.dispose()
    child, url, build_ms = start_server(tmp, freeze=args.gc_freeze)
    figures: dict[str, tuple[list[float], list[float]]] = {}
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            link = client.post(
                "/api/v1/portal-links",
                json={"subject": subject},
                headers={"Authorization": f"Bearer {token}"},
            ).json()["url"]
            landing = client.get(link.removeprefix(url))
            fields = dict(re.findall(r'name="(token|csrf)" value="([^"]+)"', landing.text))
            client.post("/portal/open", data=fields)
            for language in ("fr", "ar"):
                for pattern in PAGES:
                    path = pattern.format(lang=language)
                    server_ms, client_ms = [], []
                    for _ in range(args.renders):
                        began = time.perf_counter()
                        answer = client.get(path)
                        client_ms.append((time.perf_counter() - began) * 1000)
                        assert answer.status_code == 200, (path, answer.status_code)
                        server_ms.append(float(answer.headers["server-timing"].split("dur=")[1]))
                    figures[path] = (server_ms, client_ms)
    finally:
        child.terminate()
        child.wait(timeout=10)
    print(f"portal runtime built in         {build_ms:.0f} ms (templates compiled, texts loaded)")
    print(f"audit records of the subject    {args.records}  (renders per page: {args.renders})")
    print(f"{'page':<26} {'server p50/p95/max ms':>24} {'round trip p50/p95 ms':>24}")
    worst = 0.0
    for path, (server_ms, client_ms) in figures.items():
        p95 = percentile(server_ms, 0.95)
        worst = max(worst, p95)
        print(
            f"{path:<26} {statistics.median(server_ms):>8.1f} /{p95:>6.1f} /{max(server_ms):>6.1f}"
            f" {statistics.median(client_ms):>12.1f} /{percentile(client_ms, 0.95):>6.1f}"
        )
    verdict = "met" if worst <= TARGET_MS else "MISSED"
    print(f"target <= {TARGET_MS:.0f} ms server time (p95): {verdict} (worst p95 {worst:.1f} ms)")
    print(f"measured at {datetime.now(UTC).isoformat(timespec='seconds')}")


if __name__ == "__main__":
    main()
