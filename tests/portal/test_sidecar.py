"""Through the real sidecar: what a person does in the portal binds the very next proxied request."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from compliance.detect import PresidioDetector
from tests.api.test_canaries import audit_bodies, leaks, send_canaries
from tests.portal.fixtures import sidecar_with_portal

pytestmark = pytest.mark.slow

CHAT = {"model": "echo-1", "messages": [{"role": "user", "content": "Je m'appelle Salma Bennani"}]}


def chat(url: str, subject: str, route: str = "llm", purpose: str | None = None) -> httpx.Response:
    headers = {"X-Subject-Id": subject, **({"X-Purpose": purpose} if purpose else {})}
    return httpx.post(f"{url}/{route}/v1/chat/completions", json=CHAT, headers=headers, timeout=10)


def until(
    check: Callable[[], httpx.Response], done: Callable[[httpx.Response], bool]
) -> tuple[httpx.Response, int]:
    """Retry until ``done``: the proxy sees another ledger's writes within 0.5 s (epoch check)."""
    deadline = time.monotonic() + 3.0
    tries = 0
    while True:
        response = check()
        if done(response) or time.monotonic() > deadline:
            return response, tries
        tries += 1
        time.sleep(0.1)


@pytest.fixture
def stack(tmp_path: Path, detector: PresidioDetector, upstream: tuple[str, list[dict[str, Any]]]):
    with sidecar_with_portal(tmp_path, detector=detector, upstream_url=upstream[0]) as running:
        upstream[1].clear()
        yield running


def test_a_withdrawal_in_the_portal_refuses_the_next_proxied_request(stack, upstream) -> None:
    url, people = stack
    _, received = upstream
    with httpx.Client(base_url=url) as browser:
        assert chat(url, "customer-1").status_code == 200
        csrf = people.sign_in(browser, "customer-1")
        browser.post(
            "/portal/fr/consents", data={"csrf": csrf, "purpose": "assistant", "action": "withdraw"}
        )
        refused, allowed = until(lambda: chat(url, "customer-1"), lambda r: r.status_code != 200)
        other = chat(url, "customer-2")
        browser.post(
            "/portal/fr/consents", data={"csrf": csrf, "purpose": "assistant", "action": "grant"}
        )
        again, _ = until(lambda: chat(url, "customer-1"), lambda r: r.status_code == 200)
    assert refused.status_code == 403
    assert "consent.withdrawn" in refused.json()["error"]["reasons"]
    assert allowed <= 6  # seen within the cache interval
    assert other.status_code == 200
    assert again.status_code == 200
    assert len(received) == 1 + allowed + 1 + 1  # the refused request never reached the model


@pytest.mark.parametrize(
    ("kind", "purpose"),
    [
        ("profiling", "credit_scoring"),  # the purpose is profiling (purposes.json opt_outs)
        ("marketing", "marketing"),  # consent-based: the person agrees first
    ],
)
def test_an_objection_in_the_portal_refuses_the_purposes_of_that_kind(
    stack, kind: str, purpose: str
) -> None:
    url, people = stack
    if purpose not in people.runtime.catalog.purposes:
        pytest.fail(f"policies/data/purposes.json no longer declares {purpose!r}")
    subject = f"customer-3-{kind}"
    with httpx.Client(base_url=url) as browser:
        csrf = people.sign_in(browser, subject)
        if people.runtime.catalog.purposes[purpose].consent_based:
            browser.post(
                "/portal/fr/consents", data={"csrf": csrf, "purpose": purpose, "action": "grant"}
            )
        before, _ = until(
            lambda: chat(url, subject, purpose=purpose), lambda r: r.status_code == 200
        )
        browser.post("/portal/fr/opt-outs", data={"csrf": csrf, "kind": kind, "action": "object"})
        refused, allowed = until(
            lambda: chat(url, subject, purpose=purpose), lambda r: r.status_code != 200
        )
        browser.post("/portal/fr/opt-outs", data={"csrf": csrf, "kind": kind, "action": "lift"})
        again, _ = until(
            lambda: chat(url, subject, purpose=purpose), lambda r: r.status_code == 200
        )
    assert before.status_code == 200, before.text
    assert refused.status_code == 403
    assert f"opt_out.{kind}" in refused.json()["error"]["reasons"]
    assert allowed <= 6
    assert again.status_code == 200


def test_an_objection_to_personalization_leaves_the_assistant_working(stack) -> None:
    url, people = stack
    with httpx.Client(base_url=url) as browser:
        csrf = people.sign_in(browser, "customer-5")
        browser.post(
            "/portal/fr/opt-outs",
            data={"csrf": csrf, "kind": "personalization", "action": "object"},
        )
        # The portal writes through the sidecar's own ledger: the next request sees it.
        assistant = chat(url, "customer-5")
        home = browser.get("/portal/fr/").text
    assert assistant.status_code == 200, assistant.text
    card = home[home.index('id="purpose-assistant"') :]
    assert 'data-state="never_asked"' in card[: card.index("</article>")]  # still in use
    objection = home[home.index('id="opt-out-personalization"') :]
    objection = objection[: objection.index("</article>")]
    assert (
        "Votre opposition arrête : les demandes que nos services envoient comme"
        " personnalisation." in objection
    )
    assert "Continuent : Assistant conversationnel" in objection


