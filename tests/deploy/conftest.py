from __future__ import annotations

import os

import pytest

from tests.deploy.compose_check import SCHEMA, compose_command


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture
def compose_schema() -> None:
    """Skips only where the schema was not installed; `make pytest` installs it, so CI fails."""
    if not SCHEMA.is_file():
        _missing(
            f"no Compose Specification schema at {SCHEMA}: `make pytest` installs it with "
            "tests/deploy/install-compose-plugin.sh"
        )


@pytest.fixture
def compose_client() -> None:
    """Skips only where no Compose client can be had; `make pytest` installs one, so CI fails."""
    if compose_command() is None:
        reason = (
            "no Compose v2 client here (neither `docker compose` nor a v2 docker-compose): "
            "`make pytest` installs the plugin with tests/deploy/install-compose-plugin.sh"
        )
        _missing(reason)
