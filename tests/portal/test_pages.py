"""The portal over HTTP: a link opens a session for one subject; forms act, are audited, and leak nothing."""

from __future__ import annotations

import html
import json
import re
import statistics
from datetime import timedelta
from pathlib import Path

import pytest
import structlog
from sqlmodel import Session, select

from compliance.consent import ensure_subject
from compliance.crypto import load_or_create_key_file
from compliance.people.links import PortalKeys, issue_link
from compliance.portal import PortalSettings
from compliance.store import write_session
from compliance.store.models import AuditRecord
from tests.portal.fixtures import CSRF, People, build_people

HEADERS = {
    "content-security-policy": "frame-ancestors 'none'",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
}


def _audit(people: People) -> list[dict]:
    with Session(people.engine) as session:
        rows = session.exec(select(AuditRecord).order_by(AuditRecord.seq)).all()
        return [json.loads(bytes(row.body)) for row in rows]


def test_a_link_opens_a_session_showing_purposes_in_plain_words(people: People) -> None:
    with people.client() as client:
        people.sign_in(client, "customer-1")
        page = client.get("/portal/fr/")
    assert page.status_code == 200
    html = page.text
    assert '<html lang="fr" dir="ltr">' in html
    assert "Assistant conversationnel" in html
    assert "Nécessaire au service que vous avez demandé (contrat)." in html  # lawful basis
    assert "Maroc</strong> — au Maroc" in html
    assert "États-Unis</strong> — hors liste de la CNDP" in html
    assert "France</strong> — protection adéquate" in html
    assert "<script" not in html  # works without JavaScript


def test_withdrawing_and_objecting_are_recorded_and_audited(people: People) -> None:
    with people.client() as client:
        csrf = people.sign_in(client, "customer-2")
        withdrawn = client.post(
            "/portal/fr/consents",
            data={"csrf": csrf, "purpose": "assistant", "action": "withdraw"},
            follow_redirects=False,
        )
        objected = client.post(
            "/portal/fr/opt-outs",
            data={"csrf": csrf, "kind": "personalization", "action": "object"},
        )
    assert withdrawn.status_code == 303
    assert withdrawn.headers["location"] == "/portal/fr/?done=consent_withdrawn#purpose-assistant"
    assert "Votre opposition a été enregistrée" in objected.text
    snapshot = people.runtime.service.ledger.snapshot(people.keys.subject_hash("customer-2"))
    assert snapshot.consents["assistant"] == "withdrawn"
    assert snapshot.opt_outs == ("personalization",)
    events = [record["event"] for record in _audit(people)]
    assert events[-2:] == ["portal.consent_withdrawn", "portal.opted_out"]
    for record in _audit(people):
        assert "customer-2" not in json.dumps(record)


def _card(page: str, anchor: str) -> str:
    card = page[page.index(f'id="{anchor}"') :]
    return html.unescape(card[: card.index("</article>")])


def test_an_objection_says_what_it_stops_and_what_continues(people: People) -> None:
    with people.client() as client:
        csrf = people.sign_in(client, "customer-7")
        client.post(
            "/portal/fr/opt-outs", data={"csrf": csrf, "kind": "profiling", "action": "object"}
        )
        page = client.get("/portal/fr/").text

    profiling = _card(page, "opt-out-profiling")
    assert (
        "Votre opposition arrête : Recherche dans les documents, Offres personnalisées,"
        " Étude de crédit." in profiling
    )
    assert "Continuent : Assistant conversationnel, Recherche visuelle, Service client" in profiling
    # The purposes it stops say so; the others are untouched.
    assert 'data-state="stopped"' in _card(page, "purpose-credit_scoring")
    assert "Arrêté par votre opposition (profilage)" in _card(page, "purpose-credit_scoring")
    assert 'data-state="never_asked"' in _card(page, "purpose-assistant")
    # No purpose is personalization by itself and no route of these settings declares it.
    assert "Aucun usage actuel n'en relève" in _card(page, "opt-out-personalization")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "Your objection stops: Document search"),
        ("ar", "يوقف تعرضك: "),
    ],
)
def test_the_scope_of_an_objection_is_told_in_each_language(
    people: People, language: str, words: str
) -> None:
    with people.client() as client:
        people.sign_in(client, "customer-8", language)
        page = client.get(f"/portal/{language}/").text
    assert words in _card(page, "opt-out-profiling")


