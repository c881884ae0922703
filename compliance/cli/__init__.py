"""The ``cndp-guard`` command."""

from __future__ import annotations

import ctypes
import importlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, ClassVar

import click

from compliance.cli.exits import fail
from compliance.cli.options import config_option
from compliance.core.errors import ConfigError, GuardError
from compliance.core.paths import CONFIG_ENV, DEFAULT_CONFIG_PATH, SETTINGS_JSON_ENV

# The web client and server, the settings models and the logging stack are imported
# by the commands that use them: `--help` and `--version` answer without them.

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from compliance.core.settings import Settings
    from compliance.crypto import FileKeyProvider

DEMO_UPSTREAM_PORT = 9000
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


class _LazyGroup(click.Group):
    """Subcommands imported on use: `keys status` should not pay for loading Presidio."""

    LAZY: ClassVar[dict[str, str]] = {
        "audit": "compliance.cli.audit:audit",
        "policy": "compliance.cli.policy:policy",
        "scan": "compliance.cli.scan:scan",
        "scrub": "compliance.cli.scrub:scrub",
    }

    # What `cndp-guard --help` lists for them, so listing imports none of them.
    SHORT_HELP: ClassVar[dict[str, str]] = {
        "audit": "The tamper-evident audit trail: exports, verification,...",
        "policy": "Test and evaluate the law 09-08 policies (policies/).",
        "scan": "Detect personal data in JSONL or text lines and print...",
        "scrub": "Minimize the text columns of a dataset (Parquet, JSONL,...",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.LAZY])

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            if name in self.SHORT_HELP:
                rows.append((name, self.SHORT_HELP[name]))
                continue
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(formatter.width - 6 - len(name))))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY:
            module, _, attribute = self.LAZY[cmd_name].partition(":")
            command = getattr(importlib.import_module(module), attribute)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup)
@click.version_option(package_name="cndp-guard")
def main() -> None:
    """Privacy and CNDP (law 09-08) compliance sidecar for AI workloads."""


