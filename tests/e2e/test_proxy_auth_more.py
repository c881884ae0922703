"""Who is calling, continued: signed assertions of either key type, and scopes on fallbacks.

A subject assertion is verified with the keys of its header's algorithm only, and
anything that does not verify is a 401, never a 500. A fallback route is a route
like another: the policy may only send a request there if the caller's token may
call it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import create_engine, text

from compliance.proxy.auth import InvalidSubjectAssertion, verify_assertion

pytestmark = pytest.mark.slow

MESSAGE = [{"role": "user", "content": "Je suis Karim Benali, tel 0661234567."}]


def _pem(private: Any) -> bytes:
    return private.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())


def _public_pem(private: Any) -> bytes:
    return private.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _with_header(token: str, header: dict[str, Any]) -> str:
    """``token`` with its header replaced (the signature no longer matches)."""
    _, payload, signature = token.split(".")
    return ".".join((_b64(json.dumps(header).encode()), payload, signature))


ED = ed25519.Ed25519PrivateKey.generate()
P256 = ec.generate_private_key(ec.SECP256R1())
P384 = ec.generate_private_key(ec.SECP384R1())
KEYS = [ED.public_key(), P256.public_key()]
NOW = float(int(time.time()))
CLAIMS = {"sub": "customer-42", "aud": "signed", "exp": int(NOW) + 120}


def _es256(**claims: Any) -> str:
    return jwt.encode({**CLAIMS, **claims}, _pem(P256), algorithm="ES256")


def _eddsa(**claims: Any) -> str:
    return jwt.encode({**CLAIMS, **claims}, _pem(ED), algorithm="EdDSA")


@pytest.mark.parametrize("keys", [KEYS, KEYS[::-1]], ids=["ed25519-first", "p256-first"])
@pytest.mark.parametrize("sign", [_es256, _eddsa], ids=["ES256", "EdDSA"])
def test_an_assertion_verifies_with_either_key_type_registered(keys, sign) -> None:
    assert verify_assertion(sign(), keys=keys, route="signed", now=NOW) == "customer-42"


def _hs256_with_public_key() -> str:
    header = {"alg": "HS256", "typ": "JWT"}
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(CLAIMS).encode())}"
    secret = _public_pem(P256)
    mac = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(mac)}"


FORGED = {
    "alg none": lambda: jwt.encode(CLAIMS, None, algorithm="none"),
    "alg None spelled": lambda: _with_header(_es256(), {"alg": "None"}),
    "HS256 with the public key as secret": _hs256_with_public_key,
    "ES256 token claiming EdDSA": lambda: _with_header(_es256(), {"alg": "EdDSA"}),
    "EdDSA token claiming ES256": lambda: _with_header(_eddsa(), {"alg": "ES256"}),
    "ES384 (P-384 key)": lambda: jwt.encode(CLAIMS, _pem(P384), algorithm="ES384"),
    "ES256 by an unregistered key": lambda: jwt.encode(
        CLAIMS, _pem(ec.generate_private_key(ec.SECP256R1())), algorithm="ES256"
    ),
    "alg missing": lambda: _with_header(_es256(), {"typ": "JWT"}),
    "alg a list": lambda: _with_header(_es256(), {"alg": ["ES256"]}),
    "header not JSON": lambda: "bm90IGpzb24." + _es256().split(".", 1)[1],
    "header not base64": lambda: "%%%." + _es256().split(".", 1)[1],
    "two parts": lambda: ".".join(_es256().split(".")[:2]),
    "empty signature": lambda: _es256().rsplit(".", 1)[0] + ".",
    "expired": lambda: _es256(exp=int(NOW) - 5),
    "other audience": lambda: _es256(aud="llm"),
    "too long": lambda: _es256(exp=int(NOW) + 86_400),
    "no sub": lambda: jwt.encode({"aud": "signed", "exp": int(NOW) + 60}, _pem(P256), "ES256"),
}


@pytest.mark.parametrize("name", list(FORGED))
def test_anything_that_does_not_verify_is_an_invalid_assertion(name) -> None:
    with pytest.raises(InvalidSubjectAssertion):
        verify_assertion(FORGED[name](), keys=KEYS, route="signed", now=NOW)


def test_an_es256_assertion_against_ed25519_keys_only_is_invalid_not_an_error() -> None:
    with pytest.raises(InvalidSubjectAssertion):
        verify_assertion(_es256(), keys=[ED.public_key()], route="signed", now=NOW)
    with pytest.raises(InvalidSubjectAssertion):
        verify_assertion(_eddsa(), keys=[P256.public_key()], route="signed", now=NOW)


def test_a_route_with_both_key_types_answers_401_or_200_never_500(
    sidecar, upstream, mint_token, tmp_path: Path
) -> None:
    upstream_url, received = upstream
    ed_file, p256_file = tmp_path / "crm.ed.pem", tmp_path / "crm.p256.pem"
    ed_file.write_bytes(_public_pem(ED))
    p256_file.write_bytes(_public_pem(P256))
    token = mint_token("proxy:*", "subjects:assert")  # named "e2e"
    settings = {
        "routes": {
            "signed": {"upstream": upstream_url, "country": "MA", "require_subject_assertion": True}
        },
        "proxy": {
            "auth": "token",
            "token_cache_seconds": 0,
            "assertion_keys": {"e2e": [str(ed_file), str(p256_file)]},
        },
    }
    now = int(time.time())
    claims = {"sub": "customer-42", "aud": "signed", "exp": now + 120}
    good = {
        "ES256": jwt.encode(claims, _pem(P256), algorithm="ES256"),
        "EdDSA": jwt.encode(claims, _pem(ED), algorithm="EdDSA"),
    }
    bad = {
        "ES256 claiming EdDSA": _with_header(good["ES256"], {"alg": "EdDSA"}),
        "EdDSA claiming ES256": _with_header(good["EdDSA"], {"alg": "ES256"}),
        "none": jwt.encode(claims, None, algorithm="none"),
        "ES384": jwt.encode(claims, _pem(P384), algorithm="ES384"),
        "garbage": "a.b.c",
    }

    def post(url: str, assertion: str) -> httpx.Response:
        return httpx.post(
            f"{url}/signed/v1/chat/completions",
            json={"model": "m", "messages": MESSAGE},
            headers={"Authorization": f"Bearer {token}", "X-Subject-Assertion": assertion},
            timeout=60,
        )

    with sidecar(**settings) as url:
        received.clear()
        for name, assertion in bad.items():
            response = post(url, assertion)
            assert response.status_code == 401, name
            assert response.json()["error"]["code"] == "invalid_subject_assertion", name
        assert received == []
        for name, assertion in good.items():
            assert post(url, assertion).status_code == 200, name
        assert len(received) == 2


# 6. Fallbacks are chosen among the routes the caller may call.
def _bodies(tmp_path: Path) -> list[dict[str, Any]]:
    engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT body FROM audit_record ORDER BY seq")).all()
    engine.dispose()
    return [json.loads(body) for (body,) in rows]


def _chat(url: str, token: str, route: str = "abroad") -> httpx.Response:
    return httpx.post(
        f"{url}/{route}/v1/chat/completions",
        json={"model": "m", "messages": MESSAGE},
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )


def _fallback_routes(upstream_url: str) -> dict[str, Any]:
    return {
        "routes": {
            "abroad": {"upstream": upstream_url, "country": "US", "fallbacks": ["cn", "llm"]},
            "cn": {"upstream": upstream_url, "country": "CN"},
            "llm": {"upstream": upstream_url, "country": "MA"},
        },
        "proxy": {"auth": "token", "token_cache_seconds": 0},
    }


def test_a_fallback_the_token_is_not_scoped_for_is_not_considered(
    sidecar, upstream, mint_token, tmp_path
) -> None:
    upstream_url, received = upstream
    abroad_only = mint_token("proxy:abroad")
    with sidecar(**_fallback_routes(upstream_url)) as url:
        received.clear()
        response = _chat(url, abroad_only)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "policy_denied"
    assert "x-cndp-guard-rerouted-to" not in response.headers
    assert received == []
    [decision] = [b for b in _bodies(tmp_path) if b["event"] == "decision"]
    assert decision["allow"] is False
    assert decision["chosen_route"] is None
    assert [t["route"] for t in decision["tried"]] == ["abroad"]


def test_a_fallback_the_token_is_scoped_for_is_used_and_audited(
    sidecar, upstream, mint_token, tmp_path
) -> None:
    upstream_url, received = upstream
    scoped = mint_token("proxy:abroad", "proxy:llm")
    everywhere = mint_token("proxy:*")
    with sidecar(**_fallback_routes(upstream_url)) as url:
        received.clear()
        answers = [_chat(url, scoped), _chat(url, everywhere)]
    for response in answers:
        assert response.status_code == 200
        assert response.headers["x-cndp-guard-rerouted-to"] == "llm"
    assert len(received) == 2
    decisions = [b for b in _bodies(tmp_path) if b["event"] == "decision"]
    assert [d["chosen_route"] for d in decisions] == ["llm", "llm"]
    assert [d["chosen_country"] for d in decisions] == ["MA", "MA"]
    # the scoped token never had cn (it may not call it); proxy:* tried it and moved on
    assert [t["route"] for t in decisions[0]["tried"]] == ["abroad", "llm"]
    assert [t["route"] for t in decisions[1]["tried"]] == ["abroad", "cn", "llm"]


def test_a_failed_forward_to_a_fallback_names_the_route_used(
    sidecar, upstream, mint_token, tmp_path
) -> None:
    upstream_url, _ = upstream
    settings = _fallback_routes(upstream_url)
    settings["routes"]["llm"]["upstream"] = "http://127.0.0.1:9"  # nothing listens there
    token = mint_token("proxy:*")
    with sidecar(**settings) as url:
        assert _chat(url, token).status_code == 502
    [completion] = [b for b in _bodies(tmp_path) if b["event"] == "completion"]
    assert completion["route"] == "abroad"
    assert completion["chosen_route"] == "llm"
    assert completion["outcome"] == "not_forwarded"


def test_assertion_times_are_read_against_the_given_clock() -> None:
    later = NOW + 10_000  # the assertion expired long before
    with pytest.raises(InvalidSubjectAssertion):
        verify_assertion(_es256(), keys=KEYS, route="signed", now=later)
    with pytest.raises(InvalidSubjectAssertion):  # not valid yet
        verify_assertion(_es256(nbf=int(NOW) + 60), keys=KEYS, route="signed", now=NOW)
    with pytest.raises(InvalidSubjectAssertion):  # exp that is no number
        verify_assertion(_es256(exp=True), keys=KEYS, route="signed", now=NOW)
