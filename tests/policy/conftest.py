"""Fixtures for the policy tests: the real policies/ bundle and scratch copies of it."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from compliance.policy import EmbeddedPolicy, OpaPolicy, PolicyDecisionPoint, build_policy_input
from tests.conftest import free_port

POLICY_DIR = Path(__file__).resolve().parents[2] / "policies"


@pytest.fixture(scope="session")
def policy_dir() -> Path:
    """The repository's policies/ directory."""
    return POLICY_DIR


@pytest.fixture(scope="session")
def policy() -> EmbeddedPolicy:
    """The repository's policies, compiled once for the whole session (as the service does)."""
    return EmbeddedPolicy(policy_dir=POLICY_DIR)


@pytest.fixture
def policy_copy(tmp_path: Path) -> Path:
    """A scratch copy of policies/ that a test may break."""
    return Path(shutil.copytree(POLICY_DIR, tmp_path / "policies"))


@pytest.fixture
def write_policy(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """Write a small policies directory from {relative path: text}."""

    def write(files: dict[str, str]) -> Path:
        root = tmp_path / "custom"
        for relative, text in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return root

    return write


MakeInput = Callable[..., dict[str, Any]]


@pytest.fixture
def make_input() -> MakeInput:
    """build_policy_input for a typical request, with the given arguments changed."""
    return _typical_request


def _typical_request(**changes: Any) -> dict[str, Any]:
    """A subject of the assistant (no consent needed), two names, an upstream in Morocco."""
    arguments: dict[str, Any] = {
        "subject_hash": "3f1c0a9b",
        "consents": {},
        "opt_outs": [],
        "purpose": "assistant",
        "route": "llm",
        "country": "MA",
        "provider": "self-hosted",
        "kind": "chat",
        "entities": {"PERSON": 2},
        "sensitive": [],
    }
    arguments.update(changes)
    return build_policy_input(**arguments)


# --- the two engines -----------------------------------------------------------------------

OPA_URL_ENV = "CNDP_GUARD_TEST_OPA_URL"
OPA_SKIP_REASON = (
    "no OPA server reachable at {url} and no `opa` binary on PATH (none is installable "
    "here: PyPI, npm and Debian ship no OPA server binary); run `docker compose up opa` "
    f"or set {OPA_URL_ENV} to a server's URL to run these cases on a real OPA"
)


def _opa_answers(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=0.5).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture(scope="session")
def opa_url() -> Iterator[str]:
    """A real OPA server: the one at $CNDP_GUARD_TEST_OPA_URL, or one started from `opa`."""
    url = os.environ.get(OPA_URL_ENV, "http://127.0.0.1:8181")
    if _opa_answers(url):
        yield url
        return
    binary = shutil.which("opa")
    if binary is None:
        pytest.skip(OPA_SKIP_REASON.format(url=url))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [binary, "run", "--server", f"--addr=127.0.0.1:{port}", "--log-level=error"]
    )
    try:
        deadline = time.monotonic() + 20
        while not _opa_answers(url):
            assert time.monotonic() < deadline, "opa did not start within 20 s"
            time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session", params=["embedded", "opa"])
def engine(request: pytest.FixtureRequest, policy: EmbeddedPolicy) -> PolicyDecisionPoint:
    """Each decision point in turn, on the repository's policies: they must agree."""
    if request.param == "embedded":
        return policy
    url = request.getfixturevalue("opa_url")
    return OpaPolicy(url=url, policy_dir=POLICY_DIR)
