"""The people's side: the opt-out portal (fr, ar, en) and what it shares with the API.

``install_portal(app, runtime)`` mounts both the portal (``/portal``) and the
host-application API (``/api/v1``) on an app built by ``create_app``, ahead of the
proxy's catch-all routes; ``build_portal_runtime`` builds what they run with.
"""

from fastapi import FastAPI

from compliance.portal.catalog import Catalog, PurposeEntry, load_catalog
from compliance.portal.errors import (
    CsrfRejected,
    FormError,
    LinkExpired,
    LinkInvalid,
    LinkUsed,
    PageNotFound,
    PortalError,
    RateLimited,
    RightsRequestClosed,
    RightsRequestNotFound,
    SessionMissing,
)
from compliance.portal.rights import CLEAR_DAYS, art8_deadline
from compliance.portal.routes import portal_router
from compliance.portal.runtime import PortalRuntime, build_portal_runtime
from compliance.portal.service import Actor, PeopleService
from compliance.portal.settings import Controller, PortalSettings


def install_portal(app: FastAPI, runtime: PortalRuntime) -> None:
    """Serve the portal and the ``/api/v1`` API from ``app``, using ``runtime``.

    The routes go *before* those already on the app: the proxy's generic JSON route
    (``POST /{route}/{path}``) would otherwise answer ``/api/v1/...`` and ``/portal/...``.
    """
    from compliance.api import api_router  # the API builds on this package

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
