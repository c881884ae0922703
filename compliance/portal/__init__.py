"""The people's side: the opt-out portal (fr, ar, en), over the rights service (``people``).

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
    "Catalog": "compliance.people.catalog",
    "PurposeEntry": "compliance.people.catalog",
    "load_catalog": "compliance.people.catalog",
    "CsrfRejected": "compliance.people.errors",
    "FormError": "compliance.people.errors",
    "LinkExpired": "compliance.people.errors",
    "LinkInvalid": "compliance.people.errors",
    "LinkUsed": "compliance.people.errors",
    "PageNotFound": "compliance.people.errors",
    "PortalError": "compliance.people.errors",
    "RateLimited": "compliance.people.errors",
    "RightsRequestClosed": "compliance.people.errors",
    "RightsRequestNotFound": "compliance.people.errors",
    "SessionMissing": "compliance.people.errors",
    "CLEAR_DAYS": "compliance.people.rights",
    "art8_deadline": "compliance.people.rights",
    "portal_router": "routes",
    "PortalRuntime": "runtime",
    "build_portal_runtime": "runtime",
    "Actor": "compliance.people.service",
    "PeopleService": "compliance.people.service",
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
