"""``cndp-guard audit``: export, verify, checkpoint, rotate-key, keys, register.

Registered on the main command with ``main.add_command(audit)``. Exit codes: 0
success, 1 verification found problems, 2 bad settings, key file or directory.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from audit import AuditTrailError, load_or_create_signing_key, verify_export
from compliance.cli.exits import fail
from compliance.cli.options import config_option
from compliance.core.errors import ConfigError, GuardError
from compliance.core.logs import configure_logging
from compliance.core.settings import Settings, load_settings
from compliance.trail.keys import signing_key_path

# Heavy imports (SQLAlchemy, the register) wait inside the commands: `python -m audit`
# and `cndp-guard serve` should not pay for them.


class _Time(click.ParamType[datetime, Any]):
    """ISO 8601 date or date-time; without a zone it is UTC."""

    name = "TIME"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> datetime:
        if isinstance(value, datetime):
            return value
        try:
            moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            self.fail(f"{value!r} is not a date or time; write e.g. 2026-11-01 or 2026-11-01T08:00")
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


TIME = _Time()
signing_key_option = click.option(
    "--signing-key",
    type=click.Path(path_type=Path),
    default=None,
    help="Ed25519 private key file [default: audit-signing.key beside the key_file].",
)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn the known errors into one line on stderr and their exit code."""
    try:
        yield
    except ConfigError as exc:
        fail(exc)
    except AuditTrailError as exc:
        fail(exc)
    except GuardError as exc:
        fail(exc.message, code=1)


def _settings(config_path: Path | None) -> Settings:
    settings = load_settings(config_path)
    configure_logging("WARNING" if settings.log_level == "INFO" else settings.log_level)
    return settings


def _engine(settings: Settings) -> Any:
    from compliance.store.db import make_engine, upgrade

    engine = make_engine(settings.database)
    upgrade(engine)
    return engine


@click.group()
def audit() -> None:
    """The tamper-evident audit trail: exports, verification, signing keys, the register."""


@audit.command("export")
@config_option
@click.option("--out", type=click.Path(path_type=Path), required=True, help="An empty directory.")
@click.option("--since", type=TIME, default=None, help="Records committed at or after TIME.")
@click.option("--until", type=TIME, default=None, help="Records committed before TIME.")
@click.option("--subject", default=None, help="Only this data subject's records (the raw id).")
@signing_key_option
@click.option("--no-progress", is_flag=True, help="Do not draw the progress bar.")
def export_command(
    config_path: Path | None,
    out: Path,
    since: datetime | None,
    until: datetime | None,
    subject: str | None,
    signing_key: Path | None,
    no_progress: bool,
) -> None:
    """Write a bundle the regulator verifies with `python -m audit verify DIR`."""
    from compliance.cli.progress import progress_bar
    from compliance.crypto import KeyRing, load_or_create_key_file
    from compliance.trail.export import ExportRequest, export_audit

    with _errors():
        settings = _settings(config_path)
        signer = load_or_create_signing_key(signing_key_path(settings, signing_key))
        subject_hash = None
        if subject is not None:
            keys = KeyRing(root_key=load_or_create_key_file(settings.key_file))
            subject_hash = keys.subject_hash(subject)
        engine = _engine(settings)
        bar = progress_bar(disable=no_progress)
        tasks: dict[str, Any] = {}

        def progress(phase: str, total: int | None, advance: int) -> None:
            if phase not in tasks:
                label = "reading leaf hashes" if phase == "leaves" else "writing records"
                tasks[phase] = bar.add_task(label, total=total)
            bar.advance(tasks[phase], advance)

        try:
            with bar:
                summary = export_audit(
                    engine=engine,
                    signer=signer,
                    request=ExportRequest(
                        out=out, since=since, until=until, subject_hash=subject_hash
                    ),
                    progress=progress,
                )
        finally:
            engine.dispose()
    anchor = summary.anchor.checkpoint if summary.anchor else None
    span = f"seq {summary.first_seq}..{summary.last_seq}" if summary.count else "no records"
    click.echo(f"exported {summary.count} record(s) ({span}) to {out}")
    if anchor is not None:
        click.echo(
            f"anchor: checkpoint at tree size {anchor.tree_size}, root {anchor.root_hash},"
            f" signed by key {anchor.key_id}"
        )
    click.echo(f"verify with: python -m audit verify {out}")


