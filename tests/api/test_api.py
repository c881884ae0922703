"""The ``/api/v1`` API: scopes, consents, links, rights requests with deadlines, erasure, OpenAPI."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select

from compliance.api import create_api_token
from compliance.people.rights import submit_request
from compliance.store import write_session
from compliance.store.models import AuditRecord
from tests.portal.fixtures import People

REQUEST_ID = "00000000-0000-4000-8000-000000000000"
# (method, path, body, scope)
ENDPOINTS = [
    (
        "POST",
        "/api/v1/consents",
        {"subject": "s", "purpose": "assistant", "state": "granted", "source": "t"},
        "consents:write",
    ),
    (
        "POST",
        "/api/v1/opt-outs",
        {"subject": "s", "kind": "marketing", "source": "t"},
        "consents:write",
    ),
    ("POST", "/api/v1/consents/lookup", {"subject": "s"}, "consents:read"),
    ("GET", "/api/v1/purposes", None, "consents:read"),
    ("POST", "/api/v1/portal-links", {"subject": "s"}, "portal:link"),
    ("POST", "/api/v1/subjects/export", {"subject": "s"}, "subjects:export"),
    ("POST", "/api/v1/rights-requests", {"subject": "s", "kind": "access"}, "rights:write"),
    ("GET", "/api/v1/rights-requests", None, "rights:read"),
    ("GET", "/api/v1/rights-requests/due", None, "rights:read"),
    ("GET", f"/api/v1/rights-requests/{REQUEST_ID}", None, "rights:read"),
    (
        "POST",
        f"/api/v1/rights-requests/{REQUEST_ID}/resolve",
        {"outcome": "completed"},
        "rights:write",
    ),
]


@pytest.mark.parametrize(
    ("method", "path", "body", "scope"), ENDPOINTS, ids=[e[1] + " " + e[0] for e in ENDPOINTS]
)
def test_every_endpoint_needs_a_token_with_its_scope(
    people: People, method, path, body, scope
) -> None:
    others = [e[3] for e in ENDPOINTS if e[3] != scope]
    weak = create_api_token(engine=people.engine, name="weak", scopes=others)
    with people.client() as client:
        anonymous = client.request(method, path, json=body)
        wrong = client.request(method, path, json=body, headers={"Authorization": "Bearer cgk_x"})
        lacking = client.request(
            method, path, json=body, headers={"Authorization": f"Bearer {weak}"}
        )
        allowed = client.request(method, path, json=body, headers=people.auth)
    for refused in (anonymous, wrong):
        assert refused.status_code == 401
        assert refused.json()["error"]["code"] == "invalid_token"
        assert refused.headers["www-authenticate"].startswith('Bearer realm="cndp-guard"')
    assert lacking.status_code == 403
    assert lacking.json()["error"]["code"] == "insufficient_scope"
    assert f'scope="{scope}"' in lacking.headers["www-authenticate"]
    assert allowed.status_code in (200, 201, 404), allowed.text  # 404: the made-up request id
    assert allowed.headers["cache-control"] == "no-store"


def test_a_recorded_consent_and_its_evidence_come_back_in_the_lookup(people: People) -> None:
    with people.client() as client:
        recorded = client.post(
            "/api/v1/consents",
            json={
                "subject": "customer-1",
                "purpose": "marketing"
                if "marketing" in people.runtime.catalog.purposes
                else "assistant",
                "state": "granted",
                "channel": "web",
                "source": "crm:signup-form",
                "evidence": "checkbox v3 ticked",
            },
            headers=people.auth,
        )
        client.post(
            "/api/v1/opt-outs",
            json={"subject": "customer-1", "kind": "profiling", "source": "crm"},
            headers=people.auth,
        )
        looked = client.post(
            "/api/v1/consents/lookup", json={"subject": "customer-1"}, headers=people.auth
        )
        exported = client.post(
            "/api/v1/subjects/export", json={"subject": "customer-1"}, headers=people.auth
        )
    assert recorded.status_code == 201
    body = looked.json()
    purpose = recorded.json()["purpose"]
    assert body["consents"] == {purpose: "granted"}
    assert body["opt_outs"] == ["profiling"]
    assert body["erased_at"] is None
    assert [h["source"] for h in body["history"]] == ["crm:signup-form"]
    export = exported.json()
    assert export["consents"]["history"][0]["evidence"] == "checkbox v3 ticked"
    # The sources are sealed under the subject's key: the export opens them for the person.
    assert [h["source"] for h in export["consents"]["history"]] == ["crm:signup-form"]
    assert [h["source"] for h in export["opt_outs"]["history"]] == ["crm"]


def test_an_undeclared_purpose_or_kind_is_refused(people: People) -> None:
    with people.client() as client:
        purpose = client.post(
            "/api/v1/consents",
            json={"subject": "s", "purpose": "mind_reading", "state": "granted", "source": "t"},
            headers=people.auth,
        )
        kind = client.post(
            "/api/v1/opt-outs",
            json={"subject": "s", "kind": "everything", "source": "t"},
            headers=people.auth,
        )
        extra = client.post(
            "/api/v1/consents/lookup", json={"subject": "s", "admin": True}, headers=people.auth
        )
    assert purpose.status_code == kind.status_code == extra.status_code == 422
    # The caller's text is not quoted (it may be personal data); the fix is named.
    assert purpose.json()["error"]["param"] == "purpose"
    assert "mind_reading" not in purpose.json()["error"]["message"]
    assert "assistant" in purpose.json()["error"]["message"]
    assert "everything" not in kind.json()["error"]["message"]
    assert "admin" not in extra.json()["error"]["message"]


def test_a_link_url_uses_the_configured_base_and_carries_only_the_token(people: People) -> None:
    with people.client() as client:
        issued = client.post(
            "/api/v1/portal-links",
            json={"subject": "customer-2", "language": "ar"},
            headers=people.auth,
        )
        too_long = client.post(
            "/api/v1/portal-links",
            json={"subject": "customer-2", "ttl_seconds": 10**9},
            headers=people.auth,
        )
    link = issued.json()
    assert link["language"] == "ar"
    assert link["url"].startswith("http://127.0.0.1/portal/open/")
    assert "customer-2" not in link["url"]
    assert people.keys.subject_hash("customer-2") not in link["url"]
    assert too_long.status_code == 422


def test_rights_requests_carry_their_deadline_and_the_due_list_finds_them(people: People) -> None:
    tz = ZoneInfo("Africa/Casablanca")
    with write_session(people.engine) as session:  # a request received 12 days ago, still open
        late = submit_request(
            session=session,
            keys=people.keys,
            subject="customer-3",
            kind="access",
            channel="email",
            source="dpo-inbox",
            tz=tz,
            now=datetime.now(UTC) - timedelta(days=12),
        )
    with people.client() as client:
        created = client.post(
            "/api/v1/rights-requests",
            json={"subject": "customer-4", "kind": "rectification", "details": "wrong birth date"},
            headers=people.auth,
        )
        due_now = client.get("/api/v1/rights-requests/due", headers=people.auth)
        due_later = client.get("/api/v1/rights-requests/due?within_days=12", headers=people.auth)
        detail = client.get(f"/api/v1/rights-requests/{created.json()['id']}", headers=people.auth)
        listed = client.get("/api/v1/rights-requests?status=open", headers=people.auth)
    assert created.status_code == 201
    request = created.json()
    received = datetime.fromisoformat(request["received_at"]).astimezone(tz)
    deadline = datetime.fromisoformat(request["due_at"]).astimezone(tz)
    assert (deadline.date() - received.date()).days == 11
    assert request["overdue"] is False
    assert [r["id"] for r in due_now.json()["overdue"]] == [str(late.id)]
    assert due_now.json()["due"] == []
    assert [r["id"] for r in due_later.json()["due"]] == [request["id"]]
    assert detail.json()["details"] == "wrong birth date"
    assert [r["id"] for r in listed.json()] == [str(late.id), request["id"]]


def test_completing_an_erasure_request_crypto_shreds_the_subject(people: People) -> None:
    with people.client() as client:
        client.post(
            "/api/v1/consents",
            json={
                "subject": "customer-5",
                "purpose": "assistant",
                "state": "granted",
                "source": "t",
            },
            headers=people.auth,
        )
        link = people.link(client, "customer-5")
        created = client.post(
            "/api/v1/rights-requests",
            json={"subject": "customer-5", "kind": "erasure", "details": "please forget me"},
            headers=people.auth,
        ).json()
        resolved = client.post(
            f"/api/v1/rights-requests/{created['id']}/resolve",
            json={"outcome": "completed"},
            headers=people.auth,
        )
        again = client.post(
            f"/api/v1/rights-requests/{created['id']}/resolve",
            json={"outcome": "completed"},
            headers=people.auth,
        )
        detail = client.get(f"/api/v1/rights-requests/{created['id']}", headers=people.auth)
        export = client.post(
            "/api/v1/subjects/export", json={"subject": "customer-5"}, headers=people.auth
        )
        lookup = client.post(
            "/api/v1/consents/lookup", json={"subject": "customer-5"}, headers=people.auth
        )
        opened = client.get(link)
    assert resolved.status_code == 200
    assert resolved.json()["request"]["outcome"] == "erased"
    assert resolved.json()["erasure"]["erased_at"]
    assert again.status_code == 409
    assert detail.json()["details"] is None
    assert detail.json()["details_erased"] is True
    assert export.status_code == 410
    assert lookup.json()["erased_at"] is not None  # the proof of consent history stays
    assert opened.status_code == 410


def test_rejecting_a_request_needs_a_reason_code(people: People) -> None:
    with people.client() as client:
        created = client.post(
            "/api/v1/rights-requests",
            json={"subject": "customer-6", "kind": "access"},
            headers=people.auth,
        ).json()
        no_reason = client.post(
            f"/api/v1/rights-requests/{created['id']}/resolve",
            json={"outcome": "rejected"},
            headers=people.auth,
        )
        rejected = client.post(
            f"/api/v1/rights-requests/{created['id']}/resolve",
            json={"outcome": "rejected", "reason": "identity_not_proven"},
            headers=people.auth,
        )
    assert no_reason.status_code == 422
    assert rejected.json()["request"]["status"] == "rejected"


def test_every_write_is_audited_with_the_token_as_actor(people: People) -> None:
    token_id = people.token.split("_")[1]
    with people.client() as client:
        client.post(
            "/api/v1/consents",
            json={
                "subject": "customer-7",
                "purpose": "assistant",
                "state": "withdrawn",
                "source": "t",
            },
            headers=people.auth,
        )
        client.post(
            "/api/v1/rights-requests",
            json={"subject": "customer-7", "kind": "access"},
            headers=people.auth,
        )
    with Session(people.engine) as session:
        bodies = [json.loads(bytes(r.body)) for r in session.exec(select(AuditRecord)).all()]
    assert [(b["event"], b["actor"]) for b in bodies] == [
        ("api.consent_withdrawn", f"api:{token_id}"),
        ("api.rights_requested", f"api:{token_id}"),
    ]
    assert "customer-7" not in json.dumps(bodies)
    assert bodies[0]["subject_hash"] == people.keys.subject_hash("customer-7")


def test_the_openapi_document_describes_every_path_and_the_bearer_scheme(people: People) -> None:
    with people.client() as client:
        spec = client.get("/openapi.json").json()
    paths = {p for p in spec["paths"] if p.startswith("/api/v1/")}
    assert paths == {e[1].replace(REQUEST_ID, "{request_id}") for e in ENDPOINTS}
    assert not any(p.startswith("/portal") for p in spec["paths"])
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    for path, operations in spec["paths"].items():
        for operation in operations.values():
            if path.startswith("/api/v1/"):
                assert "Scope `" in operation["description"], path
                assert operation["security"] == [{"HTTPBearer": []}], path
