"""The people's side: the opt-out portal (fr, ar, en) and what it shares with the API.

``install_portal(app, runtime)`` mounts both the portal (``/portal``) and the
host-application API (``/api/v1``) on an app built by ``create_app``, ahead of the
proxy's catch-all routes; ``build_portal_runtime`` builds what they run with.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

    from compliance.portal.runtime import PortalRuntime

# Names re-exported from the package's modules, imported on first use (PEP 562): the
# settings layer imports ``compliance.portal.settings`` at every start, and the rest of
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
    "Controller": "settings",
    "PortalSettings": "settings",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def install_portal(app: FastAPI, runtime: PortalRuntime) -> None:
    """Serve the portal and the ``/api/v1`` API from ``app``, using ``runtime``.

    The routes go *before* those already on the app: the proxy's generic JSON route
    (``POST /{route}/{path}``) would otherwise answer ``/api/v1/...`` and ``/portal/...``.
    """
    from compliance.api import api_router  # the API builds on this package
    from compliance.portal.routes import portal_router

    app.state.portal = runtime
    if not runtime.settings.enabled:
        return
    before = list(app.router.routes)
    app.include_router(api_router())
    app.include_router(portal_router())
    added = [route for route in app.router.routes if route not in before]
    app.router.routes[:] = added + before
    app.openapi_schema = None


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
    "install_portal",
    "load_catalog",
    "portal_router",
]
