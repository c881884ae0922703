"""Residency routing: a destination the policy refuses for where it is falls back in-country."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import create_engine, text

pytestmark = pytest.mark.slow

CHAT = {"model": "echo-1", "messages": [{"role": "user", "content": "Je m'appelle Salma Bennani"}]}


def test_refused_foreign_destination_is_rerouted_to_the_in_country_fallback_and_audited(
    sidecar, upstream, tmp_path
) -> None:
    upstream_url, received = upstream
    routes = {
        "us": {"upstream": upstream_url, "country": "US", "fallbacks": ["ma"]},
        "ma": {"upstream": upstream_url, "country": "MA"},
    }
    with sidecar(routes=routes) as url:
        rerouted = httpx.post(f"{url}/us/v1/chat/completions", json=CHAT, timeout=10)
        harmless = httpx.post(
            f"{url}/us/v1/chat/completions",
            json={"model": "echo-1", "messages": [{"role": "user", "content": "Quelle heure ?"}]},
            timeout=10,
        )
    assert rerouted.status_code == 200
    assert rerouted.headers["x-cndp-guard-rerouted-to"] == "ma"
    assert "Salma Bennani" in rerouted.json()["choices"][0]["message"]["content"]
    assert harmless.status_code == 200  # nothing personal: no transfer, no reroute
    assert "x-cndp-guard-rerouted-to" not in harmless.headers
    assert len(received) == 2
    engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
    with engine.connect() as conn:
        bodies = [
            json.loads(b)
            for (b,) in conn.execute(text("SELECT body FROM audit_record ORDER BY seq"))
        ]
    engine.dispose()
    first = bodies[0]
    assert first["route"] == "us"
    assert first["chosen_route"] == "ma"
    assert first["chosen_country"] == "MA"
    assert "residency.rerouted" in first["reasons"]
    assert [(t["route"], t["allow"]) for t in first["tried"]] == [("us", False), ("ma", True)]
    assert "cross_border.not_adequate" in first["tried"][0]["reasons"]


def test_without_an_allowed_fallback_the_refusal_stands(sidecar, upstream) -> None:
    upstream_url, received = upstream
    routes = {
        "us": {"upstream": upstream_url, "country": "US", "fallbacks": ["cn"]},
        "cn": {"upstream": upstream_url, "country": "CN"},
    }
    with sidecar(routes=routes) as url:
        response = httpx.post(f"{url}/us/v1/chat/completions", json=CHAT, timeout=10)
    assert response.status_code == 403
    assert "cross_border.not_adequate" in response.json()["error"]["reasons"]
    assert received == []