def _check_port_free(host: str, port: int, *, what: str, option: str) -> None:
    """Fail fast, naming the port and the option, when something already listens there.

    Without this the demo carried on and routed to whatever answered on the echo
    model's port. (There is a window between this check and the bind; the bind's own
    error still stops the start then.)
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ConfigError(f"{option}: cannot resolve host {host!r} ({exc.strerror})") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        # As uvicorn binds: a port in TIME_WAIT is free, one with a listener is not.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise ConfigError(
                f"port {port} on {host} ({what}) is not available: {exc.strerror};"
                f" stop what listens there, or choose another port with {option}"
            ) from None


def _start_demo_upstream(host: str, port: int) -> subprocess.Popen[bytes]:
    """Run the echo model in a child process and wait until it answers."""
    import httpx

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
            "--exit-with-parent",
            str(os.getpid()),
        ]
    )
    url = f"http://{host}:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise ConfigError(
                f"the demo's echo model exited (port {port} in use?); choose another port"
                " with --upstream-port"
            )
        try:
            if httpx.get(f"{url}/v1/models", timeout=1).status_code == 200:
                return child
        except httpx.TransportError:
            time.sleep(0.2)
    _stop(child)
    raise ConfigError("the demo's echo model did not start within 20 s")


def _stop(child: subprocess.Popen[bytes] | None) -> None:
    """Stop the echo model and wait for it, so nothing of the demo outlives ``serve``."""
    if child is None or child.poll() is not None:
        return
    child.terminate()
    try:
        child.wait(timeout=10)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def _exit_on_signal(signum: int, _frame: FrameType | None) -> None:
    # uvicorn restores this handler after its graceful shutdown and raises the signal
    # again: exiting through SystemExit runs serve's `finally`, which stops the echo
    # model (the default action would kill this process and leave the child running).
    raise SystemExit(128 + signum)


DEMO_TOKEN_PATH = DEFAULT_CONFIG_PATH.parent / "demo.token"


def _curl_example(host: str, port: int, token: str) -> str:
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
        f"  -H 'Authorization: Bearer {token}' \\\n"
        f"  -H 'Content-Type: application/json' -H 'X-Subject-Id: demo-user' \\\n"
        f"  -d '{body}'\n"
        "(the echo model prints what it received, minimized, as '[echo model] received ...';"
        " the answer you get has your own values back)\n"
        "or with the OpenAI SDK:\n"
        f"  OpenAI(base_url='http://{host}:{port}/llm/v1', api_key='{token}',\n"
        "         default_headers={'X-Subject-Id': 'demo-user'})\n"
        f"(the demo's application token is kept in {DEMO_TOKEN_PATH})"
    )


@main.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    default=None,
    help=f"The configuration [default: ${CONFIG_ENV}, else {DEFAULT_CONFIG_PATH}].",
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
@click.option(
    "--demo",
    is_flag=True,
    help=f"Also run the echo model and, without --config, write the configuration routing"
    f" to it to {DEFAULT_CONFIG_PATH}, where the other commands find it.",
)
@click.option(
    "--upstream-port",
    default=DEMO_UPSTREAM_PORT,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="With --demo: the echo model's port.",
)
def serve(
    config_path: Path | None, host: str, port: int, workers: int, demo: bool, upstream_port: int
) -> None:
    """Run the sidecar."""
    import uvicorn

    from compliance.core.settings import load_settings
    from compliance.demo.settings import write_demo_config

    child: subprocess.Popen[bytes] | None = None
    token = ""
    if demo:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, _exit_on_signal)
    try:
        try:
            _check_port_free(host, port, what="the sidecar", option="--port")
            if demo:
                _check_port_free(
                    "127.0.0.1",
                    upstream_port,
                    what="the demo's echo model",
                    option="--upstream-port",
                )
                if config_path is None:
                    config_path = write_demo_config(
                        DEFAULT_CONFIG_PATH, upstream=f"http://127.0.0.1:{upstream_port}"
                    )
                    click.echo(
                        f"cndp-guard demo: configuration written to {config_path}; commands"
                        " run from this directory use it (cndp-guard tokens create, keys"
                        f" status, audit export...), elsewhere set {CONFIG_ENV}={config_path}",
                        err=True,
                    )
            settings = load_settings(config_path)
            if demo:
                from compliance.demo.token import demo_token

                token = demo_token(settings, DEMO_TOKEN_PATH)
                child = _start_demo_upstream("127.0.0.1", upstream_port)
        except ConfigError as exc:
            fail(exc)
        # Worker processes rebuild the app from exactly these settings.
        os.environ[SETTINGS_JSON_ENV] = settings.model_dump_json()
        if demo:
            click.echo("cndp-guard demo: try\n" + _curl_example(host, port, token), err=True)
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
            server_header=False,  # answers do not name the server software
            # Longer than clients' idle-connection expiry (httpx: 5 s), so the server is not the
            # side that closes a kept-alive connection while a client reuses it.
            timeout_keep_alive=75,
        )
    finally:
        _stop(child)


@main.command("demo-upstream")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=DEMO_UPSTREAM_PORT, show_default=True, type=int)
@click.option("--chunk-chars", default=5, show_default=True, type=click.IntRange(1, 1000))
@click.option("--quiet", is_flag=True, help="Do not print what each request carried.")
@click.option("--exit-with-parent", "parent_pid", type=int, default=None, hidden=True)
def demo_upstream(
    host: str, port: int, chunk_chars: int, quiet: bool, parent_pid: int | None
) -> None:
    """Run the OpenAI-compatible echo model (answers with exactly what it received)."""
    import uvicorn

    from compliance.demo.upstream import create_demo_upstream

    if parent_pid is not None:
        _exit_with_parent(parent_pid)
    uvicorn.run(
        create_demo_upstream(chunk_chars=chunk_chars, echo_to_stderr=not quiet),
        host=host,
        port=port,
        loop="uvloop",
        http="httptools",
        log_level="warning",
        access_log=False,
    )


def _exit_with_parent(parent_pid: int) -> None:
    """Be sent SIGTERM when ``serve --demo`` dies, even by SIGKILL (Linux: PR_SET_PDEATHSIG)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent_pid:  # the parent died before the line above
        sys.exit(0)


def _settings_or_exit(config_path: Path | None) -> Settings:
    from compliance.core.settings import load_settings

    try:
        return load_settings(config_path)
    except ConfigError as exc:
        fail(exc)


kek_option = click.option(
    "--kek-file",
    type=click.Path(path_type=Path),
    default=None,
    help="Key ring of KEKs [default: kek.json beside the configured key_file].",
)
read_only_option = click.option(
    "--mounted-secret", is_flag=True, help="The key ring is a read-only mounted secret."
)


@main.group()
def keys() -> None:
    """Key-encryption keys (KEKs) and the per-subject data keys they wrap."""


def _key_parts(
    config_path: Path | None, kek_file: Path | None, mounted: bool
) -> tuple[Engine, FileKeyProvider]:
    # Imported here: `serve` and `scan` should not pay for the key and database stack.
    from compliance.core.logs import configure_logging
    from compliance.crypto import FileKeyProvider, default_kek_path
    from compliance.store import make_engine, upgrade

    settings = _settings_or_exit(config_path)
    configure_logging(settings.log_level)
    try:
        provider = FileKeyProvider(
            path=kek_file or default_kek_path(settings.key_file),
            create=not mounted,
            read_only=mounted,
        )
    except ConfigError as exc:
        fail(exc)
        raise
    engine = make_engine(settings.database)
    upgrade(engine)  # as `serve` does: a fresh database gets its tables, not a traceback
    return engine, provider