def test_an_objection_to_personalization_stops_the_route_that_personalizes(stack) -> None:
    url, people = stack
    with httpx.Client(base_url=url) as browser:
        csrf = people.sign_in(browser, "customer-6")
        assert chat(url, "customer-6", route="personal").status_code == 200
        browser.post(
            "/portal/fr/opt-outs",
            data={"csrf": csrf, "kind": "personalization", "action": "object"},
        )
        refused = chat(url, "customer-6", route="personal")
        assistant = chat(url, "customer-6")
    assert assistant.status_code == 200
    assert refused.status_code == 403
    assert refused.json()["error"]["reasons"] == ["opt_out.personalization"]


def test_erasure_in_the_portal_refuses_the_next_request_with_410(stack, upstream) -> None:
    url, people = stack
    _, received = upstream
    with httpx.Client(base_url=url) as browser:
        assert chat(url, "customer-4").status_code == 200
        csrf = people.sign_in(browser, "customer-4")
        erased = browser.post("/portal/fr/erasure", data={"csrf": csrf, "confirm": "yes"})
        refused, allowed = until(lambda: chat(url, "customer-4"), lambda r: r.status_code != 200)
    assert erased.status_code == 200
    assert refused.status_code == 410
    assert refused.json()["error"]["code"] == "subject_erased"
    assert len(received) == 1 + allowed


def test_the_data_download_says_which_routes_processed_the_data_and_where(stack) -> None:
    url, people = stack
    assert chat(url, "customer-5", "llm").status_code == 200
    assert chat(url, "customer-5", "eu").status_code == 200
    us = chat(url, "customer-5", "us")
    with httpx.Client(base_url=url) as browser:
        people.sign_in(browser, "customer-5", language="ar")
        document = browser.get("/portal/ar/data.json").json()
        page = browser.get("/portal/ar/data")
    processing = document["processing"]
    assert [(p["route"], p["destination_country"], p["purpose"]) for p in processing] == [
        ("llm", "MA", "assistant"),
        ("eu", "FR", "assistant"),
        ("us", "US", "assistant"),
    ]
    assert processing[0]["allow"] is True
    assert processing[0]["entities"].get("PERSON") == 1  # kinds and counts, never the values
    assert processing[2]["allow"] is (us.status_code == 200)
    assert {(d["country"], d["route"]) for d in document["destinations"]} >= {
        ("MA", "llm"),
        ("FR", "eu"),
    }
    assert "Salma" not in page.text
    assert "Bennani" not in str(document)
    assert "المغرب" in page.text  # destination countries in words
    assert "فرنسا" in page.text


def test_the_api_is_answered_ahead_of_the_proxys_catch_all_route(stack) -> None:
    url, people = stack
    recorded = httpx.post(
        f"{url}/api/v1/consents",
        json={
            "subject": "customer-6",
            "purpose": "assistant",
            "state": "withdrawn",
            "source": "crm",
        },
        headers=people.auth,
    )
    refused, _ = until(lambda: chat(url, "customer-6"), lambda r: r.status_code != 200)
    assert recorded.status_code == 201, recorded.text
    assert refused.status_code == 403
    # The app describes its API (``cndp-guard openapi`` prints it) but does not serve it.
    assert people.app.openapi()["paths"].keys() >= {"/api/v1/consents"}
    served = httpx.get(f"{url}/openapi.json", follow_redirects=True)
    assert served.json()["error"]["code"] in ("not_found", "method_not_allowed")


def test_a_canary_sent_to_the_api_reaches_no_error_log_metric_or_audit_record(
    stack, capfd, debug_logs
) -> None:
    url, people = stack
    assert chat(url, "customer-7").status_code == 200  # the metrics hold a proxied request
    with httpx.Client(base_url=url) as client:
        answers = send_canaries(client, people.auth)
        scraped = client.get("/metrics", headers=people.auth)
    captured = capfd.readouterr()
    audited = audit_bodies(people)
    assert "api.rights_requested" in audited  # the audit rows were really read
    assert leaks(audited) == []
    assert leaks("\n".join(a.text for a in answers.values())) == []
    assert "cndp_guard_" in scraped.text  # the real metrics, not an error body
    assert leaks(scraped.text) == []
    assert "guard.inspected" in captured.err  # the DEBUG events were really captured
    assert leaks(captured.out + captured.err) == []
    assert [a.status_code for a in answers.values()] == [422] * len(answers)
