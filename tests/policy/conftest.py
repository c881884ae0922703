"""Fixtures for the policy tests: the real policies/ bundle and scratch copies of it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from compliance.policy import EmbeddedPolicy, build_policy_input

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
    """A consenting subject, two names in the prompt, an upstream in Morocco."""
    arguments: dict[str, Any] = {
        "subject_hash": "3f1c0a9b",
        "consents": {"assistant": "granted"},
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
