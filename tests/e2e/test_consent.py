"""Consents, opt-outs and erasure recorded in the ledger take effect on the next request."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from compliance.consent import ConsentLedger
from compliance.crypto import FileKeyProvider, KeyRing, default_kek_path, load_or_create_key_file
from compliance.store import make_engine
from compliance.subjects import SubjectKeys

pytestmark = pytest.mark.slow

CHAT = {"model": "echo-1", "messages": [{"role": "user", "content": "Je m'appelle Salma Bennani"}]}


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[ConsentLedger]:
    """A second ledger on the sidecar's own database and keys, as a host application has."""
    engine = make_engine(f"sqlite:///{tmp_path}/cndp.db")
    key_file = tmp_path / "keys" / "master.key"
    keys = SubjectKeys(
        engine=engine,
        provider=FileKeyProvider(path=default_kek_path(key_file)),
        keyring=KeyRing(root_key=load_or_create_key_file(key_file)),
    )
    yield ConsentLedger(engine=engine, keys=keys)
    engine.dispose()


def chat(url: str, subject: str) -> httpx.Response:
    return httpx.post(
        f"{url}/llm/v1/chat/completions", json=CHAT, headers={"X-Subject-Id": subject}, timeout=10
    )


def eventually(check, seconds: float = 3.0) -> tuple[httpx.Response, int]:
    """Retry until refused; other processes see ledger changes within 0.5 s (cache check).

    Returns the refusal and how many requests were still allowed before it.
    """
    deadline = time.monotonic() + seconds
    allowed = 0
    while True:
        response = check()
        if response.status_code != 200 or time.monotonic() > deadline:
            return response, allowed
        allowed += 1
        time.sleep(0.1)


def test_withdrawn_consent_refuses_the_next_request(sidecar, upstream, ledger) -> None:
    _, received = upstream
    with sidecar() as url:
        assert chat(url, "customer-7").status_code == 200
        ledger.record_consent(
            subject="customer-7",
            purpose="assistant",
            state="withdrawn",
            channel="web",
            source="test",
        )
        response, allowed = eventually(lambda: chat(url, "customer-7"))
        other = chat(url, "customer-8")
    assert response.status_code == 403
    assert "consent.withdrawn" in response.json()["error"]["reasons"]
    assert other.status_code == 200
    assert allowed <= 6  # the change was seen within the cache interval
    assert len(received) == 2 + allowed  # the refused request never reached the model


def test_erased_subject_is_refused_with_410_and_nothing_leaves(sidecar, upstream, ledger) -> None:
    _, received = upstream
    with sidecar() as url:
        assert chat(url, "customer-9").status_code == 200
        ledger.erase(subject="customer-9")
        response, allowed = eventually(lambda: chat(url, "customer-9"))
    assert response.status_code == 410
    assert response.json()["error"]["code"] == "subject_erased"
    assert allowed <= 6
    assert len(received) == 1 + allowed


PURPOSES = [
    {
        "name": "assistant",
        "description": {"fr": "Assistant", "ar": "مساعد", "en": "Assistant"},
        "lawful_basis": "contract",
        "data_categories": ["PERSON"],
        "retention_days": 30,
        "cndp": {"kind": "declaration", "number": "D-2025-1"},
    }
]


def test_declared_purposes_from_settings_bound_the_sidecars_ledger(sidecar, tmp_path) -> None:
    from compliance.api import create_api_token

    with sidecar(purposes=PURPOSES) as url:
        engine = make_engine(f"sqlite:///{tmp_path}/cndp.db")
        token = create_api_token(engine=engine, name="crm", scopes=("consents:write",))
        engine.dispose()

        def record(purpose: str) -> httpx.Response:
            return httpx.post(
                f"{url}/api/v1/consents",
                json={
                    "subject": "customer-11",
                    "purpose": purpose,
                    "state": "granted",
                    "source": "crm",
                },
                headers={"Authorization": f"Bearer {token}"},
                timeout=10,
            )

        declared, undeclared = record("assistant"), record("marketing")
    assert declared.status_code == 201, declared.text
    assert undeclared.status_code == 422
    assert "unknown_purpose" in undeclared.text


def test_a_badly_declared_purpose_stops_the_start_with_its_name() -> None:
    from compliance.core.errors import ConfigError
    from compliance.core.settings import parse_settings

    bad = [{**PURPOSES[0], "retention_days": 0}]
    with pytest.raises(ConfigError, match="assistant"):
        parse_settings(
            {"routes": {"llm": {"upstream": "http://x", "country": "MA"}}, "purposes": bad}
        )
