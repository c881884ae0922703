"""Who is calling: application tokens on the proxy routes, asserted subjects, unlinkable pseudonyms.

Every refusal here must leave nothing at the upstream; every answer is checked
over real HTTP with the official SDK.
"""

from __future__ import annotations

import json
import logging
import re
import time
from pathlib import Path
from typing import Any

import httpx
import jwt
import openai
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import create_engine, text

from compliance.api import create_api_token, revoke_api_token
from compliance.core.logs import configure_logging
from compliance.minimize import TOKEN_RE
from compliance.store import make_engine, upgrade
from tests.conftest import LoopbackServer
from tests.e2e.boundary.conftest import RecordingUpstream

pytestmark = pytest.mark.slow

AUTH = {"proxy": {"auth": "token", "token_cache_seconds": 0}}
MESSAGE = [{"role": "user", "content": "Je suis Karim Benali, tel 0661234567."}]


def sdk(url: str, token: str, route: str = "llm", **headers: str) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=f"{url}/{route}/v1", api_key=token, max_retries=0, default_headers=headers
    )


def post(url: str, token: str | None, route: str = "llm", **headers: str) -> httpx.Response:
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.post(
        f"{url}/{route}/v1/chat/completions",
        json={"model": "m", "messages": MESSAGE},
        headers=headers,
        timeout=60,
    )


def test_without_a_valid_token_nothing_is_forwarded(sidecar, upstream, mint_token) -> None:
    _, received = upstream
    revoked = mint_token("proxy:*")
    with sidecar(**AUTH) as url:
        for token in (None, "sk-anything", "cgk_000000000000_forged" + "x" * 30):
            response = post(url, token)
            assert response.status_code == 401
            assert response.json()["error"]["code"] == "invalid_token"
            assert response.headers["www-authenticate"].startswith("Bearer")
        with pytest.raises(openai.AuthenticationError):
            sdk(url, "sk-anything").chat.completions.create(model="m", messages=MESSAGE)
        assert post(url, revoked).status_code == 200
        assert received
        received.clear()
    assert received == []


def test_a_revoked_token_is_refused(sidecar, upstream, mint_token, tmp_path) -> None:
    _, received = upstream
    token = mint_token("proxy:*")
    with sidecar(**AUTH) as url:
        assert post(url, token).status_code == 200
        engine = make_engine(f"sqlite:///{tmp_path}/cndp.db")
        try:
            assert revoke_api_token(engine=engine, token_id=token.split("_")[1])
        finally:
            engine.dispose()
        received.clear()
        response = post(url, token)
    assert response.status_code == 401
    assert received == []


def test_a_token_for_another_route_or_without_subjects_assert_is_403(
    sidecar, upstream, mint_token
) -> None:
    _, received = upstream
    eu_only = mint_token("proxy:eu")
    no_assert = mint_token("proxy:llm")
    with sidecar(**AUTH) as url:
        other_route = post(url, eu_only)
        spoofing = post(url, no_assert, **{"X-Subject-Id": "customer-42"})
        with pytest.raises(openai.PermissionDeniedError):
            sdk(url, eu_only).chat.completions.create(model="m", messages=MESSAGE)
    for response in (other_route, spoofing):
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "insufficient_scope"
    assert received == []


def test_the_upstream_gets_the_routes_credentials_never_the_clients(
    sidecar, mint_token, tmp_path: Path
) -> None:
    model = RecordingUpstream()
    key_file = tmp_path / "upstream.key"
    key_file.write_text("upstream-secret-key\n")
    token = mint_token("proxy:*", "subjects:assert")
    with LoopbackServer(model) as server:
        routes = {"vllm": {"upstream": server.url, "country": "MA", "api_key_file": str(key_file)}}
        with sidecar(routes=routes, **AUTH) as url:
            answer = sdk(
                url, token, route="vllm", **{"X-Subject-Id": "c-1"}
            ).chat.completions.create(model="m", messages=MESSAGE)
    assert answer.choices[0].message.content == "ok"
    headers = dict(model.wires[0].headers)
    assert headers["authorization"] == "Bearer upstream-secret-key"
    assert token not in repr(model.wires[0].headers)


def _pseudonyms(received: list[dict[str, Any]]) -> list[str]:
    return TOKEN_RE.findall(json.dumps(received))


def _named_token(tmp_path: Path, name: str) -> str:
    engine = make_engine(f"sqlite:///{tmp_path}/cndp.db")
    try:
        upgrade(engine)
        return create_api_token(engine=engine, name=name, scopes=("proxy:*", "subjects:assert"))
    finally:
        engine.dispose()


