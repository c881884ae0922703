"""``build_portal_runtime``: everything the portal and the API run with, built once.

``create_app`` passes what it already built (engine, subject keys, the proxy's
consent ledger and audit log) so that a withdrawal made in the portal evicts the
proxy's cached snapshot at once; anything not passed is built here on the same
database and key files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import tzinfo
from importlib import resources
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import jinja2
from sqlalchemy.engine import Engine

from compliance.consent import ConsentLedger, Purpose
from compliance.core.portal_settings import PortalSettings
from compliance.crypto import load_or_create_key_file
from compliance.people.catalog import Catalog, load_catalog
from compliance.people.links import PortalKeys
from compliance.people.service import PeopleService
from compliance.people.sessions import Csrf
from compliance.portal.security import RateLimiter
from compliance.portal.texts import Texts
from compliance.portal.views import purpose_title
from compliance.subjects import SubjectKeys
from compliance.trail import AuditLog

if TYPE_CHECKING:  # compliance.core.settings imports PortalSettings from this package
    from compliance.core.settings import Settings

TEMPLATES = ("open.html", "home.html", "data.html", "rights.html", "erased.html", "error.html")


@dataclass(frozen=True, slots=True)
class PortalRuntime:
    """The portal's and the API's parts for one app instance."""

    settings: PortalSettings
    service: PeopleService
    catalog: Catalog
    texts: Texts
    templates: jinja2.Environment
    limiter: RateLimiter
    csrf: Csrf
    tz: tzinfo
    stylesheet: bytes


def make_templates() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("compliance.portal", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    environment.globals["purpose_title"] = purpose_title
    for name in TEMPLATES:  # compile now: the first visitor should not pay for it
        environment.get_template(name)
    return environment


def build_portal_runtime(
    *,
    settings: Settings,
    engine: Engine,
    subject_keys: SubjectKeys,
    ledger: ConsentLedger | None = None,
    audit: AuditLog | None = None,
    portal: PortalSettings | None = None,
    root_key: bytes | None = None,
    purposes: Mapping[str, Purpose] | None = None,
) -> PortalRuntime:
    """Build the runtime from the sidecar's settings and the parts ``create_app`` shares.

    Args:
        portal: the portal's settings; defaults to ``settings.portal`` when the settings
            have that key, else to ``PortalSettings()``.
        root_key: the root key's bytes; read from ``settings.key_file`` when omitted.
        purposes: declared purposes with texts in three languages, if the deployment has
            them; otherwise the policy bundle's ``data/purposes.json`` is described.
    """
    portal = portal or getattr(settings, "portal", None) or PortalSettings()
    tz = ZoneInfo(portal.timezone)
    keys = PortalKeys.from_root(root_key or load_or_create_key_file(settings.key_file))
    catalog = load_catalog(
        policy_dir=settings.policy.directory,
        route_countries=[route.country.upper() for route in settings.routes.values()],
        destinations=portal.destinations,
        declared=purposes,
        route_kinds=[kind for route in settings.routes.values() for kind in route.processing],
    )
    service = PeopleService(
        engine=engine,
        keys=subject_keys,
        ledger=ledger or ConsentLedger(engine=engine, keys=subject_keys),
        audit=audit or AuditLog(engine=engine),
        catalog=catalog,
        settings=portal,
        link_key=keys.link,
        tz=tz,
    )
    stylesheet = (resources.files("compliance.portal") / "static" / "portal.css").read_bytes()
    return PortalRuntime(
        settings=portal,
        service=service,
        catalog=catalog,
        texts=Texts.load(tz=tz),
        templates=make_templates(),
        limiter=RateLimiter(window=portal.rate_window_seconds),
        csrf=Csrf(key=keys.csrf),
        tz=tz,
        stylesheet=stylesheet,
    )
