"""Fixtures of the portal tests: see fixtures.py; the two databases come from tests/store."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from compliance.demo.upstream import create_demo_upstream
from compliance.detect import PresidioDetector
from tests.conftest import LoopbackServer
from tests.portal.fixtures import debug_logs, people
from tests.store.engines import engine, keyring, provider, subject_keys

__all__ = [
    "debug_logs",
    "detector",
    "engine",
    "keyring",
    "people",
    "provider",
    "subject_keys",
    "upstream",
]


@pytest.fixture(scope="session")
def detector() -> PresidioDetector:
    """The real detector, loaded once for the tests that proxy through the sidecar."""
    detector = PresidioDetector()
    detector.warm_up()
    return detector


@pytest.fixture(scope="session")
def upstream() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """The echo model, recording every body that crossed the boundary."""
    received: list[dict[str, Any]] = []
    with LoopbackServer(create_demo_upstream(received=received)) as server:
        yield server.url, received
