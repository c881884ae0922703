"""Canary values never reach the upstream, the logs, the audit table or an error body."""

from __future__ import annotations

import json
import logging

import httpx
import openai
import pytest
from sqlalchemy import create_engine, text

from compliance.core.logs import configure_logging

pytestmark = pytest.mark.slow

CANARIES = {
    "cin": "BE873214",
    "phone": "+212 6 61 23 45 67",
    "name": "Youssef El Amrani",
    "iban": "MA64011519000001205000534921",
}
TEXT = (
    f"Je m'appelle {CANARIES['name']}, CIN {CANARIES['cin']}, téléphone {CANARIES['phone']}, "
    f"IBAN {CANARIES['iban']}."
)
DIGITS = {"phone": "661234567", "iban": "011519000001205000534921", "cin": "873214"}


def leaks(blob: str) -> list[str]:
    found = [k for k, v in CANARIES.items() if v in blob]
    found += [f"{k} digits" for k, v in DIGITS.items() if v in blob.replace(" ", "")]
    return found


def test_canaries_leak_nowhere(sidecar, upstream, tmp_path, capfd, mint_token) -> None:
    _, received = upstream
    scraper = mint_token("metrics:read")
    configure_logging("DEBUG")
    error_bodies: list[str] = []
    try:
        with sidecar(log_level="DEBUG") as url:
            sdk = openai.OpenAI(
                base_url=f"{url}/llm/v1",
                api_key="k",
                max_retries=0,
                # A request id is logged and audited: a personal value there must not be.
                default_headers={
                    "X-Subject-Id": CANARIES["cin"],
                    "X-Request-Id": f"{CANARIES['name']} {CANARIES['phone']}",
                },
            )
            messages = [{"role": "user", "content": TEXT}]
            sdk.chat.completions.create(model="echo-1", messages=messages)
            list(sdk.chat.completions.create(model="echo-1", messages=messages, stream=True))
            sdk.chat.completions.create(
                model="echo-1", messages=[{"role": "user", "content": f"/tool f {TEXT}"}]
            )
            sdk.completions.create(model="echo-1", prompt=TEXT)
            sdk.embeddings.create(model="echo-1", input=[TEXT])
            httpx.post(f"{url}/forms/submit", json={"note": TEXT, "nested": [{"who": TEXT}]})
            # Refusals must not echo what they refused.
            for response in (
                httpx.post(
                    f"{url}/us/v1/chat/completions", json={"model": "m", "messages": messages}
                ),
                httpx.post(
                    f"{url}/llm/v1/chat/completions",
                    json={"model": "m", "messages": [{"role": "user", "content": 7, "name": TEXT}]},
                ),
                httpx.post(
                    f"{url}/llm/v1/chat/completions",
                    content=TEXT.encode(),
                    headers={"content-type": "application/json"},
                ),
                httpx.post(
                    f"{url}/llm/v1/chat/completions",
                    content=TEXT.encode(),
                    headers={"content-type": "text/plain"},
                ),
                httpx.post(
                    f"{url}/llm/v1/embeddings", json={"model": "m", "input": [[1, 2], TEXT]}
                ),
                # A route name is the client's text too: logs, metrics and errors skip it.
                httpx.post(
                    f"{url}/{CANARIES['name']} {CANARIES['phone']}/v1/chat/completions",
                    json={"model": "m", "messages": messages},
                ),
            ):
                assert response.status_code >= 400
                error_bodies.append(response.text)
            scraped = httpx.get(f"{url}/metrics", headers={"Authorization": f"Bearer {scraper}"})
            metrics = scraped.text
    finally:
        configure_logging("INFO")
        logging.getLogger().setLevel(logging.WARNING)
    assert len(received) == 6, [list(r) for r in received]
    assert leaks(json.dumps(received, ensure_ascii=False)) == []
    captured = capfd.readouterr()
    assert "guard.inspected" in captured.err  # the DEBUG events were really captured
    assert leaks(captured.out + captured.err) == []
    assert leaks("\n".join(error_bodies)) == []
    assert scraped.status_code == 200
    assert "cndp_guard_entities_total" in metrics  # the real metrics, not an error body
    assert leaks(metrics) == []
    engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM audit_record")).all()
    engine.dispose()
    assert len(rows) == 7  # six allowed + one denied decision
    assert leaks(repr(rows)) == []
    database = b"".join(p.read_bytes() for p in tmp_path.glob("cndp.db*"))
    assert leaks(database.decode("utf-8", "replace")) == []


def test_no_forwarded_url_reaches_the_logs(sidecar, upstream, capfd) -> None:
    """A forwarded path is the caller's text: no library logs it (httpx did, at INFO)."""
    marker = "zqxvmarker"
    configure_logging("DEBUG")
    try:
        with sidecar(log_level="DEBUG") as url:
            response = httpx.post(f"{url}/forms/{marker}", json={"note": "bonjour"})
            assert response.status_code == 200
    finally:
        configure_logging("INFO")
        logging.getLogger().setLevel(logging.WARNING)
    _, received = upstream
    assert {"note": "bonjour"} in received  # it was forwarded
    captured = capfd.readouterr()
    assert "guard.inspected" in captured.err  # the DEBUG events were really captured
    assert marker not in captured.out + captured.err