def test_every_portal_answer_carries_the_security_headers(people: People) -> None:
    with people.client() as client:
        answers = [
            client.get(people.link(client, "customer-3")),  # landing
            client.get("/portal/fr/"),  # no session: error page
            client.get("/portal/xx/"),  # unknown language
            client.get("/portal/open/not-a-token"),
            client.get("/portal/static/portal.css"),
        ]
        people.sign_in(client, "customer-3")
        answers += [client.get(f"/portal/ar/{page}") for page in ("", "data", "rights")]
        answers.append(client.get("/portal/en/data.json"))
    assert [a.status_code for a in answers] == [200, 401, 404, 400, 200, 200, 200, 200, 200]
    for answer in answers:
        for name, value in HEADERS.items():
            assert value in answer.headers.get(name, ""), (answer.url, name)


@pytest.mark.parametrize("forged", ["", "x" * 43, "other-session", "jeton-forgé-ٱ"])
def test_forms_without_this_sessions_csrf_token_are_refused(people: People, forged: str) -> None:
    with people.client() as other:
        other_csrf = people.sign_in(other, "customer-4b")
    with people.client() as client:
        people.sign_in(client, "customer-4")
        token = other_csrf if forged == "other-session" else forged
        refused = client.post(
            "/portal/fr/consents",
            data={"csrf": token, "purpose": "assistant", "action": "withdraw"},
        )
    assert refused.status_code == 403
    assert 'data-code="csrf_rejected"' in refused.text
    assert (
        people.runtime.service.ledger.snapshot(people.keys.subject_hash("customer-4")).consents
        == {}
    )


@pytest.mark.parametrize("cookie", ["cndp_portal", "cndp_portal_pre"])
def test_a_forged_cookie_with_other_characters_is_refused_not_a_500(
    people: People, cookie: str
) -> None:
    forged = {"cookie": f"{cookie}=sessión-forgée".encode()}  # raw bytes, as a client may
    with people.client() as client:
        path = people.link(client, "customer-5b")
        client.cookies.clear()
        page = client.get("/portal/fr/", headers=forged)
        opened = client.post(
            "/portal/open",
            data={"token": path.rsplit("/", 1)[1], "csrf": "forgé"},
            headers=forged,
        )
    assert page.status_code == 401
    assert opened.status_code == 403


def test_opening_a_link_needs_the_landing_pages_own_form(people: People) -> None:
    with people.client() as client:
        path = people.link(client, "customer-5")
        token = path.rsplit("/", 1)[1]
        forged = client.post("/portal/open", data={"token": token, "csrf": "x"})
    assert forged.status_code == 403  # login CSRF: the pre-session cookie and token must match


def test_a_session_reaches_only_its_own_subject(people: People) -> None:
    with people.client() as victim:
        people.sign_in(victim, "victim-6")
    with people.client() as client:
        csrf = people.sign_in(client, "customer-6")
        victim_hash = people.keys.subject_hash("victim-6")
        for field in ("subject", "subject_hash", "subject_id"):
            client.post(
                "/portal/fr/consents",
                data={
                    "csrf": csrf,
                    "purpose": "assistant",
                    "action": "withdraw",
                    field: "victim-6",
                },
            )
            client.post(
                "/portal/fr/consents",
                data={
                    "csrf": csrf,
                    "purpose": "assistant",
                    "action": "withdraw",
                    field: victim_hash,
                },
            )
        export = client.get("/portal/fr/data.json").json()
    assert export["subject"]["id"] == "customer-6"
    assert people.runtime.service.ledger.snapshot(victim_hash).consents == {}


def test_a_link_is_single_use_and_its_replay_is_refused(people: People) -> None:
    with people.client() as client:
        path = people.link(client, "customer-7")
        assert people.open(client, path).status_code == 303
    with people.client() as attacker:
        replay = attacker.get(path)
    assert replay.status_code == 410
    assert 'data-code="link_used"' in replay.text
    assert [r["event"] for r in _audit(people)][-1] == "portal.link_opened"


