"""Every error has its status and machine-readable code, and nothing is forwarded."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import text

from compliance.core.errors import DetectionError

pytestmark = pytest.mark.slow

CHAT = {"model": "echo-1", "messages": [{"role": "user", "content": "Bonjour Karim Benali"}]}


def post(url: str, path: str, **kwargs) -> httpx.Response:
    return httpx.post(f"{url}{path}", timeout=10, **kwargs)


@pytest.mark.parametrize(
    ("kwargs", "status", "code"),
    [
        (
            {
                "content": b'{"model": "m", "messages": [',
                "headers": {"content-type": "application/json"},
            },
            400,
            "invalid_json",
        ),
        (
            {"content": b'{"model": "\xff"}', "headers": {"content-type": "application/json"}},
            400,
            "invalid_utf8",
        ),
        (
            {
                "content": b"model=m",
                "headers": {"content-type": "application/x-www-form-urlencoded"},
            },
            415,
            "unsupported_media_type",
        ),
        ({"json": {"model": "m", "messages": "hello"}}, 422, "invalid_request"),
        (
            {
                "json": {
                    "model": "m",
                    "messages": [{"role": "user", "content": [{"type": "image_url"}]}],
                }
            },
            422,
            "invalid_request",
        ),
        (
            {"json": {"model": "m", "messages": [{"role": "user", "content": "x" * 5000}]}},
            413,
            "payload_too_large",
        ),
    ],
)
def test_bad_input_gets_a_clear_4xx_and_nothing_is_forwarded(
    sidecar, upstream, kwargs, status, code
) -> None:
    _, received = upstream
    with sidecar(max_body_bytes=4096) as url:
        response = post(url, "/llm/v1/chat/completions", **kwargs)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    assert received == []


def test_oversize_body_streamed_without_length_is_cut_at_the_limit(sidecar, upstream) -> None:
    _, received = upstream

    def chunks():
        yield b'{"model": "m", "messages": [{"role": "user", "content": "'
        for _ in range(100):
            yield b"x" * 1000
        yield b'"}]}'

    with sidecar(max_body_bytes=4096) as url:
        response = post(
            url,
            "/llm/v1/chat/completions",
            content=chunks(),
            headers={"content-type": "application/json"},
        )
    assert response.status_code == 413
    assert received == []


def test_unknown_route_is_a_404_with_a_code(sidecar) -> None:
    with sidecar() as url:
        response = post(url, "/nope/v1/chat/completions", json=CHAT)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "unknown_route"


def test_upstream_unreachable_is_a_502(sidecar) -> None:
    with sidecar() as url:
        response = post(url, "/down/v1/chat/completions", json=CHAT)
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "upstream_unreachable"


def test_upstream_timeout_is_a_504(sidecar) -> None:
    with sidecar() as url:
        response = post(url, "/slow/v1/chat/completions", json=CHAT)
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "upstream_timeout"


def test_detection_failure_fails_closed_with_503(sidecar, upstream, detector, monkeypatch) -> None:
    _, received = upstream

    def broken(_texts):  # fault injection into the real detector
        raise DetectionError("detection failed: RuntimeError")

    with sidecar() as url:
        monkeypatch.setattr(detector, "analyze", broken)
        response = post(url, "/llm/v1/chat/completions", json=CHAT)
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "detection_unavailable"
    assert received == []


def test_policy_failure_fails_closed_with_503(sidecar, upstream, tmp_path) -> None:
    _, received = upstream
    policies = tmp_path / "policies"
    (policies / "cndp").mkdir(parents=True)
    # Valid for the start-up probe (no entities), off contract once a name is found.
    (policies / "cndp" / "decision.rego").write_text(
        "package cndp\n\n"
        "default allow := true\n\n"
        'allow := "yes" if count(input.data.entities) > 0\n\n'
        'decision := {"allow": allow, "reasons": [], "actions": {"default": "redact"}}\n'
    )
    with sidecar(policy={"directory": str(policies)}) as url:
        response = post(url, "/llm/v1/chat/completions", json=CHAT)
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "policy_unavailable"
    assert received == []


def test_audit_failure_fails_closed_with_503(sidecar, upstream, tmp_path) -> None:
    _, received = upstream
    with sidecar() as url:
        from sqlalchemy import create_engine

        engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE audit_record"))
        engine.dispose()
        response = post(url, "/llm/v1/chat/completions", json=CHAT)
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "audit_unavailable"
    assert received == []


def test_generic_json_route_cannot_be_pointed_at_another_host(sidecar, upstream) -> None:
    _, received = upstream
    with sidecar() as url:
        response = post(url, "/forms//evil.example/steal", json={"a": "b"})
        ok = post(url, "/forms/v1/chat/completions", json={"a": "b"})
    assert response.status_code == 404
    assert ok.status_code == 404  # a json route has no OpenAI endpoints
    assert received == []
