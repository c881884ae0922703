"""The public surfaces of the portal and the API are pinned."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "package", ["compliance.portal", "compliance.api", "compliance.store.models"]
)
def test_all_is_sorted_and_every_name_exists(package: str) -> None:
    module = importlib.import_module(package)
    assert list(module.__all__) == sorted(module.__all__)
    for name in module.__all__:
        assert hasattr(module, name), name


def test_the_portal_never_imports_the_settings_module() -> None:
    """``compliance.core.settings`` holds ``PortalSettings`` under ``Settings.portal``: no cycle."""
    code = (
        "import sys, compliance.portal, compliance.api;"
        " print('compliance.core.settings' in sys.modules, 'compliance.proxy.routes' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
