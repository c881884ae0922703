"""A CLI that answers at once: listing and admin commands import no model, no web stack."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest

from compliance.cli import _LazyGroup, main
from compliance.store import upgrade

HEAVY = ("presidio_analyzer", "spacy", "fastapi", "regopy")

PROBE = """
import sys
from compliance.cli import main
try:
    main({args!r})
except SystemExit:
    pass
heavy = [m for m in {heavy!r} if m in sys.modules]
print("HEAVY=" + ",".join(heavy))
"""


@pytest.mark.parametrize(
    "args", [["--help"], ["--version"], ["tokens", "--help"], ["keys", "--help"]]
)
def test_listing_commands_imports_nothing_heavy(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args, heavy=HEAVY)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "HEAVY="


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_help_and_version_import_no_web_stack_settings_or_logging(args: list[str]) -> None:
    light = ("httpx", "uvicorn", "pydantic", "structlog", "sqlalchemy", "audit")
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args, heavy=light)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "HEAVY="


@pytest.mark.parametrize("args", [["keys", "status"], ["tokens", "list"]])
def test_admin_commands_on_a_current_database_load_no_web_stack_and_no_migrations(
    args: list[str], tmp_path: Path
) -> None:
    config = tmp_path / "cndp.yaml"
    database = f"sqlite:///{tmp_path}/current.db"
    config.write_text(
        "routes:\n  llm:\n    upstream: http://127.0.0.1:9\n    country: MA\n"
        f"database: {database}\nkey_file: {tmp_path}/keys/master.key\n"
    )
    upgrade(database)  # at the newest revision: nothing for the command to migrate
    heavy = ("alembic", *HEAVY)
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=[*args, "--config", str(config)], heavy=heavy)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "HEAVY=", done.stderr


@pytest.mark.parametrize("name", sorted(_LazyGroup.SHORT_HELP))
def test_the_listed_help_of_a_lazy_command_is_its_own(name: str) -> None:
    command = main.get_command(click.Context(main), name)
    assert command is not None
    listed = _LazyGroup.SHORT_HELP[name].removesuffix("...")
    assert (command.help or "").replace("\n", " ").startswith(listed.rstrip(",."))
