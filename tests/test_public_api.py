"""Public surfaces are pinned, and ``audit`` stands alone."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "package",
    [
        "audit",
        "compliance",
        "compliance.crypto",
        "compliance.minimize",
        "compliance.register",
        "compliance.store",
    ],
)
def test_all_is_sorted_and_every_name_exists(package: str) -> None:
    module = importlib.import_module(package)
    assert list(module.__all__) == sorted(module.__all__)
    for name in module.__all__:
        assert hasattr(module, name), name


@pytest.mark.parametrize("module", ["audit", "audit.__main__"])
def test_audit_imports_nothing_of_the_service(module: str) -> None:
    """The regulator's verifier needs the standard library and ``cryptography``, nothing else."""
    code = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = json.loads(out.stdout)
    forbidden = (
        "compliance",
        "fastapi",
        "sqlmodel",
        "sqlalchemy",
        "presidio",
        "spacy",
        "pydantic",
        "click",
        "rich",
        "structlog",
        "yaml",
        "httpx",
        "psycopg",
    )
    assert [m for m in modules if m.split(".")[0].startswith(forbidden)] == []
