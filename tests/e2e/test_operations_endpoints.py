"""/metrics needs a metrics:read token; the probes are public and say only their status;
the API documentation is not served unless api_docs is on (development)."""

from __future__ import annotations

import httpx
import pytest

from compliance.api import revoke_api_token
from compliance.openapi import openapi_document
from compliance.store import make_engine

pytestmark = pytest.mark.slow

CHAT = {"model": "echo-1", "messages": [{"role": "user", "content": "Bonjour"}]}


def scrape(url: str, authorization: str | None) -> httpx.Response:
    headers = {"Authorization": authorization} if authorization is not None else {}
    return httpx.get(f"{url}/metrics", headers=headers, timeout=10)


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer",
        "Bearer cgk_x",
        "Bearer cgk_000000000000_" + "A" * 43,
        "Basic ZTJlOmUyZQ==",
    ],
    ids=["none", "empty", "no-credentials", "malformed", "unknown", "basic"],
)
def test_metrics_without_a_valid_token_is_401_with_a_code_and_a_challenge(
    sidecar, authorization
) -> None:
    with sidecar() as url:
        response = scrape(url, authorization)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == (
        'Bearer realm="cndp-guard", error="invalid_token"'
    )
    assert response.json()["error"]["code"] == "invalid_token"
    assert "cndp_guard_" not in response.text


def test_metrics_with_a_revoked_token_is_401(sidecar, mint_token, tmp_path) -> None:
    token = mint_token("metrics:read")
    with sidecar() as url:
        assert scrape(url, f"Bearer {token}").status_code == 200
        engine = make_engine(f"sqlite:///{tmp_path}/cndp.db")
        assert revoke_api_token(engine=engine, token_id=token.split("_")[1])
        engine.dispose()
        response = scrape(url, f"Bearer {token}")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"


def test_metrics_with_a_token_lacking_the_scope_is_403(sidecar, mint_token) -> None:
    token = mint_token("consents:read", "rights:read")
    with sidecar() as url:
        response = scrape(url, f"Bearer {token}")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "insufficient_scope"
    assert response.headers["www-authenticate"] == (
        'Bearer realm="cndp-guard", error="insufficient_scope", scope="metrics:read"'
    )
    assert "cndp_guard_" not in response.text


def test_a_metrics_read_token_scrapes_metrics_and_nothing_else(sidecar, mint_token) -> None:
    token = mint_token("metrics:read")
    auth = {"Authorization": f"Bearer {token}"}
    with sidecar() as url:
        assert httpx.post(f"{url}/llm/v1/chat/completions", json=CHAT).status_code == 200
        response = scrape(url, f"Bearer {token}")
        api = httpx.get(f"{url}/api/v1/purposes", headers=auth)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    counted = [
        line
        for line in response.text.splitlines()
        if line.startswith("cndp_guard_requests_total{") and 'route="llm"' in line
    ]
    assert len(counted) == 1
    assert counted[0].endswith(" 1.0")
    assert response.headers["cache-control"] == "no-store"
    assert api.status_code == 403


def test_metrics_auth_none_serves_metrics_to_anyone(sidecar) -> None:
    with sidecar(metrics_auth="none") as url:
        response = scrape(url, None)
    assert response.status_code == 200
    assert "cndp_guard_stage_seconds" in response.text


@pytest.mark.parametrize("authorization", [None, "Bearer cgk_x"], ids=["anonymous", "bad-token"])
def test_probes_are_public_and_answer_only_their_status(sidecar, authorization) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    with sidecar() as url:
        alive = httpx.get(f"{url}/healthz", headers=headers)
        ready = httpx.get(f"{url}/readyz", headers=headers)
    assert (alive.status_code, alive.json()) == (200, {"status": "ok"})
    assert (ready.status_code, ready.json()) == (200, {"status": "ready"})


@pytest.mark.parametrize("path", ["/openapi.json", "/docs", "/redoc"])
def test_the_api_documentation_is_not_served_by_default(sidecar, path) -> None:
    with sidecar() as url:
        response = httpx.get(f"{url}{path}", follow_redirects=True)  # /docs -> /docs/
    assert response.status_code in (404, 405)
    assert response.json()["error"]["code"] in ("not_found", "method_not_allowed")


def test_api_docs_serves_the_document_cndp_guard_openapi_prints(sidecar) -> None:
    with sidecar(api_docs=True) as url:
        served = httpx.get(f"{url}/openapi.json")
        swagger = httpx.get(f"{url}/docs")
        redoc = httpx.get(f"{url}/redoc")
    assert served.status_code == 200
    assert served.json() == openapi_document()
    assert swagger.status_code == redoc.status_code == 200
    assert "/openapi.json" in swagger.text
