"""Nothing a client writes is stored in clear: the source of a choice is sealed like the rest.

A host application names the system that collected a consent, an objection or a rights
request in its own words (``source``), and may put a person's name there: it is sealed
under the subject's key, bound to its row, readable through the ledger and unreadable
after erasure. The clear columns hold codes from fixed lists only (``CHANNELS``).
Rows an older version wrote in clear are sealed by ``seal_clear_sources`` (run by
``cndp-guard db upgrade``). Both databases.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import select

from compliance.consent import ConsentLedger
from compliance.consent.errors import ConsentError
from compliance.consent.records import CHANNELS, seal_clear_sources
from compliance.people import rights
from compliance.store import read_session, write_session
from compliance.store.models import ConsentEvent, OptOutEvent, RightsRequest
from compliance.subjects import SubjectKeys

SUBJECT = "customer-sources-1"
SOURCE = "Karim Benali (agence Casa-Anfa)"  # what a host application should not, but may, write


@pytest.fixture
def ledger(engine: Engine, subject_keys: SubjectKeys) -> ConsentLedger:
    return ConsentLedger(engine=engine, keys=subject_keys, check_interval=0.0)


def _raw(engine: Engine, table: str) -> list[tuple[object, bytes | None]]:
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT source, source_enc FROM {table}"))  # noqa: S608
        return [(source, bytes(sealed) if sealed is not None else None) for source, sealed in rows]


def _clear(value: bytes | None) -> bool:
    return value is not None and SOURCE.encode() in value


def test_the_source_of_a_consent_or_an_objection_is_sealed(
    engine: Engine, ledger: ConsentLedger
) -> None:
    consent = ledger.record_consent(
        subject=SUBJECT, purpose="assistant", state="granted", channel="web", source=SOURCE
    )
    objection = ledger.set_opt_out(subject=SUBJECT, kind="marketing", channel="web", source=SOURCE)

    assert consent.source == objection.source == SOURCE  # the writer gets it back
    for table in ("consent_event", "opt_out_event"):
        [(clear, sealed)] = _raw(engine, table)
        assert clear is None
        assert sealed is not None
        assert not _clear(sealed)
    assert [e.source for e in ledger.consent_history(subject=SUBJECT)] == [SOURCE]
    assert [e.source for e in ledger.opt_out_history(subject=SUBJECT)] == [SOURCE]


def test_the_source_of_a_rights_request_is_sealed(
    engine: Engine, subject_keys: SubjectKeys
) -> None:
    with write_session(engine) as session:
        submitted = rights.submit_request(
            session=session,
            keys=subject_keys,
            subject=SUBJECT,
            kind="access",
            channel="email",
            source=SOURCE,
            tz=ZoneInfo("Africa/Casablanca"),
        )
    [(clear, sealed)] = _raw(engine, "rights_request")
    assert submitted.source == SOURCE
    assert clear is None
    assert not _clear(sealed)
    with read_session(engine) as session:
        [listed] = rights.list_requests(session=session, keys=subject_keys)
        [unkeyed] = rights.list_requests(session=session)
    assert listed.source == SOURCE
    assert unkeyed.source is None  # without the keys, nothing to show


def test_after_erasure_the_source_is_unreadable(engine: Engine, ledger: ConsentLedger) -> None:
    ledger.record_consent(
        subject=SUBJECT, purpose="assistant", state="granted", channel="web", source=SOURCE
    )
    ledger.erase(subject=SUBJECT)

    [event] = ledger.consent_history(subject=SUBJECT)
    assert event.source is None
    assert event.purpose == "assistant"  # the controller's proof of past processing stays


def test_a_channel_off_the_list_is_refused_without_being_echoed(ledger: ConsentLedger) -> None:
    with pytest.raises(ConsentError) as raised:
        ledger.record_consent(
            subject=SUBJECT, purpose="assistant", state="granted", channel="karim", source="crm"
        )
    assert "karim" not in raised.value.message
    assert ", ".join(CHANNELS) in raised.value.message


def test_sources_an_older_version_kept_in_clear_are_sealed(
    engine: Engine, ledger: ConsentLedger, subject_keys: SubjectKeys
) -> None:
    consent = ledger.record_consent(
        subject=SUBJECT, purpose="assistant", state="granted", channel="web", source="x"
    )
    objection = ledger.set_opt_out(subject=SUBJECT, kind="profiling", channel="web", source="x")
    with write_session(engine) as session:
        request = rights.submit_request(
            session=session,
            keys=subject_keys,
            subject=SUBJECT,
            kind="access",
            channel="web",
            source="x",
            tz=ZoneInfo("Africa/Casablanca"),
        )
    # As rows written before migration 0005 are: the source in clear, nothing sealed.
    with write_session(engine) as session:
        for model, row_id in (
            (ConsentEvent, consent.id),
            (OptOutEvent, objection.id),
            (RightsRequest, request.id),
        ):
            row = session.exec(select(model).where(model.id == row_id)).one()
            row.source, row.source_enc = SOURCE, None
            session.add(row)

    with write_session(engine) as session:
        assert seal_clear_sources(session=session, keys=subject_keys) == 3
    with write_session(engine) as session:
        assert seal_clear_sources(session=session, keys=subject_keys) == 0  # idempotent

    for table in ("consent_event", "opt_out_event", "rights_request"):
        [(clear, sealed)] = _raw(engine, table)
        assert clear is None
        assert sealed is not None
        assert not _clear(sealed)
    assert [e.source for e in ledger.consent_history(subject=SUBJECT)] == [SOURCE]
    assert [e.source for e in ledger.opt_out_history(subject=SUBJECT)] == [SOURCE]


def test_an_erased_subjects_clear_source_is_dropped_not_kept(
    engine: Engine, ledger: ConsentLedger, subject_keys: SubjectKeys
) -> None:
    consent = ledger.record_consent(
        subject=SUBJECT, purpose="assistant", state="granted", channel="web", source="x"
    )
    with write_session(engine) as session:
        row = session.exec(select(ConsentEvent).where(ConsentEvent.id == consent.id)).one()
        row.source, row.source_enc = SOURCE, None
        session.add(row)
    ledger.erase(subject=SUBJECT)

    with write_session(engine) as session:
        assert seal_clear_sources(session=session, keys=subject_keys) == 1
    assert _raw(engine, "consent_event") == [(None, None)]
