"""The public surfaces of the portal and the API are pinned."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

# Every public name, exactly: removing, adding or renaming one is a decision this shows.
PUBLIC: dict[str, list[str]] = {
    "compliance.people": [
        "Actor",
        "CLEAR_DAYS",
        "Catalog",
        "CsrfRejected",
        "FormError",
        "LinkExpired",
        "LinkInvalid",
        "LinkUsed",
        "PageNotFound",
        "PeopleService",
        "PortalError",
        "PurposeEntry",
        "RateLimited",
        "RightsRequestClosed",
        "RightsRequestNotFound",
        "SessionMissing",
        "art8_deadline",
        "load_catalog",
    ],
    "compliance.portal": [
        "Actor",
        "CLEAR_DAYS",
        "Catalog",
        "Controller",
        "CsrfRejected",
        "FormError",
        "LinkExpired",
        "LinkInvalid",
        "LinkUsed",
        "PageNotFound",
        "PeopleService",
        "PortalError",
        "PortalRuntime",
        "PortalSettings",
        "PurposeEntry",
        "RateLimited",
        "RightsRequestClosed",
        "RightsRequestNotFound",
        "SessionMissing",
        "art8_deadline",
        "build_portal_runtime",
        "load_catalog",
        "portal_router",
    ],
    "compliance.api": [
        "BearerRoute",
        "Caller",
        "InsufficientScope",
        "InvalidToken",
        "SCOPES",
        "api_router",
        "create_api_token",
        "list_api_tokens",
        "require",
        "revoke_api_token",
        "verify_api_token",
    ],
}


@pytest.mark.parametrize("package", sorted(PUBLIC))
def test_all_is_exactly_the_public_surface_and_every_name_exists(package: str) -> None:
    module = importlib.import_module(package)
    assert list(module.__all__) == PUBLIC[package]
    assert PUBLIC[package] == sorted(PUBLIC[package])
    assert [name for name in module.__all__ if not hasattr(module, name)] == []


def test_the_portal_never_imports_the_settings_module() -> None:
    """``compliance.core.settings`` holds ``PortalSettings`` under ``Settings.portal``: no cycle."""
    code = (
        "import sys, compliance.portal, compliance.api;"
        " print('compliance.core.settings' in sys.modules, 'compliance.proxy.routes' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
