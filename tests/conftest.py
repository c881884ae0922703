"""Shared fixtures: the real PostgreSQL on 127.0.0.1:5432, free ports, loopback servers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import uvicorn

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh schema in the local ``test`` database for this test session."""
    schema = f"cg_test_{uuid.uuid4().hex[:10]}"
    try:
        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL on 127.0.0.1:5432 is required for these tests: {exc}")
    yield f"{PG_ADMIN}?options=-csearch_path%3D{schema}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LoopbackServer:
    """A real uvicorn server on 127.0.0.1 in a background thread."""

    def __init__(self, app: Any, *, tls: tuple[Path, Path] | None = None) -> None:
        """``tls``: (certificate, key) PEM files; the server then answers https://localhost."""
        self.port = free_port()
        self.url = f"https://localhost:{self.port}" if tls else f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="on",
            ssl_certfile=str(tls[0]) if tls else None,
            ssl_keyfile=str(tls[1]) if tls else None,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("loopback server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


EXE = str(Path(sys.executable).parent / "cndp-guard")


@dataclass
class Served:
    url: str
    process: subprocess.Popen[bytes]


@contextmanager
def serve(
    config: Path,
    *,
    port: int | None = None,
    workers: int = 1,
    until: str = "/readyz",
    log: Path | None = None,
    timeout: float = 120,
) -> Iterator[Served]:
    """``cndp-guard serve`` as operators run it, yielded once ``until`` answers 200."""
    port = port or free_port()
    command = [
        EXE,
        "serve",
        "--config",
        str(config),
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    with Path(log or os.devnull).open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=sink)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(f"{url}{until}", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None, "the sidecar exited" + (
                f":\n{log.read_text()[-2000:]}" if log else ""
            )
            assert time.monotonic() < deadline, f"the sidecar never answered {until}"
            time.sleep(0.05)
        yield Served(url, process)
    finally:
        process.terminate()
        process.wait(20)
