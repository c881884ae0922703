"""The sidecar's parts, each built by its constructor from the settings.

``create_app`` (``compliance.app``) puts them on a FastAPI app; this module builds
them, in the order they depend on each other, and mounts the portal.
"""

from __future__ import annotations

from dataclasses import dataclass

import structlog
from fastapi import FastAPI

from compliance.api import api_router
from compliance.consent import ConsentLedger, load_purposes
from compliance.core.errors import ConfigError, ImageScanError
from compliance.core.metrics import Metrics
from compliance.core.purposes import declared_names
from compliance.core.settings import Settings
from compliance.crypto import FileKeyProvider, KeyRing, default_kek_path, load_or_create_key_file
from compliance.detect import PresidioDetector
from compliance.detect.scheduler import FairDetector
from compliance.detect.types import Detector
from compliance.guard.images import ImageGuard
from compliance.guard.pipeline import Guard
from compliance.images import ImageFetcher, ImageInspector
from compliance.lifespan import Lifespan, lifespan
from compliance.minimize import Minimizer
from compliance.policy import CachedPolicy, EmbeddedPolicy, OpaPolicy
from compliance.portal import build_portal_runtime, portal_router
from compliance.portal.runtime import PortalRuntime
from compliance.proxy.auth import ProxyAuthenticator
from compliance.proxy.deps import Runtime
from compliance.proxy.forward import Upstreams
from compliance.store import make_engine, upgrade
from compliance.subjects import SubjectKeys
from compliance.trail import AuditLog
from compliance.trail.keys import load_signer, signing_key_path

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Parts:
    """What one app instance runs with: the proxy's runtime, the portal's, their lifespan."""

    runtime: Runtime
    portal: PortalRuntime
    lifespan: Lifespan


def decision_point(settings: Settings) -> EmbeddedPolicy | OpaPolicy | CachedPolicy:
    """The embedded engine by default, a real OPA server when configured; cached by input."""
    policy = settings.policy
    pdp: EmbeddedPolicy | OpaPolicy
    if policy.engine == "opa":
        assert policy.url is not None  # checked by PolicySettings
        pdp = OpaPolicy(url=policy.url, policy_dir=policy.directory, timeout=policy.timeout)
    else:
        pdp = EmbeddedPolicy(policy_dir=policy.directory, reload_interval=policy.reload_interval)
    size = policy.decision_cache_size
    return CachedPolicy(pdp, maxsize=size) if size else pdp


def image_guard(settings: Settings, detector: Detector) -> ImageGuard:
    """The image reader, checked now: a missing Tesseract model stops the start (exit 2).

    The fetcher exists only where a route lists hosts to fetch images from.
    """
    inspector = ImageInspector(detector=detector, settings=settings.images)
    try:
        inspector.check()
    except ImageScanError as exc:
        raise ConfigError(f"images: {exc.message}") from None
    fetches = any(route.images.fetch_hosts for route in settings.routes.values())
    fetcher = ImageFetcher(ca_file=settings.images.fetch_ca_file) if fetches else None
    return ImageGuard(inspector=inspector, fetcher=fetcher)


def build_parts(settings: Settings, *, detector: Detector | None = None) -> Parts:
    """Every part, from ``settings``; ``detector`` lets one process share loaded models."""
    engine = make_engine(settings.database)
    upgrade(engine)
    root_key = load_or_create_key_file(settings.key_file)
    keys = KeyRing(root_key=root_key)
    subject_keys = SubjectKeys(
        engine=engine,
        provider=FileKeyProvider(path=default_kek_path(settings.key_file)),
        keyring=keys,
    )
    metrics = Metrics()
    detector = detector or PresidioDetector(
        languages=settings.detection.languages,
        score_threshold=settings.detection.score_threshold,
        cache_size=settings.detection.cache_size,
    )
    pdp = decision_point(settings)
    audit = AuditLog(
        engine=engine,
        signer=load_signer(signing_key_path(settings)),
        checkpoint_every=settings.audit.checkpoint_every,
        checkpoint_seconds=settings.audit.checkpoint_seconds,
    )
    purposes = load_purposes(settings.purposes) if settings.purposes is not None else None
    ledger = ConsentLedger(engine=engine, keys=subject_keys, purposes=purposes)
    guard = Guard(
        detector=detector,
        pdp=pdp,
        audit=audit,
        minimizer=Minimizer(),
        keys=keys,
        subject_keys=subject_keys,
        ledger=ledger,
        metrics=metrics,
        declared_purposes=declared_names(purposes, settings.policy.directory)
        | {route.purpose for route in settings.routes.values()},
        images=image_guard(settings, detector),
        fair=FairDetector(
            detector,
            slice_chars=settings.detection.slice_chars,
            overlap_chars=settings.detection.overlap_chars,
            max_request_chars=settings.detection.max_request_chars,
            max_pending_chars=settings.detection.max_pending_chars,
            on_pending=metrics.detection_pending_chars.set,
        ),
    )
    auth = ProxyAuthenticator(
        engine=engine,
        required=settings.proxy.auth == "token",
        cache_seconds=settings.proxy.token_cache_seconds,
        assertion_keys=settings.proxy.load_assertion_keys(),
    )
    if not auth.required:
        log.warning(
            "proxy.unauthenticated",
            hint="proxy.auth: none lets anyone who reaches the port call every route as anyone;"
            " development only",
        )
    runtime = Runtime(settings, guard, Upstreams(settings.routes), keys, metrics, auth)
    if settings.metrics_auth == "none":
        log.warning("metrics.unauthenticated", hint="only where the network fences this port")
    portal = build_portal_runtime(
        settings=settings,
        engine=engine,
        subject_keys=subject_keys,
        ledger=ledger,
        audit=audit,
        root_key=root_key,
        purposes=purposes,
    )
    return Parts(
        runtime=runtime,
        portal=portal,
        lifespan=lifespan(runtime=runtime, detector=detector, pdp=pdp, engine=engine),
    )


def install_portal(app: FastAPI, runtime: PortalRuntime) -> None:
    """Serve the portal and the ``/api/v1`` API from ``app``, using ``runtime``.

    The routes go *before* those already on the app: the proxy's generic JSON route
    (``POST /{route}/{path}``) would otherwise answer ``/api/v1/...`` and ``/portal/...``.
    """
    app.state.portal = runtime
    if not runtime.settings.enabled:
        return
    before = list(app.router.routes)
    app.include_router(api_router())
    app.include_router(portal_router())
    added = [route for route in app.router.routes if route not in before]
    app.router.routes[:] = added + before
    app.openapi_schema = None
