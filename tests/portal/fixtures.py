"""Fixtures of the people's side: a real app with the portal and the API on a real database.

``people`` is the portal and the API mounted on a bare FastAPI app with the
sidecar's error handlers (no detector: these tests never proxy); the end-to-end
tests in ``test_sidecar.py`` mount them on ``create_app`` instead.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from compliance.api import SCOPES, create_api_token
from compliance.app import create_app
from compliance.core.logs import configure_logging
from compliance.core.settings import Settings, parse_settings
from compliance.crypto import FileKeyProvider, KeyRing, default_kek_path, load_or_create_key_file
from compliance.detect.types import Detector
from compliance.http.responses import install_error_handlers
from compliance.portal import PortalRuntime, PortalSettings, build_portal_runtime
from compliance.store import make_engine, upgrade
from compliance.subjects import SubjectKeys
from compliance.wiring import install_portal
from tests.conftest import LoopbackServer

BASE = "http://127.0.0.1"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
TOKEN_FIELD = re.compile(r'name="token" value="([^"]+)"')


def sidecar_settings(tmp_path: Path, **overrides: Any) -> Settings:
    return parse_settings(
        {
            "routes": {
                "llm": {"upstream": "http://127.0.0.1:9", "country": "MA"},
                "eu": {"upstream": "http://127.0.0.1:9", "country": "FR"},
                "us": {"upstream": "http://127.0.0.1:9", "country": "US"},
            },
            "database": f"sqlite:///{tmp_path}/cndp.db",
            "key_file": str(tmp_path / "keys" / "master.key"),
            **overrides,
        }
    )


def subject_keys_for(settings: Settings, engine: Engine) -> SubjectKeys:
    return SubjectKeys(
        engine=engine,
        provider=FileKeyProvider(path=default_kek_path(settings.key_file)),
        keyring=KeyRing(root_key=load_or_create_key_file(settings.key_file)),
        check_interval=0.0,
    )


@dataclass
class People:
    """The app, its parts, and a token with every scope."""

    app: FastAPI
    engine: Engine
    keys: SubjectKeys
    runtime: PortalRuntime
    token: str

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def client(self, base_url: str = BASE) -> TestClient:
        return TestClient(self.app, base_url=base_url)

    def link(self, client: httpx.Client, subject: str, language: str = "fr") -> str:
        """Issue a link through the API; return its path (``/portal/open/<token>``)."""
        response = client.post(
            "/api/v1/portal-links",
            json={"subject": subject, "language": language},
            headers=self.auth,
        )
        assert response.status_code == 201, response.text
        return "/portal/open/" + response.json()["url"].rsplit("/portal/open/", 1)[1]

    def open(self, client: httpx.Client, path: str) -> Any:
        """Open a link as a browser does: the landing page, then its button."""
        landing = client.get(path)
        assert landing.status_code == 200, landing.text
        form = {
            "token": TOKEN_FIELD.search(landing.text).group(1),  # type: ignore[union-attr]
            "csrf": CSRF.search(landing.text).group(1),  # type: ignore[union-attr]
        }
        return client.post("/portal/open", data=form, follow_redirects=False)

    def sign_in(self, client: httpx.Client, subject: str, language: str = "fr") -> str:
        """Open a fresh link for ``subject``; return the session's CSRF token."""
        opened = self.open(client, self.link(client, subject, language))
        assert opened.status_code == 303, opened.text
        home = client.get(opened.headers["location"])
        assert home.status_code == 200, home.text
        return CSRF.search(home.text).group(1)  # type: ignore[union-attr]


def build_people(tmp_path: Path, portal: PortalSettings | None = None) -> People:
    settings = sidecar_settings(tmp_path)
    engine = make_engine(settings.database)
    upgrade(engine)
    keys = subject_keys_for(settings, engine)
    runtime = build_portal_runtime(
        settings=settings, engine=engine, subject_keys=keys, portal=portal or PortalSettings()
    )
    app = FastAPI()
    install_error_handlers(app)
    install_portal(app, runtime)
    token = create_api_token(engine=engine, name="tests", scopes=SCOPES)
    return People(app=app, engine=engine, keys=keys, runtime=runtime, token=token)


@pytest.fixture
def people(tmp_path: Path) -> Iterator[People]:
    built = build_people(tmp_path)
    yield built
    built.engine.dispose()


@pytest.fixture
def debug_logs() -> Iterator[None]:
    """Every event at DEBUG, rendered to the captured stderr as in production."""
    configure_logging("DEBUG")
    yield
    configure_logging("INFO")
    logging.getLogger().setLevel(logging.WARNING)


@contextmanager
def sidecar_with_portal(
    tmp_path: Path, *, detector: Detector, upstream_url: str
) -> Iterator[tuple[str, People]]:
    """The real sidecar (``create_app``, real detector and policy; it installs the portal).

    The test's own handle (engine, keys) sits on the sidecar's database, as another
    replica would: the sidecar sees its writes within the 0.5 s cache epoch check.
    Yields the sidecar's URL and the ``People`` handle.
    """
    routes = {
        "llm": {"upstream": upstream_url, "country": "MA"},
        "eu": {"upstream": upstream_url, "country": "FR"},
        "us": {"upstream": upstream_url, "country": "US"},
        # A route whose requests are personalization (the model reads the person's profile).
        "personal": {"upstream": upstream_url, "country": "MA", "processing": ["personalization"]},
    }
    # Application tokens are the subject of tests/e2e/test_proxy_auth.py; these tests call
    # the routes as the people's side sees them, without one.
    settings = sidecar_settings(tmp_path, routes=routes, proxy={"auth": "none"})
    app = create_app(settings, detector=detector)
    engine = make_engine(settings.database)
    keys = subject_keys_for(settings, engine)
    runtime = app.state.portal  # installed by create_app
    token = create_api_token(engine=engine, name="host-app", scopes=SCOPES)
    handle = People(app=app, engine=engine, keys=keys, runtime=runtime, token=token)
    with LoopbackServer(app) as server:
        deadline = time.monotonic() + 60
        while httpx.get(f"{server.url}/readyz").status_code != 200:
            assert time.monotonic() < deadline, "sidecar never became ready"
            time.sleep(0.05)
        yield server.url, handle
    engine.dispose()