@keys.command("init")
@config_option
def keys_init(config_path: Path | None) -> None:
    """Create the key files the settings name, where missing (never overwrites one).

    For deployments whose keys are mounted read-only (a Kubernetes Secret): run it once
    on a trusted machine, then store the files in the secret store. Prints paths, KEK
    versions and the audit signing key's public id, never a key.
    """
    from compliance.crypto import FileKeyProvider, default_kek_path, load_or_create_key_file
    from compliance.trail.keys import load_signer, signing_key_path

    settings = _settings_or_exit(config_path)
    root = settings.key_file
    kek = default_kek_path(root)
    signing = signing_key_path(settings)
    existed = {path: path.exists() for path in (root, kek, signing)}
    try:
        load_or_create_key_file(root)
        provider = FileKeyProvider(path=kek, create=True, read_only=False)
        signer = load_signer(signing)
    except ConfigError as exc:
        fail(exc)
        return
    for path, was in existed.items():
        click.echo(f"{'kept   ' if was else 'created'} {path}")
    click.echo(f"KEK versions: {', '.join(f'v{v.version}' for v in provider.versions())}")
    click.echo(f"audit signing key id: {signer.key_id} (the regulator pins it)")


@keys.command("status")
@config_option
@kek_option
@read_only_option
def keys_status(config_path: Path | None, kek_file: Path | None, mounted_secret: bool) -> None:
    """List KEK versions and how many subject keys each one wraps."""
    from compliance.subjects import keys_by_version

    engine, provider = _key_parts(config_path, kek_file, mounted_secret)
    counts = keys_by_version(engine=engine)
    current = provider.current_version()
    click.echo(f"key ring: {provider.path}")
    for version in provider.versions():
        state = "current" if version.version == current else "active"
        if version.retired_at is not None:
            state = f"retired {version.retired_at.isoformat(timespec='seconds')}"
        click.echo(f"  v{version.version}: {counts.get(version.version, 0)} subject keys ({state})")
    known = {v.version for v in provider.versions()}
    for number, count in sorted(counts.items()):
        if number not in known:
            click.echo(f"  v{number}: {count} subject keys (MISSING from the key ring)")
    engine.dispose()


@keys.command("rotate")
@config_option
@kek_option
@read_only_option
@click.option("--batch-size", default=1000, show_default=True, type=click.IntRange(1, 100_000))
@click.option(
    "--pause",
    default=0.0,
    show_default=True,
    type=click.FloatRange(0, 60),
    help="Seconds between batches, to spare a busy database.",
)
@click.option("--no-progress", is_flag=True, help="Do not draw the progress bar.")
def keys_rotate(
    config_path: Path | None,
    kek_file: Path | None,
    mounted_secret: bool,
    batch_size: int,
    pause: float,
    no_progress: bool,
) -> None:
    """Create a new KEK version and re-wrap every subject key (online, resumable)."""
    from compliance.cli.progress import progress_bar
    from compliance.subjects import rotate_keys

    engine, provider = _key_parts(config_path, kek_file, mounted_secret)
    progress = progress_bar(disable=no_progress)
    task = progress.add_task("re-wrapping", total=None)

    def on_start(target: int, total: int, resumed: bool) -> None:
        verb = "resuming rotation to" if resumed else "rotating to"
        progress.update(task, total=total, description=f"{verb} KEK v{target}")

    try:
        with progress:
            report = rotate_keys(
                engine=engine,
                provider=provider,
                batch_size=batch_size,
                pause=pause,
                on_start=on_start,
                on_batch=lambda count: progress.advance(task, count),
            )
    except GuardError as exc:
        fail(exc.message, code=1)
    finally:
        engine.dispose()
    retired = ", ".join(f"v{v}" for v in report.retired) or "none"
    click.echo(
        f"KEK v{report.target_version}: {report.moved} subject keys re-wrapped in"
        f" {report.seconds:.1f} s; retired: {retired}"
    )


@main.group()
def db() -> None:
    """Database schema (Alembic migrations shipped with the package)."""


@db.command("upgrade")
@config_option
@click.option("--revision", default="head", show_default=True)
def db_upgrade(config_path: Path | None, revision: str) -> None:
    """Apply the migrations up to REVISION (safe to run on every deploy).

    Then seal what an older version kept in clear (the sources of consents, objections
    and rights requests): a migration has no keys, this command has.
    """
    from compliance.store import current_revision, make_engine, upgrade

    settings = _settings_or_exit(config_path)
    engine = make_engine(settings.database)
    try:
        upgrade(engine, revision=revision)
        click.echo(f"database schema at revision {current_revision(engine)}")
        if revision == "head":
            sealed = _seal_clear_sources(settings, engine)
            if sealed:
                click.echo(f"sealed {sealed} source(s) an older version kept in clear")
    finally:
        engine.dispose()


