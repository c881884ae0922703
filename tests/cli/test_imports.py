"""A CLI that answers at once: listing and admin commands import no model, no web stack."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest

from compliance.cli import _LazyGroup, main

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


@pytest.mark.parametrize("name", sorted(_LazyGroup.SHORT_HELP))
def test_the_listed_help_of_a_lazy_command_is_its_own(name: str) -> None:
    command = main.get_command(click.Context(main), name)
    assert command is not None
    listed = _LazyGroup.SHORT_HELP[name].removesuffix("...")
    assert (command.help or "").replace("\n", " ").startswith(listed.rstrip(",."))
