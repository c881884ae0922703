"""The ``cndp-guard`` command."""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import click
import httpx
import uvicorn

from compliance.config import SETTINGS_JSON_ENV, Settings, demo_settings, load_settings
from compliance.errors import ConfigError

DEMO_UPSTREAM_PORT = 9000


def _fail(exc: ConfigError) -> None:
    click.echo(f"cndp-guard: {exc.message}", err=True)
    sys.exit(exc.exit_code)


@click.group()
@click.version_option(package_name="cndp-guard")
def main() -> None:
    """Privacy and CNDP (law 09-08) compliance sidecar for AI workloads."""


def _start_demo_upstream(host: str, port: int) -> str:
    """Run the echo model in a child process and wait until it answers."""
    child = subprocess.Popen(  # noqa: S603 - our own interpreter and module, fixed arguments
        [
            sys.executable,
            "-m",
            "compliance.cli",
            "demo-upstream",
            "--host",
            host,
            "--port",
            str(port),
        ]
    )
    atexit.register(child.terminate)
    url = f"http://{host}:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise ConfigError(f"the demo upstream exited (port {port} in use?)")
        try:
            if httpx.get(f"{url}/v1/models", timeout=1).status_code == 200:
                return url
        except httpx.TransportError:
            time.sleep(0.2)
    raise ConfigError("the demo upstream did not start within 20 s")


def _curl_example(host: str, port: int) -> str:
    body = json.dumps(
        {
            "model": "echo-1",
            "messages": [
                {
                    "role": "user",
                    "content": "Je suis Karim Benali, CIN BE123456, tel +212 6 61 23 45 67.",
                }
            ],
        },
        ensure_ascii=False,
    )
    return (
        f"curl -s http://{host}:{port}/llm/v1/chat/completions \\\n"
        f"  -H 'Content-Type: application/json' -H 'X-Subject-Id: demo-user' \\\n"
        f"  -d '{body}'\n"
        f"(the demo upstream echoes what it received: watch it arrive minimized at "
        f"http://127.0.0.1:{DEMO_UPSTREAM_PORT} and come back re-identified)"
    )


@main.command()
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
@click.option("--demo", is_flag=True, help="Also start the echo upstream and route to it.")
def serve(config_path: Path | None, host: str, port: int, workers: int, demo: bool) -> None:
    """Run the sidecar."""
    try:
        if demo and config_path is None:
            upstream = _start_demo_upstream("127.0.0.1", DEMO_UPSTREAM_PORT)
            settings: Settings = demo_settings(upstream=upstream)
        else:
            settings = load_settings(config_path)
            if demo:
                _start_demo_upstream("127.0.0.1", DEMO_UPSTREAM_PORT)
    except ConfigError as exc:
        _fail(exc)
        return
    # Worker processes rebuild the app from exactly these settings.
    os.environ[SETTINGS_JSON_ENV] = settings.model_dump_json()
    if demo:
        click.echo("cndp-guard demo: try\n" + _curl_example(host, port), err=True)
    uvicorn.run(
        "compliance.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        loop="uvloop",
        http="httptools",
        log_level=settings.log_level.lower(),
        access_log=False,  # access lines would carry paths and client addresses; we log events
    )


@main.command("demo-upstream")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=DEMO_UPSTREAM_PORT, show_default=True, type=int)
@click.option("--chunk-chars", default=5, show_default=True, type=click.IntRange(1, 1000))
def demo_upstream(host: str, port: int, chunk_chars: int) -> None:
    """Run the OpenAI-compatible echo model (answers with exactly what it received)."""
    from compliance.demo.upstream import create_demo_upstream

    uvicorn.run(
        create_demo_upstream(chunk_chars=chunk_chars),
        host=host,
        port=port,
        loop="uvloop",
        http="httptools",
        log_level="warning",
        access_log=False,
    )


if __name__ == "__main__":
    main()