def _seal_clear_sources(settings: Settings, engine: Engine) -> int:
    from sqlmodel import col, func, select

    from compliance.consent.records import seal_clear_sources
    from compliance.crypto import (
        FileKeyProvider,
        KeyRing,
        default_kek_path,
        load_or_create_key_file,
    )
    from compliance.store import read_session, write_session
    from compliance.store.models import ConsentEvent, OptOutEvent, RightsRequest
    from compliance.subjects import SubjectKeys

    with read_session(engine) as session:
        pending = sum(
            session.exec(select(func.count()).where(col(model.source).is_not(None))).one()
            for model in (ConsentEvent, OptOutEvent, RightsRequest)
        )
    if not pending:
        return 0  # nothing to seal: no key is read (or created)
    try:
        keys = SubjectKeys(
            engine=engine,
            provider=FileKeyProvider(path=default_kek_path(settings.key_file)),
            keyring=KeyRing(root_key=load_or_create_key_file(settings.key_file)),
        )
    except ConfigError as exc:
        fail(exc)
    with write_session(engine) as session:
        return seal_clear_sources(session=session, keys=keys)


@db.command("current")
@config_option
def db_current(config_path: Path | None) -> None:
    """Print the schema revision the database is at."""
    from compliance.store import current_revision, make_engine

    engine = make_engine(_settings_or_exit(config_path).database)
    try:
        click.echo(current_revision(engine) or "(empty: run cndp-guard db upgrade)")
    finally:
        engine.dispose()


@main.group()
def tokens() -> None:
    """Bearer tokens for the /api/v1 API and /metrics (stored hashed)."""


@tokens.command("create")
@config_option
@click.option("--name", required=True, help="Who uses it, e.g. crm-prod (not a person's name).")
@click.option(
    "--scope",
    "scopes",
    multiple=True,
    required=True,
    help="Repeat for each: consents:read consents:write metrics:read portal:link rights:read"
    " rights:write subjects:export.",
)
@click.option("--expires-days", type=click.IntRange(1, 3650), default=None)
def tokens_create(
    config_path: Path | None, name: str, scopes: tuple[str, ...], expires_days: int | None
) -> None:
    """Create a token and print it once; only its hash is kept."""
    from datetime import timedelta

    from compliance.callers.tokens import create_api_token
    from compliance.store import make_engine, upgrade

    engine = make_engine(_settings_or_exit(config_path).database)
    try:
        upgrade(engine)
        token = create_api_token(
            engine=engine,
            name=name,
            scopes=scopes,
            expires_in=timedelta(days=expires_days) if expires_days else None,
        )
    except ConfigError as exc:
        fail(exc)
    finally:
        engine.dispose()
    click.echo(token)
    click.echo("shown once: store it in the host application's secret store", err=True)


@tokens.command("list")
@config_option
def tokens_list(config_path: Path | None) -> None:
    """List tokens (id, name, scopes, state); never their secrets."""
    from compliance.callers.tokens import list_api_tokens
    from compliance.store import make_engine, upgrade

    engine = make_engine(_settings_or_exit(config_path).database)
    try:
        upgrade(engine)
        for token in list_api_tokens(engine=engine):
            state = "revoked" if token.revoked_at else "active"
            click.echo(f"{token.id}  {token.name}  {token.scopes}  {state}")
    finally:
        engine.dispose()


@tokens.command("revoke")
@config_option
@click.argument("token_id")
def tokens_revoke(config_path: Path | None, token_id: str) -> None:
    """Revoke the token with this id (the 12 characters after cgk_)."""
    from compliance.callers.tokens import revoke_api_token
    from compliance.store import make_engine, upgrade

    engine = make_engine(_settings_or_exit(config_path).database)
    try:
        upgrade(engine)
        if not revoke_api_token(engine=engine, token_id=token_id):
            message = f"no active token has the id {token_id!r}; see: cndp-guard tokens list"
            fail(message)
    finally:
        engine.dispose()
    click.echo(f"revoked {token_id}")


@main.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Describe the API of this configuration [default: the one found (see serve), else"
    " every endpoint].",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=None, help="Write to FILE."
)
def openapi(config_path: Path | None, output: Path | None) -> None:
    """Print the OpenAPI document (the sidecar does not serve it unless api_docs is on)."""
    from compliance.core.settings import find_config
    from compliance.openapi import openapi_document

    found, _ = find_config(config_path)
    if found is None:
        document = openapi_document()
    else:
        settings = _settings_or_exit(found)
        document = openapi_document(
            portal=settings.portal.enabled, metrics_auth=settings.metrics_auth
        )
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