@audit.command("verify")
@click.argument("directory", type=click.Path(path_type=Path), required=False)
@config_option
@click.option("--database", is_flag=True, help="Verify the live database instead of an export.")
@click.option("--trusted-key", multiple=True, help="A key id you trust (repeatable).")
@click.option(
    "--known",
    multiple=True,
    type=click.Path(path_type=Path),
    help="An earlier export whose checkpoints the log must extend (repeatable).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def verify_command(
    directory: Path | None,
    config_path: Path | None,
    database: bool,
    trusted_key: tuple[str, ...],
    known: tuple[Path, ...],
    as_json: bool,
) -> None:
    """Verify an export DIRECTORY (like `python -m audit verify`), or --database."""
    if (directory is None) == (not database):
        fail("give an export DIRECTORY or --database (not both)")
    if directory is not None:
        with _errors():
            report = verify_export(directory, pinned=list(trusted_key) or None, known=list(known))
        click.echo(json.dumps(report.to_json(), indent=2) if as_json else report.render())
        sys.exit(0 if report.ok else 1)
    from compliance.trail.log import AuditLog

    with _errors():
        settings = _settings(config_path)
        engine = _engine(settings)
        try:
            trail = AuditLog(engine=engine)
            problems = trail.verify()
            checkpoints = trail.checkpoints()
        finally:
            engine.dispose()
    if as_json:
        click.echo(
            json.dumps(
                {
                    "ok": not problems,
                    "checkpoints": len(checkpoints),
                    "problems": [
                        {"seq": p.seq, "kind": p.kind, "detail": p.detail} for p in problems
                    ],
                },
                indent=2,
            )
        )
    else:
        click.echo(f"database audit trail: {len(checkpoints)} signed checkpoint(s)")
        for problem in problems:
            click.echo(f"  seq {problem.seq:<10} {problem.kind:<14} {problem.detail}")
        click.echo("RESULT: OK" if not problems else f"RESULT: FAILED — {len(problems)} problem(s)")
    sys.exit(0 if not problems else 1)


@audit.command("checkpoint")
@config_option
@signing_key_option
def checkpoint_command(config_path: Path | None, signing_key: Path | None) -> None:
    """Sign a checkpoint at the current end of the log now."""
    from compliance.trail.log import AuditLog

    with _errors():
        settings = _settings(config_path)
        signer = load_or_create_signing_key(signing_key_path(settings, signing_key))
        engine = _engine(settings)
        try:
            signed = AuditLog(engine=engine, signer=signer).checkpoint()
        finally:
            engine.dispose()
    if signed is None:
        click.echo("nothing to sign: the latest checkpoint already covers the log")
    else:
        click.echo(f"signed: {signed.checkpoint.describe()}, root {signed.checkpoint.root_hash}")


@audit.command("rotate-key")
@config_option
@signing_key_option
def rotate_key_command(config_path: Path | None, signing_key: Path | None) -> None:
    """Replace the signing key; the old key endorses the new one. Restart the sidecars after."""
    from compliance.trail.keys import rotate_signing_key

    with _errors():
        settings = _settings(config_path)
        path = signing_key_path(settings, signing_key)
        load_or_create_signing_key(path)
        engine = _engine(settings)
        try:
            old, new = rotate_signing_key(engine=engine, path=path)
        finally:
            engine.dispose()
    click.echo(f"signing key rotated: {old} -> {new} (endorsed by {old}); restart the sidecars")


@audit.command("keys")
@config_option
@click.option("--pem", is_flag=True, help="Also print each public key in PEM.")
def keys_command(config_path: Path | None, pem: bool) -> None:
    """List every public key that signed checkpoints (publish these ids to the regulator)."""
    from compliance.trail.log import AuditLog

    with _errors():
        settings = _settings(config_path)
        engine = _engine(settings)
        try:
            keys = AuditLog(engine=engine).public_keys()
        finally:
            engine.dispose()
    for key in keys:
        endorsed = f", endorsed by {key.endorsed_by}" if key.endorsed_by else ""
        click.echo(f"{key.key_id}  Ed25519  since {key.created_at}{endorsed}")
        if pem:
            click.echo(key.pem())


@audit.command("register")
@config_option
@click.option("--out", type=click.Path(path_type=Path), required=True)
@click.option(
    "--lang",
    "languages",
    type=click.Choice(["fr", "en", "ar"]),
    multiple=True,
    help="Report language(s), repeatable; ar is written right to left [default: fr, en, ar].",
)
@click.option("--since", type=TIME, default=None)
@click.option("--until", type=TIME, default=None)
@click.option(
    "--declaration",
    type=click.Path(path_type=Path),
    default=None,
    help="YAML with the controller's identity and commitments (see compliance.register).",
)
def register_command(
    config_path: Path | None,
    out: Path,
    languages: tuple[str, ...],
    since: datetime | None,
    until: datetime | None,
    declaration: Path | None,
) -> None:
    """Write the processing register (art. 15): register.json and an HTML report per language."""
    from compliance.register import generate_register, load_declaration, write_register

    with _errors():
        settings = _settings(config_path)
        declared = load_declaration(declaration)
        engine = _engine(settings)
        try:
            register = generate_register(
                engine=engine, settings=settings, declaration=declared, since=since, until=until
            )
        finally:
            engine.dispose()
        written = write_register(register, out=out, languages=languages or ("fr", "en", "ar"))
    decisions = register["decisions"]
    click.echo(
        f"register: {decisions['total']} decision(s), {len(register['recipients'])} recipient(s),"
        f" {sum(1 for t in register['transfers'] if t['transfer'])} destination country(ies)"
        " abroad"
    )
    for path in written:
        click.echo(f"  {path}")


if __name__ == "__main__":  # `python -m compliance.cli.audit`, before `cndp-guard audit`
    audit()
