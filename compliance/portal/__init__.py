"""The people's side: the opt-out portal (fr, ar, en) and what it shares with the API.

``build_portal_runtime`` builds what the portal (``/portal``) and the host-application
API (``/api/v1``) run with; ``compliance.wiring.install_portal`` mounts both.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from compliance.portal.runtime import PortalRuntime

# Names re-exported from the package's modules, imported on first use (PEP 562): the
# settings layer imports ``compliance.core.portal_settings`` at every start, and the rest of
# the portal (FastAPI routes, the database, templates) is not needed for that.
_EXPORTS = {
    "Catalog": "catalog",
    "PurposeEntry": "catalog",
    "load_catalog": "catalog",
    "CsrfRejected": "errors",
    "FormError": "errors",
    "LinkExpired": "errors",
    "LinkInvalid": "errors",
    "LinkUsed": "errors",
    "PageNotFound": "errors",
    "PortalError": "errors",
    "RateLimited": "errors",
    "RightsRequestClosed": "errors",
    "RightsRequestNotFound": "errors",
    "SessionMissing": "errors",
    "CLEAR_DAYS": "rights",
    "art8_deadline": "rights",
    "portal_router": "routes",
    "PortalRuntime": "runtime",
    "build_portal_runtime": "runtime",
    "Actor": "service",
    "PeopleService": "service",
    "Controller": "compliance.core.portal_settings",
    "PortalSettings": "compliance.core.portal_settings",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    path = module if "." in module else f"{__name__}.{module}"
    value = getattr(importlib.import_module(path), name)
    globals()[name] = value
    return value


__all__ = [
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
]
