"""``cndp-guard openapi`` prints the document the app describes, without serving it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from compliance.app import create_app
from compliance.cli import main
from compliance.core.settings import parse_settings
from compliance.openapi import openapi_document

ROUTES = {"llm": {"upstream": "http://127.0.0.1:9", "country": "MA"}}


def settings_document(tmp_path: Path, **overrides: Any) -> dict[str, Any]:
    return {
        "routes": ROUTES,
        "database": f"sqlite:///{tmp_path}/cndp.db",
        "key_file": str(tmp_path / "keys" / "master.key"),
        **overrides,
    }


@pytest.mark.parametrize(
    "overrides",
    [{}, {"portal": {"enabled": False}}, {"metrics_auth": "none"}],
    ids=["defaults", "no-portal", "open-metrics"],
)
def test_the_document_is_the_one_the_app_describes(tmp_path: Path, overrides) -> None:
    settings = parse_settings(settings_document(tmp_path, **overrides))
    app = create_app(settings)  # not served: no lifespan, no models loaded
    try:
        assert (
            openapi_document(portal=settings.portal.enabled, metrics_auth=settings.metrics_auth)
            == app.openapi()
        )
    finally:
        app.state.portal.service.engine.dispose()


def test_the_command_writes_every_endpoint_with_its_security(tmp_path: Path) -> None:
    out = tmp_path / "openapi.json"
    result = CliRunner().invoke(main, ["openapi", "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document == openapi_document()
    assert {"/healthz", "/readyz", "/metrics", "/api/v1/consents"} <= document["paths"].keys()
    assert document["paths"]["/metrics"]["get"]["security"] == [{"HTTPBearer": []}]
    assert "security" not in document["paths"]["/healthz"]["get"]


def test_the_command_describes_the_configured_sidecar(tmp_path: Path) -> None:
    config = tmp_path / "cndp.yaml"
    config.write_text(
        json.dumps(settings_document(tmp_path, portal={"enabled": False}, metrics_auth="none"))
    )
    result = CliRunner().invoke(main, ["openapi", "--config", str(config)])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert not [path for path in document["paths"] if path.startswith("/api/")]
    assert "security" not in document["paths"]["/metrics"]["get"]
    assert not (tmp_path / "cndp.db").exists()  # no store was opened
