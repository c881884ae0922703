"""`cndp-guard serve --demo` as a new user runs it, with real processes.

The demo writes the configuration it runs with to ``var/cndp-guard.yaml``; the admin
commands of the README find it there (or through ``CNDP_GUARD_CONFIG``). It refuses to
start on a port that is taken, and its echo model never outlives it: SIGTERM and SIGINT
stop it, and even SIGKILL does (the child asks the kernel for a signal on its parent's
death). The sidecar is held in warm-up (``testing.hold_warm_up_until``): these tests need
its HTTP side, not its models.
"""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import yaml

from tests.conftest import EXE, free_port

pytestmark = pytest.mark.slow

PATIENCE = 60.0  # a bound for starts and stops, not a synchronization


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CNDP_GUARD_CONFIG", "CNDP_GUARD_SETTINGS_JSON")
    }
    env["CNDP_GUARD_TESTING_HOLD_WARM_UP_UNTIL"] = str(tmp_path / "never")
    env.update(extra)
    return env


def _command(cwd: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [EXE, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=PATIENCE
    )


def _children(pid: int) -> list[int]:
    text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    return [int(child) for child in text.split()]


def _exited(pid_fd: int, timeout: float = PATIENCE) -> bool:
    """Whether the process behind ``pid_fd`` exited within ``timeout`` (an event: pidfd)."""
    readable, _, _ = select.select([pid_fd], [], [], timeout)
    return bool(readable)


def _refused(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


@dataclass
class Demo:
    process: subprocess.Popen[bytes]
    url: str
    upstream_port: int
    echo_fd: int  # a pidfd of the echo model's process
    stderr: Path


@contextmanager
def demo(tmp_path: Path) -> Iterator[Demo]:
    port, upstream_port = free_port(), free_port()
    stderr = tmp_path / "demo.log"
    with stderr.open("wb") as sink:
        process = subprocess.Popen(
            [EXE, "serve", "--demo", "--port", str(port), "--upstream-port", str(upstream_port)],
            cwd=tmp_path,
            env=_env(tmp_path),
            stdout=sink,
            stderr=sink,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + PATIENCE
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=PATIENCE).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None, stderr.read_text()[-2000:]
            assert time.monotonic() < deadline, "the demo never answered /healthz"
            time.sleep(0.05)
        [echo] = _children(process.pid)
        echo_fd = os.pidfd_open(echo)
        try:
            yield Demo(process, url, upstream_port, echo_fd, stderr)
        finally:
            os.close(echo_fd)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(PATIENCE)


def test_the_demo_writes_its_configuration_where_the_admin_commands_find_it(
    tmp_path: Path,
) -> None:
    env = _env(tmp_path)
    with demo(tmp_path) as running:
        config = tmp_path / "var" / "cndp-guard.yaml"
        assert f"configuration written to {config}" in running.stderr.read_text()
        written = yaml.safe_load(config.read_text())
        assert written["routes"]["llm"]["upstream"] == f"http://127.0.0.1:{running.upstream_port}"

        # The README's admin commands, from the same directory, with no --config.
        scopes = ["--scope", "metrics:read", "--scope", "portal:link"]
        created = _command(tmp_path, "tokens", "create", "--name", "prometheus", *scopes, env=env)
        assert created.returncode == 0, created.stderr
        bearer = {"Authorization": f"Bearer {created.stdout.strip()}"}
        metrics = httpx.get(f"{running.url}/metrics", headers=bearer, timeout=PATIENCE)
        assert metrics.status_code == 200  # the sidecar and the command share one database
        link = httpx.post(
            f"{running.url}/api/v1/portal-links",
            json={"subject": "demo-user"},
            headers=bearer,
            timeout=PATIENCE,
        )
        assert link.status_code == 201, link.text  # audited: the trail has a record to export
        status = _command(tmp_path, "keys", "status", env=env)
        assert status.returncode == 0, status.stderr
        assert str(tmp_path / "var" / "keys") in status.stdout
        export = _command(tmp_path, "audit", "export", "--out", "export", "--no-progress", env=env)
        assert export.returncode == 0, export.stderr
        verified = subprocess.run(
            [sys.executable, "-m", "audit", "verify", str(tmp_path / "export")],
            capture_output=True,
            text=True,
            timeout=PATIENCE,
        )
        assert verified.returncode == 0, verified.stdout + verified.stderr

        # From elsewhere, through CNDP_GUARD_CONFIG.
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        listed = _command(
            elsewhere, "tokens", "list", env={**env, "CNDP_GUARD_CONFIG": str(config)}
        )
        assert listed.returncode == 0, listed.stderr
        assert "prometheus" in listed.stdout

        _assert_stopping_stops_the_echo_model(running, signal.SIGTERM)


def _assert_stopping_stops_the_echo_model(running: Demo, stop: signal.Signals) -> None:
    running.process.send_signal(stop)
    running.process.wait(PATIENCE)
    # serve waited for its child before exiting: gone, its port closed.
    assert _exited(running.echo_fd, timeout=0)
    assert _refused(running.upstream_port)
    assert running.process.returncode == 128 + stop


def test_interrupting_the_demo_stops_its_echo_model(tmp_path: Path) -> None:
    with demo(tmp_path) as running:
        _assert_stopping_stops_the_echo_model(running, signal.SIGINT)  # Ctrl-C


def test_even_a_killed_demo_takes_its_echo_model_with_it(tmp_path: Path) -> None:
    with demo(tmp_path) as running:
        running.process.kill()
        running.process.wait(PATIENCE)
        assert _exited(running.echo_fd)  # sent SIGTERM by the kernel (PR_SET_PDEATHSIG)
        assert _refused(running.upstream_port)


@pytest.mark.parametrize("taken", ["--port", "--upstream-port"])
def test_a_taken_port_stops_the_demo_at_once_naming_the_option(tmp_path: Path, taken: str) -> None:
    ports = {"--port": free_port(), "--upstream-port": free_port()}
    with socket.socket() as squatter:
        squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        squatter.bind(("127.0.0.1", ports[taken]))
        squatter.listen()
        result = _command(
            tmp_path,
            "serve",
            "--demo",
            *[str(part) for option, port in ports.items() for part in (option, port)],
            env=_env(tmp_path),
        )

    assert result.returncode == 2
    assert f"port {ports[taken]} on 127.0.0.1" in result.stderr
    assert f"choose another port with {taken}" in result.stderr
    assert not (tmp_path / "var").exists()  # nothing started, nothing written
    other = ports["--upstream-port" if taken == "--port" else "--port"]
    assert _refused(other)


def test_a_command_without_configuration_says_where_it_looked_and_how_to_give_one(
    tmp_path: Path,
) -> None:
    result = _command(tmp_path, "tokens", "list", env=_env(tmp_path))

    assert result.returncode == 2
    assert str(tmp_path / "var" / "cndp-guard.yaml") in result.stderr
    assert "--config FILE" in result.stderr
    assert "CNDP_GUARD_CONFIG=FILE" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_demo_never_overwrites_a_configuration_it_did_not_write(tmp_path: Path) -> None:
    mine = tmp_path / "var" / "cndp-guard.yaml"
    mine.parent.mkdir()
    mine.write_text("routes:\n  llm:\n    upstream: http://10.0.0.1:8000\n    country: MA\n")

    result = _command(
        tmp_path,
        "serve",
        "--demo",
        "--port",
        str(free_port()),
        "--upstream-port",
        str(free_port()),
        env=_env(tmp_path),
    )

    assert result.returncode == 2
    assert "the demo did not write" in result.stderr
    assert "upstream: http://10.0.0.1:8000" in mine.read_text()
