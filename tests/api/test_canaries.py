"""What a host application sends is never echoed: not in errors, logs or audit records.

A purpose or an opt-out kind that is not declared, an unknown JSON key and a
completion code are the caller's text, so they may be personal data; each is sent
over real HTTP carrying a canary, which must appear nowhere the rule covers.
``tests/portal/test_sidecar.py`` sends the same through the whole sidecar and its
``/metrics``.
"""

from __future__ import annotations

import httpx
import structlog
from sqlmodel import Session, select

from compliance.store.models import AuditRecord
from tests.conftest import LoopbackServer
from tests.portal.fixtures import People

NAME = "Youssef El Amrani"
PHONE = "+212 6 61 23 45 67"
CANARY = f"{NAME} {PHONE}"
# A completion code must match ^[a-z_]{1,32}$: a name fits that shape too.
CODE_CANARY = "youssef_el_amrani"


def leaks(blob: str) -> list[str]:
    found = [c for c in ("Youssef", "Amrani", PHONE, CODE_CANARY) if c in blob]
    return found + (["phone digits"] if "661234567" in blob.replace(" ", "") else [])


def send_canaries(client: httpx.Client, auth: dict[str, str]) -> dict[str, httpx.Response]:
    """Each input that once echoed its value, with a canary in it; answers by case."""
    created = client.post(
        "/api/v1/rights-requests", json={"subject": "customer-7", "kind": "access"}, headers=auth
    )
    assert created.status_code == 201, created.text
    return {
        "undeclared purpose": client.post(
            "/api/v1/consents",
            json={"subject": "customer-7", "purpose": CANARY, "state": "granted", "source": "crm"},
            headers=auth,
        ),
        "unknown opt-out kind": client.post(
            "/api/v1/opt-outs",
            json={"subject": "customer-7", "kind": CANARY, "source": "crm"},
            headers=auth,
        ),
        "unknown JSON key": client.post(
            "/api/v1/consents/lookup", json={"subject": "customer-7", CANARY: 1}, headers=auth
        ),
        "completion code": client.post(
            f"/api/v1/rights-requests/{created.json()['id']}/resolve",
            json={"outcome": "completed", "reason": CODE_CANARY},
            headers=auth,
        ),
    }


def audit_bodies(people: People) -> str:
    with Session(people.engine) as session:
        return "\n".join(b.decode() for b in session.exec(select(AuditRecord.body)).all())


def test_a_canary_in_the_api_input_is_echoed_nowhere(people: People, capfd, debug_logs) -> None:
    with LoopbackServer(people.app) as server, httpx.Client(base_url=server.url) as client:
        answers = send_canaries(client, people.auth)
        structlog.get_logger("tests").info("canaries.sent")  # proves the logs are captured
        listed = client.get("/api/v1/rights-requests", headers=people.auth).json()
    captured = capfd.readouterr()
    audited = audit_bodies(people)
    assert "api.rights_requested" in audited  # the audit rows were really read
    assert leaks(audited) == []
    assert "canaries.sent" in captured.err
    assert leaks(captured.out + captured.err) == []
    for case, answer in answers.items():
        assert leaks(answer.text) == [], case
    for case, answer in answers.items():
        assert answer.status_code == 422, (case, answer.text)
        assert answer.json()["error"]["code"] in ("invalid_form", "invalid_request"), case
    assert "(unknown field)" in answers["unknown JSON key"].json()["error"]["message"]
    assert [r["status"] for r in listed] == ["open"]  # the refused completion changed nothing


def test_a_listed_completion_code_is_kept(people: People) -> None:
    with people.client() as client:
        created = client.post(
            "/api/v1/rights-requests",
            json={"subject": "customer-8", "kind": "rectification"},
            headers=people.auth,
        ).json()
        resolved = client.post(
            f"/api/v1/rights-requests/{created['id']}/resolve",
            json={"outcome": "completed", "reason": "rectified"},
            headers=people.auth,
        )
    assert resolved.status_code == 200, resolved.text
    assert resolved.json()["request"]["outcome"] == "rectified"
    assert '"outcome":"rectified"' in audit_bodies(people)
