"""The consent ledger on both databases: append-only history, snapshots, cache invalidation."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from compliance.consent import (
    EMPTY_SNAPSHOT,
    ConsentError,
    ConsentLedger,
    UnknownPurpose,
    load_purposes,
)
from compliance.crypto import FileKeyProvider, KeyRing
from compliance.subjects import SubjectKeys
from tests.consent.test_purposes import ASSISTANT

SUBJECT = "client-7731"
PURPOSES = load_purposes([ASSISTANT, {**ASSISTANT, "name": "personalization"}])


@pytest.fixture
def ledger(engine: Engine, subject_keys: SubjectKeys) -> ConsentLedger:
    return ConsentLedger(engine=engine, keys=subject_keys, purposes=PURPOSES, check_interval=60)


def grant(ledger: ConsentLedger, purpose: str = "assistant", **extra: str) -> None:
    ledger.record_consent(
        subject=SUBJECT,
        purpose=purpose,
        state="granted",
        channel="web",
        source="crm:signup",
        **extra,  # type: ignore[arg-type]
    )


def test_a_withdrawal_is_a_new_row_and_the_snapshot_follows_it(ledger: ConsentLedger) -> None:
    subject = ledger._keys.subject_hash(SUBJECT)
    assert ledger.snapshot(subject) is EMPTY_SNAPSHOT
    grant(ledger)
    assert dict(ledger.snapshot(subject).consents) == {"assistant": "granted"}
    ledger.record_consent(
        subject=SUBJECT, purpose="assistant", state="withdrawn", channel="mobile", source="app"
    )
    assert dict(ledger.snapshot(subject).consents) == {"assistant": "withdrawn"}
    history = ledger.consent_history(subject=SUBJECT)
    assert [(e.state, e.channel) for e in history] == [("granted", "web"), ("withdrawn", "mobile")]
    assert history[0].recorded_at.tzinfo is not None
    assert history[0].subject_hash == subject


def test_never_asked_is_the_absence_of_a_record(ledger: ConsentLedger) -> None:
    assert ledger.consent_state(subject=SUBJECT, purpose="assistant") == "never_asked"
    grant(ledger)
    assert ledger.consent_state(subject=SUBJECT, purpose="assistant") == "granted"
    assert ledger.consent_state(subject=SUBJECT, purpose="personalization") == "never_asked"


def test_opt_outs_are_events_too_and_can_be_lifted(ledger: ConsentLedger) -> None:
    subject = ledger._keys.subject_hash(SUBJECT)
    ledger.set_opt_out(subject=SUBJECT, kind="marketing", channel="portal", source="opt-out")
    ledger.set_opt_out(subject=SUBJECT, kind="profiling", channel="portal", source="opt-out")
    assert ledger.snapshot(subject).opt_outs == ("marketing", "profiling")
    ledger.set_opt_out(
        subject=SUBJECT, kind="marketing", channel="portal", source="opt-out", opted_out=False
    )
    assert ledger.snapshot(subject).opt_outs == ("profiling",)
    assert [e.opted_out for e in ledger.opt_out_history(subject=SUBJECT)] == [True, True, False]


def test_a_declared_purpose_can_be_objected_to(ledger: ConsentLedger) -> None:
    ledger.set_opt_out(subject=SUBJECT, kind="personalization", channel="web", source="s")
    assert ledger.snapshot(ledger._keys.subject_hash(SUBJECT)).opt_outs == ("personalization",)


def test_evidence_is_sealed_and_opened_on_request(ledger: ConsentLedger, engine: Engine) -> None:
    grant(ledger, evidence="checkbox v3 ticked at 10:02 by Karim Benali")
    event = ledger.consent_history(subject=SUBJECT)[0]
    assert "evidence" not in type(event).model_fields
    assert ledger.consent_evidence(event_id=event.id) == (
        "checkbox v3 ticked at 10:02 by Karim Benali"
    )
    with engine.connect() as conn:
        sealed = conn.execute(text("SELECT evidence_enc FROM consent_event")).scalar_one()
    assert b"Karim" not in bytes(sealed)


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        ({"purpose": "marketing-x"}, UnknownPurpose, "purpose 'marketing-x' is not declared"),
        ({"state": "maybe"}, ConsentError, "state 'maybe' is not recorded"),
        ({"channel": "Web Form"}, ConsentError, "channel is not one of api, email"),
        (
            {"channel": "karim-benali"},
            ConsentError,
            "channel is not one of",
        ),  # a slug is no channel
        ({"source": ""}, ConsentError, "source must be 1 to 128 printable characters"),
        ({"subject": ""}, ConsentError, "subject is empty"),
    ],
)
def test_malformed_consents_are_refused_and_nothing_is_recorded(
    ledger: ConsentLedger, change: dict[str, str], error: type[Exception], message: str
) -> None:
    arguments = {
        "subject": SUBJECT,
        "purpose": "assistant",
        "state": "granted",
        "channel": "web",
        "source": "crm",
        **change,
    }
    with pytest.raises(error, match=message):
        ledger.record_consent(**arguments)  # type: ignore[arg-type]
    assert ledger.consent_history(subject=SUBJECT) == []


def test_an_unknown_opt_out_kind_is_refused(ledger: ConsentLedger) -> None:
    with pytest.raises(ConsentError, match="opt-out kind 'newsletter' is unknown"):
        ledger.set_opt_out(subject=SUBJECT, kind="newsletter", channel="web", source="s")


def test_a_change_made_by_another_process_reaches_the_cache_within_the_interval(
    engine: Engine, provider: FileKeyProvider, keyring: KeyRing
) -> None:
    def process() -> ConsentLedger:
        keys = SubjectKeys(engine=engine, provider=provider, keyring=keyring)
        return ConsentLedger(engine=engine, keys=keys, purposes=PURPOSES, check_interval=0.05)

    serving, portal = process(), process()
    subject = keyring.subject_hash(SUBJECT)
    grant(portal)
    assert dict(serving.snapshot(subject).consents) == {"assistant": "granted"}
    portal.record_consent(
        subject=SUBJECT, purpose="assistant", state="withdrawn", channel="web", source="portal"
    )
    asyncio.run(asyncio.sleep(0.06))
    assert dict(serving.snapshot(subject).consents) == {"assistant": "withdrawn"}


def test_the_cached_snapshot_is_served_without_the_database(
    ledger: ConsentLedger, engine: Engine
) -> None:
    subject = ledger._keys.subject_hash(SUBJECT)
    grant(ledger)
    first = ledger.snapshot(subject)
    engine.dispose()
    with engine.begin() as conn:  # drop the rows behind the cache's back
        conn.execute(text("DELETE FROM consent_event"))
    assert ledger.snapshot(subject) is first
    assert asyncio.run(ledger.asnapshot(subject)) is first
    assert asyncio.run(ledger.asnapshot(None)) is EMPTY_SNAPSHOT
    ledger.invalidate(subject)
    assert ledger.snapshot(subject) is EMPTY_SNAPSHOT


def test_snapshots_cannot_be_changed_by_their_readers(ledger: ConsentLedger) -> None:
    grant(ledger)
    snapshot = ledger.snapshot(ledger._keys.subject_hash(SUBJECT))
    with pytest.raises(TypeError):
        snapshot.consents["assistant"] = "withdrawn"  # type: ignore[index]
