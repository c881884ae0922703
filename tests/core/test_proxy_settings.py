"""Settings of the proxy's callers and upstream credentials fail closed, naming the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.callers.tokens import _check_scopes
from compliance.core.errors import ConfigError
from compliance.core.settings import parse_settings

ROUTES = {"llm": {"upstream": "http://127.0.0.1:9", "country": "MA"}}


def test_unauthenticated_proxy_routes_are_refused_in_production() -> None:
    with pytest.raises(ConfigError, match=r"proxy.auth: none"):
        parse_settings({"routes": ROUTES, "environment": "production", "proxy": {"auth": "none"}})
    assert parse_settings({"routes": ROUTES}).proxy.auth == "token"


def test_route_credentials_come_from_a_file_or_a_variable_never_both(tmp_path: Path) -> None:
    key = tmp_path / "k"
    key.write_text("secret\n")
    route = parse_settings({"routes": {"llm": {**ROUTES["llm"], "api_key_file": str(key)}}}).routes[
        "llm"
    ]
    assert route.api_key() == "secret"
    with pytest.raises(ConfigError):
        parse_settings(
            {"routes": {"llm": {**ROUTES["llm"], "api_key_file": str(key), "api_key_env": "X"}}}
        )
    missing = parse_settings(
        {"routes": {"llm": {**ROUTES["llm"], "api_key_env": "CNDP_TEST_UNSET_KEY"}}}
    ).routes["llm"]
    with pytest.raises(ConfigError, match="unset or empty"):
        missing.api_key()


@pytest.mark.parametrize("name", ["Authorization", "Host", "Cookie", "bad name"])
def test_operator_headers_cannot_name_what_the_forwarder_sets(name: str) -> None:
    with pytest.raises(ConfigError):
        parse_settings({"routes": {"llm": {**ROUTES["llm"], "headers": {name: "x"}}}})


def test_assertion_keys_must_be_ed25519_or_p256_public_keys(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pem"
    bad.write_text("not a key")
    settings = parse_settings({"routes": ROUTES, "proxy": {"assertion_keys": {"crm": [str(bad)]}}})
    with pytest.raises(ConfigError, match="not a readable PEM"):
        settings.proxy.load_assertion_keys()


def test_proxy_scopes_are_per_route_or_all() -> None:
    assert _check_scopes(["proxy:llm", "proxy:*", "subjects:assert"]) == [
        "proxy:*",
        "proxy:llm",
        "subjects:assert",
    ]
    with pytest.raises(ConfigError):
        _check_scopes(["proxy:Not A Route"])
