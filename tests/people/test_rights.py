"""Rights requests: the art. 8 deadline of 10 clear days, due and overdue lists, sealed details."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from compliance.consent import ConsentLedger
from compliance.crypto import SubjectErased
from compliance.people.rights import (
    due_requests,
    get_request,
    request_details,
    resolve_request,
    submit_request,
)
from compliance.portal import FormError, RightsRequestClosed, art8_deadline
from compliance.store import read_session, write_session
from compliance.store.models import RightsRequestPublic
from compliance.subjects import SubjectKeys

MA = ZoneInfo("Africa/Casablanca")


@pytest.mark.parametrize(
    ("received", "last_day"),
    [
        # received day D does not count, nor does D+10 (dies ad quem): answer by the end of D+11
        (datetime(2026, 6, 1, 9, 0, tzinfo=MA), "2026-06-12"),
        # late in the evening: still day D in Morocco
        (datetime(2026, 6, 1, 23, 30, tzinfo=MA), "2026-06-12"),
        # 23:30 UTC on 1 June is already 2 June in Casablanca (UTC+1)
        (datetime(2026, 6, 1, 23, 30, tzinfo=UTC), "2026-06-13"),
        # across a month end
        (datetime(2026, 1, 25, 12, 0, tzinfo=MA), "2026-02-05"),
        # no extension for a weekend: 13 June 2026 is a Saturday
        (datetime(2026, 6, 2, 12, 0, tzinfo=MA), "2026-06-13"),
    ],
)
def test_the_deadline_is_the_end_of_the_eleventh_day_in_morocco(
    received: datetime, last_day: str
) -> None:
    deadline = art8_deadline(received, tz=MA).astimezone(MA)
    assert deadline.date().isoformat() == last_day
    assert (deadline.hour, deadline.minute, deadline.second) == (23, 59, 59)


def _submit(engine: Engine, keys: SubjectKeys, **kwargs) -> RightsRequestPublic:
    with write_session(engine) as session:
        return submit_request(
            session=session, keys=keys, channel="web", source="test", tz=MA, **kwargs
        )


def test_due_and_overdue_requests_are_listed_nearest_deadline_first(
    engine: Engine, subject_keys: SubjectKeys
) -> None:
    now = datetime.now(UTC)
    old = _submit(engine, subject_keys, subject="a", kind="erasure", now=now - timedelta(days=13))
    soon = _submit(engine, subject_keys, subject="b", kind="access", now=now - timedelta(days=9))
    later = _submit(engine, subject_keys, subject="c", kind="rectification", now=now)
    closed = _submit(engine, subject_keys, subject="d", kind="review", now=now - timedelta(days=20))
    with write_session(engine) as session:
        resolve_request(session=session, request_id=closed.id, outcome="completed")
    with read_session(engine) as session:
        found = due_requests(session=session, within=timedelta(days=3), now=now)
    assert [r.id for r in found.overdue] == [old.id]
    assert [r.id for r in found.due] == [soon.id]
    assert later.id not in {r.id for r in found.due}


def test_a_rejection_needs_a_reason_code_and_a_request_closes_once(
    engine: Engine, subject_keys: SubjectKeys
) -> None:
    request = _submit(engine, subject_keys, subject="e", kind="access")
    with write_session(engine) as session, pytest.raises(FormError):
        resolve_request(
            session=session, request_id=request.id, outcome="rejected", reason="because"
        )
    with write_session(engine) as session:
        done = resolve_request(
            session=session, request_id=request.id, outcome="rejected", reason="manifestly_abusive"
        )
    assert (done.status, done.outcome) == ("rejected", "manifestly_abusive")
    with write_session(engine) as session, pytest.raises(RightsRequestClosed):
        resolve_request(session=session, request_id=request.id, outcome="completed")


def test_what_the_person_wrote_is_sealed_and_unreadable_after_erasure(
    engine: Engine, subject_keys: SubjectKeys
) -> None:
    words = "Mon nom est Nadia El Fassi, pas Nadia El Fasi"
    request = _submit(engine, subject_keys, subject="f", kind="rectification", details=words)
    with engine.connect() as conn:
        assert "Nadia" not in repr(conn.execute(text("SELECT * FROM rights_request")).all())
    with read_session(engine) as session:
        row = get_request(session=session, request_id=request.id)
        assert request_details(session=session, keys=subject_keys, row=row) == words
    ConsentLedger(engine=engine, keys=subject_keys).erase(subject="f")
    with read_session(engine) as session:
        row = get_request(session=session, request_id=request.id)
        with pytest.raises(SubjectErased):
            request_details(session=session, keys=subject_keys, row=row)


def test_an_unknown_kind_of_right_is_refused(engine: Engine, subject_keys: SubjectKeys) -> None:
    with pytest.raises(FormError, match="portability"):
        _submit(engine, subject_keys, subject="g", kind="portability")
