"""Options every command group takes, written once."""

from __future__ import annotations

from pathlib import Path

import click

# The configuration file; without it, the one found as ``serve`` finds it.
config_option = click.option(
    "--config", "config_path", type=click.Path(path_type=Path), default=None
)