def test_pseudonyms_carry_48_bits_and_never_link_across_applications(
    sidecar, upstream, tmp_path
) -> None:
    _, received = upstream
    app_a = _named_token(tmp_path, "crm")
    app_b = _named_token(tmp_path, "helpdesk")
    with sidecar(**AUTH) as url:
        runs = {}
        for name, token, subject in (
            ("a1", app_a, None),
            ("a2", app_a, None),
            ("b1", app_b, None),
            ("a-s", app_a, "customer-42"),
            ("b-s", app_b, "customer-42"),
        ):
            received.clear()
            headers = {"X-Subject-Id": subject} if subject else {}
            assert post(url, token, **headers).status_code == 200
            runs[name] = _pseudonyms(received)
    assert runs["a1"]
    assert all(re.fullmatch(r"<[A-Z_]+_[0-9a-f]{12,16}>", t) for t in runs["a1"])
    assert runs["a1"] == runs["a2"]  # deterministic per application
    assert not set(runs["a1"]) & set(runs["b1"])  # two applications' anonymous tokens differ
    assert not set(runs["a-s"]) & set(runs["b-s"])  # and so do the same subject's
    assert not set(runs["a-s"]) & set(runs["a1"])


def test_refusals_are_audited_with_the_application_name(sidecar, mint_token, tmp_path) -> None:
    eu_only = mint_token("proxy:eu")
    with sidecar(**AUTH) as url:
        assert post(url, eu_only).status_code == 403
        assert post(url, None).status_code == 401
    engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
    with engine.connect() as conn:
        bodies = [json.loads(r[0]) for r in conn.execute(text("SELECT body FROM audit_record"))]
    engine.dispose()
    refusals = [b for b in bodies if b["event"] == "access_refused"]
    assert [(r["reason"], r["application"]) for r in refusals] == [
        ("insufficient_scope", "e2e"),
        ("invalid_token", None),
    ]
    assert all(r["route"] == "llm" for r in refusals)


def _assertion_keys(tmp_path: Path) -> tuple[ed25519.Ed25519PrivateKey, Path]:
    private = ed25519.Ed25519PrivateKey.generate()
    public = tmp_path / "crm.pub.pem"
    public.write_bytes(
        private.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    )
    return private, public


def _sign(key: Any, **claims: Any) -> str:
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    return jwt.encode(claims, pem, algorithm="EdDSA")


def test_routes_that_need_signed_assertions_refuse_bad_ones(
    sidecar, upstream, mint_token, tmp_path
) -> None:
    upstream_url, received = upstream
    private, public = _assertion_keys(tmp_path)
    forger = ed25519.Ed25519PrivateKey.generate()
    token = mint_token("proxy:*", "subjects:assert")  # named "e2e" by mint_token
    settings = {
        "routes": {
            "signed": {
                "upstream": upstream_url,
                "country": "MA",
                "require_subject_assertion": True,
            }
        },
        "proxy": {
            "auth": "token",
            "token_cache_seconds": 0,
            "assertion_keys": {"e2e": [str(public)]},
        },
    }
    now = int(time.time())
    good = _sign(private, sub="customer-42", aud="signed", exp=now + 120)
    cases = {
        "missing": None,
        "expired": _sign(private, sub="customer-42", aud="signed", exp=now - 10),
        "other route": _sign(private, sub="customer-42", aud="llm", exp=now + 120),
        "too long": _sign(private, sub="customer-42", aud="signed", exp=now + 86_400),
        "forged": _sign(forger, sub="customer-42", aud="signed", exp=now + 120),
        "unsigned": jwt.encode(
            {"sub": "c", "aud": "signed", "exp": now + 60}, None, algorithm="none"
        ),
        "tampered": good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB"),
    }
    with sidecar(**settings) as url:
        received.clear()
        for name, assertion in cases.items():
            headers = {"X-Subject-Assertion": assertion} if assertion else {}
            response = post(url, token, route="signed", **headers)
            assert response.status_code == 401, name
            assert response.json()["error"]["code"] == "invalid_subject_assertion", name
        assert received == []
        # X-Subject-Id alone is not enough on such a route
        assert (
            post(url, token, route="signed", **{"X-Subject-Id": "customer-42"}).status_code == 401
        )
        assert received == []
        answer = post(url, token, route="signed", **{"X-Subject-Assertion": good})
        assert answer.status_code == 200
        assert len(received) == 1


def test_credentials_and_assertions_are_never_logged_audited_or_forwarded(
    sidecar, upstream, mint_token, tmp_path, capfd
) -> None:
    _, received = upstream
    token = mint_token("proxy:*")
    canary_assertion = "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiIwNjYxMjM0NTY3In0.c2lnbmF0dXJl"
    configure_logging("DEBUG")
    try:
        with sidecar(**AUTH) as url:
            assert post(url, token, **{"X-Subject-Assertion": canary_assertion}).status_code == 200
            assert post(url, token + "x").status_code == 401
            assert post(url, "cgk_0661234567ab_canary-secret").status_code == 401
    finally:
        configure_logging("INFO")
        logging.getLogger().setLevel(logging.WARNING)
    captured = capfd.readouterr()
    assert "request.refused" in captured.out + captured.err  # the logs were captured
    engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
    with engine.connect() as conn:
        rows = repr(conn.execute(text("SELECT * FROM audit_record")).all())
    engine.dispose()
    for secret in (token, token.split("_", 2)[2], canary_assertion, "canary-secret"):
        assert secret not in captured.out + captured.err
        assert secret not in rows
        assert secret not in json.dumps(received)
