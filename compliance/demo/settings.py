"""The configuration ``cndp-guard serve --demo`` runs with, written where every command finds it.

The demo used to run from settings built in memory, so the admin commands a new user runs
next (``tokens create``, ``keys status``, ``audit export``) had no file to read and failed.
Now the demo writes ``var/cndp-guard.yaml`` (``DEFAULT_CONFIG_PATH``) and runs from that
file like any deployment: a command run from the same directory reads it by default, and
one run elsewhere through ``CNDP_GUARD_CONFIG``. Paths inside are absolute for that reason.

The file starts with ``DEMO_MARK``: the demo rewrites its own file (the echo model's port
may change) but never a configuration someone else wrote at that place.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from compliance.core.errors import ConfigError

DEMO_MARK = "# Written by `cndp-guard serve --demo`"


def demo_document(*, upstream: str, var_dir: Path) -> dict[str, Any]:
    """Three routes to the echo model: in Morocco, in an adequate country, in the US."""
    var_dir = var_dir.absolute()
    return {
        "routes": {
            "llm": {"upstream": upstream, "country": "MA", "purpose": "assistant"},
            "eu": {"upstream": upstream, "country": "FR", "purpose": "assistant"},
            "us": {"upstream": upstream, "country": "US", "purpose": "assistant"},
        },
        "database": f"sqlite:///{var_dir / 'cndp-guard.db'}",
        "key_file": str(var_dir / "keys" / "master.key"),
    }


def write_demo_config(path: Path, *, upstream: str) -> Path:
    """Write the demo's configuration to ``path`` and return its absolute path.

    Raises:
        ConfigError: ``path`` holds a configuration the demo did not write, or cannot be
            written.
    """
    path = path.absolute()
    try:
        existing = path.read_text(encoding="utf-8") if path.exists() else None
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from None
    if existing is not None and not existing.startswith(DEMO_MARK):
        raise ConfigError(
            f"{path} holds a configuration the demo did not write; run it with"
            f" `cndp-guard serve --config {path}`, or move it away to run the demo"
        )
    text = (
        f"{DEMO_MARK}: the configuration the demo runs with.\n"
        "# Every cndp-guard command run from this directory reads it (or set\n"
        f"# CNDP_GUARD_CONFIG={path}). Rewritten at each `serve --demo`.\n"
        + yaml.safe_dump(demo_document(upstream=upstream, var_dir=path.parent), sort_keys=False)
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)  # atomic: a command reading it sees the old or the new one
    except OSError as exc:
        raise ConfigError(f"cannot write the demo configuration {path}: {exc.strerror}") from None
    return path