@pytest.mark.parametrize(
    ("mangle", "status", "code"),
    [
        (lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"), 400, "link_invalid"),
        (lambda t: t.split(".")[0], 400, "link_invalid"),
    ],
)
def test_a_tampered_link_shows_an_error_page(
    people: People, mangle, status: int, code: str
) -> None:
    with people.client() as client:
        token = people.link(client, "customer-8").rsplit("/", 1)[1]
        answer = client.get(f"/portal/open/{mangle(token)}")
    assert answer.status_code == status
    assert f'data-code="{code}"' in answer.text


def test_an_expired_link_shows_an_error_page(people: People, tmp_path: Path) -> None:
    key = PortalKeys.from_root(load_or_create_key_file(tmp_path / "keys" / "master.key")).link
    with write_session(people.engine) as session:
        subject_hash = ensure_subject(session=session, keys=people.keys, subject="customer-9")
        expired = issue_link(
            session=session,
            key=key,
            subject_hash=subject_hash,
            language="fr",
            ttl=timedelta(minutes=-1),
            issued_by="test",
        )
    with people.client() as client:
        answer = client.get(f"/portal/open/{expired.token}")
    assert answer.status_code == 410
    assert 'data-code="link_expired"' in answer.text
    assert "Ce lien a expiré" in answer.text


def test_links_are_rate_limited_per_link_and_per_address(tmp_path: Path) -> None:
    people = build_people(tmp_path, PortalSettings(rate_limit_per_link=3, rate_limit_per_ip=5))
    with people.client() as client:
        path = people.link(client, "customer-10")
        per_link = [client.get(path).status_code for _ in range(4)]
        guesses = [
            client.get(f"/portal/open/{'A' * 22}.1.{'B' * 43}").status_code for _ in range(2)
        ]
    assert per_link == [200, 200, 200, 429]
    assert guesses == [400, 429]  # 5 per address and window
    people.engine.dispose()


def test_erasure_shreds_the_subject_and_ends_every_link_and_session(people: People) -> None:
    with people.client() as other_device:
        people.sign_in(other_device, "customer-11")
        with people.client() as client:
            unused_link = people.link(client, "customer-11")
            csrf = people.sign_in(client, "customer-11")
            erased = client.post("/portal/fr/erasure", data={"csrf": csrf, "confirm": "yes"})
            after = client.get("/portal/fr/")
            link_after = client.get(unused_link)
            new_link = client.post(
                "/api/v1/portal-links", json={"subject": "customer-11"}, headers=people.auth
            )
        other_after = other_device.get("/portal/fr/data")
    assert erased.status_code == 200
    assert "Vos données ont été effacées le" in erased.text
    assert after.status_code == 401  # the erasure page told this browser to forget its cookie
    assert [link_after.status_code, other_after.status_code] == [410, 410]
    assert 'data-code="subject_erased"' in other_after.text
    assert new_link.status_code == 410
    assert new_link.json()["error"]["code"] == "subject_erased"
    assert people.runtime.service.erasure_of(people.keys.subject_hash("customer-11")) is not None
    events = [r["event"] for r in _audit(people)]
    assert "portal.erasure_completed" in events
    assert events.index("portal.rights_requested") < events.index("portal.erasure_completed")


def test_erasure_needs_the_confirmation_box(people: People) -> None:
    with people.client() as client:
        csrf = people.sign_in(client, "customer-12")
        refused = client.post("/portal/fr/erasure", data={"csrf": csrf})
    assert refused.status_code == 422
    assert people.runtime.service.erasure_of(people.keys.subject_hash("customer-12")) is None


def test_a_rectification_request_gets_its_deadline(people: People) -> None:
    with people.client() as client:
        csrf = people.sign_in(client, "customer-13", language="ar")
        page = client.post(
            "/portal/ar/rights",
            data={"csrf": csrf, "kind": "rectification", "details": "اسمي مكتوب بشكل خاطئ"},
        )
    assert page.status_code == 200
    assert "توصلنا بطلبك. الجواب قبل" in page.text
    assert 'data-kind="rectification"' in page.text
    requests = people.runtime.service.requests_of(people.keys.subject_hash("customer-13"))
    assert [(r.kind, r.status) for r in requests] == [("rectification", "open")]


def test_the_download_is_the_access_export(people: People) -> None:
    with people.client() as client:
        csrf = people.sign_in(client, "customer-14")
        client.post(
            "/portal/fr/consents", data={"csrf": csrf, "purpose": "assistant", "action": "withdraw"}
        )
        download = client.get("/portal/fr/data.json")
    assert download.headers["content-disposition"] == 'attachment; filename="my-data.json"'
    document = download.json()
    assert document["format"] == "cndp-guard/subject-export/v1"
    assert document["consents"]["current"] == {"assistant": "withdrawn"}
    assert json.loads(document["consents"]["history"][0]["evidence"])["via"] == "portal"
    assert {"portal.link_opened", "portal.consent_withdrawn"} <= {
        a["event"] for a in document["activity"]
    }


def test_no_url_carries_personal_data(people: People) -> None:
    subject = "Nadia.ElFassi@example.ma"
    subject_hash = people.keys.subject_hash(subject)
    seen: list[str] = []
    with people.client() as client:
        csrf = people.sign_in(client, subject)
        responses = [
            client.post(
                "/portal/fr/consents",
                data={"csrf": csrf, "purpose": "assistant", "action": "withdraw"},
            ),
            client.post(
                "/portal/fr/opt-outs", data={"csrf": csrf, "kind": "marketing", "action": "object"}
            ),
            client.get("/portal/fr/data"),
            client.post(
                "/portal/fr/rights", data={"csrf": csrf, "kind": "review", "details": subject}
            ),
        ]
        for response in responses:
            seen += [str(r.url) for r in [*response.history, response]]
            seen += re.findall(r'(?:href|action)="([^"]+)"', response.text)
    for url in seen:
        assert subject.lower() not in url.lower(), url
        assert subject_hash not in url, url


def test_logs_carry_no_personal_data(people: People) -> None:
    subject = "canary-subject-Qm3x"
    with structlog.testing.capture_logs() as logs, people.client() as client:
        csrf = people.sign_in(client, subject)
        client.post(
            "/portal/fr/rights",
            data={"csrf": csrf, "kind": "review", "details": "canary-words-Zt8"},
        )
        client.post("/portal/fr/erasure", data={"csrf": csrf, "confirm": "yes"})
    # The erasure logs its event: the capture saw the requests whose logs it checks.
    assert "consent.subject_erased" in [entry["event"] for entry in logs]
    assert "canary" not in repr(logs)


def test_cookies_are_secure_and_host_prefixed_over_https(people: People) -> None:
    with people.client(base_url="https://privacy.example.ma") as client:
        opened = people.open(client, people.link(client, "customer-15"))
    cookie = opened.headers["set-cookie"]
    assert "__Host-cndp_portal=" in cookie
    session_cookie = cookie.split("__Host-cndp_portal=")[1].split(",")[0]
    for attribute in ("Secure", "HttpOnly", "SameSite=strict", "Path=/"):
        assert attribute in session_cookie


def test_pages_render_within_50_ms_of_server_time(people: People) -> None:
    with people.client() as client:
        people.sign_in(client, "customer-16")
        timings = []
        for page in ("", "data", "rights") * 10:
            answer = client.get(f"/portal/fr/{page}")
            timings.append(float(answer.headers["server-timing"].split("dur=")[1]))
    assert statistics.median(timings) < 50, timings


def test_the_language_switch_keeps_the_page(people: People) -> None:
    with people.client() as client:
        people.sign_in(client, "customer-17")
        page = client.get("/portal/fr/rights")
    links = re.findall(r'href="(/portal/(?:fr|ar|en)/rights)" lang="(\w\w)"', page.text)
    assert links == [
        ("/portal/fr/rights", "fr"),
        ("/portal/ar/rights", "ar"),
        ("/portal/en/rights", "en"),
    ]
    assert CSRF.search(page.text)


def test_the_controller_named_in_the_settings_appears_on_every_page(tmp_path: Path) -> None:
    from compliance.portal import Controller

    controller = Controller(
        name="Banque Atlas SA", contact="dpo@atlas.example.ma", cndp_receipt="D-123"
    )
    people = build_people(tmp_path, PortalSettings(controller=controller))
    with people.client() as client:
        people.sign_in(client, "customer-18")
        page = client.get("/portal/fr/").text
    assert "Banque Atlas SA utilise des services" in page
    assert "Responsable du traitement : Banque Atlas SA · Contact : dpo@atlas.example.ma" in page
    assert "Récépissé CNDP : D-123" in page
    people.engine.dispose()
