"""Erasure by crypto-shredding: the data stays, unreadable; the audit trail still verifies."""

from __future__ import annotations

import pytest
import structlog
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from compliance.consent import ConsentLedger, SubjectErased, erase_subject, load_purposes
from compliance.crypto import FileKeyProvider, KeyRing
from compliance.store import write_session
from compliance.store.models import DataSubject
from compliance.subjects import SubjectKeys
from compliance.trail import AuditLog
from tests.consent.test_purposes import ASSISTANT

SUBJECT = "erase-me-5512"
EVIDENCE = "signed form #88 of Salma Idrissi"


@pytest.fixture
def ledger(engine: Engine, subject_keys: SubjectKeys) -> ConsentLedger:
    return ConsentLedger(
        engine=engine, keys=subject_keys, purposes=load_purposes([ASSISTANT]), check_interval=0
    )


def test_after_erasure_nothing_of_the_subject_decrypts_and_the_audit_still_verifies(
    ledger: ConsentLedger,
    engine: Engine,
    subject_keys: SubjectKeys,
    provider: FileKeyProvider,
    keyring: KeyRing,
) -> None:
    subject = subject_keys.subject_hash(SUBJECT)
    event = ledger.record_consent(
        subject=SUBJECT,
        purpose="assistant",
        state="granted",
        channel="paper",
        source="branch:casa-01",
        evidence=EVIDENCE,
    )
    subject_keys.pseudonym_key(subject)
    audit = AuditLog(engine=engine)
    audit.write_batch(
        [{"event": "decision", "subject_hash": subject, "allow": True}] * 3
        + [{"event": "decision", "subject_hash": None, "allow": False}]
    )
    assert ledger.consent_evidence(event_id=event.id) == EVIDENCE

    with structlog.testing.capture_logs() as logs:
        erasure = ledger.erase(subject=SUBJECT)
    assert erasure.subject_hash == subject
    assert erasure.erased_at.tzinfo is not None
    assert [entry["event"] for entry in logs] == ["consent.subject_erased"]
    assert SUBJECT not in repr(logs)

    with pytest.raises(SubjectErased):
        ledger.consent_evidence(event_id=event.id)
    with pytest.raises(SubjectErased):
        subject_keys.pseudonym_key(subject)
    fresh = SubjectKeys(engine=engine, provider=provider, keyring=keyring)
    with pytest.raises(SubjectErased):
        fresh.pseudonym_key(subject)
    with Session(engine) as session:
        sealed_id = session.get(DataSubject, subject)
        assert sealed_id is not None
        with pytest.raises(SubjectErased):
            fresh.decrypt(
                session=session,
                subject_hash=subject,
                ciphertext=bytes(sealed_id.subject_id_enc),
                table="data_subject",
                column="subject_id",
                row=subject,
            )
    with pytest.raises(SubjectErased):
        ledger.record_consent(
            subject=SUBJECT, purpose="assistant", state="granted", channel="web", source="s"
        )
    with pytest.raises(SubjectErased):
        ledger.set_opt_out(subject=SUBJECT, kind="marketing", channel="web", source="s")

    assert audit.verify() == []
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM subject_key")).scalar_one() == 0
        columns = conn.execute(text("SELECT * FROM erasure_event")).mappings().one()
    assert set(columns) == {"subject_hash", "erased_at"}


def test_erasure_is_idempotent_and_other_subjects_are_untouched(
    ledger: ConsentLedger, engine: Engine, subject_keys: SubjectKeys
) -> None:
    other = subject_keys.subject_hash("someone-else")
    kept = subject_keys.pseudonym_key(other)
    ledger.record_consent(
        subject=SUBJECT, purpose="assistant", state="granted", channel="web", source="s"
    )
    with write_session(engine) as session:
        first = erase_subject(session=session, keys=subject_keys, subject=SUBJECT)
    with write_session(engine) as session:
        again = erase_subject(session=session, keys=subject_keys, subject=SUBJECT)
    assert again.erased_at == first.erased_at
    assert subject_keys.pseudonym_key(other) == kept
    assert dict(ledger.snapshot(subject_keys.subject_hash(SUBJECT)).consents) == {
        "assistant": "granted"
    }
