"""Builds the FastAPI app from settings: wiring by constructors, nothing global.

The parts are built in ``compliance.wiring``, started and stopped by
``compliance.lifespan``; here they are put on the app, in the order routes match.
"""

from __future__ import annotations

from fastapi import FastAPI

from compliance import __version__
from compliance.core.logs import configure_logging
from compliance.core.settings import Settings, load_settings
from compliance.detect.types import Detector
from compliance.health import health_router
from compliance.http.limits import RequestLimits
from compliance.http.responses import install_error_handlers
from compliance.openapi import TITLE, docs_urls
from compliance.proxy import routes
from compliance.wiring import build_parts, install_portal

__all__ = ["app_from_environment", "create_app"]


def create_app(settings: Settings, *, detector: Detector | None = None) -> FastAPI:
    """The sidecar app. ``detector`` lets one process share loaded models between apps."""
    parts = build_parts(settings, detector=detector)
    app = FastAPI(
        title=TITLE, version=__version__, lifespan=parts.lifespan, **docs_urls(settings.api_docs)
    )
    app.state.runtime = parts.runtime
    install_error_handlers(app)
    app.add_middleware(
        RequestLimits, limits=settings.limits, max_body_bytes=settings.max_body_bytes
    )
    app.include_router(health_router(metrics_auth=settings.metrics_auth))
    app.include_router(routes.router)
    install_portal(app, parts.portal)  # placed ahead of the proxy's generic JSON route
    return app


def app_from_environment() -> FastAPI:
    """Factory for uvicorn workers: settings from the environment (see ``load_settings``)."""
    settings = load_settings()
    configure_logging(settings.log_level)
    return create_app(settings)
