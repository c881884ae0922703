"""The sidecar's OpenAPI document, built without serving it or opening any store.

A running sidecar does not serve ``/openapi.json``, ``/docs`` or ``/redoc`` unless
``api_docs: true`` (development only): the document maps every operation an
attacker could try. Integrators and the schemathesis test get it from
``cndp-guard openapi``, which calls ``openapi_document``. It mounts the routers
``create_app`` mounts, on an app with no state; a test pins the two documents equal.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import FastAPI

from compliance import __version__
from compliance.health import health_router
from compliance.proxy import routes

TITLE = "cndp-guard"


def docs_urls(enabled: bool) -> dict[str, Any]:
    """``FastAPI(...)`` arguments: the three documentation URLs, or none of them."""
    return {
        "openapi_url": "/openapi.json" if enabled else None,
        "docs_url": "/docs" if enabled else None,
        "redoc_url": "/redoc" if enabled else None,
    }


def openapi_document(
    *, portal: bool = True, metrics_auth: Literal["token", "none"] = "token"
) -> dict[str, Any]:
    """The document of a sidecar with these settings (the defaults: every endpoint)."""
    from compliance.api import api_router
    from compliance.portal import portal_router

    app = FastAPI(title=TITLE, version=__version__, **docs_urls(False))
    app.include_router(health_router(metrics_auth=metrics_auth))
    app.include_router(routes.router)
    if portal:
        app.include_router(api_router())
        app.include_router(portal_router())
    return app.openapi()
