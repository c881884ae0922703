"""Portal links: signed, expiring, single-use, bound to one subject; on both databases."""

from __future__ import annotations

import secrets
import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from compliance.consent import ConsentLedger, ensure_subject
from compliance.crypto import SubjectErased
from compliance.people.links import PortalKeys, check_link, consume_link, issue_link
from compliance.portal import LinkExpired, LinkInvalid, LinkUsed
from compliance.store import write_session
from compliance.subjects import SubjectKeys

KEY = PortalKeys.from_root(secrets.token_bytes(32)).link
WEEK = timedelta(days=7)


def _issue(engine: Engine, keys: SubjectKeys, subject: str, ttl: timedelta = WEEK) -> str:
    with write_session(engine) as session:
        subject_hash = ensure_subject(session=session, keys=keys, subject=subject)
        return issue_link(
            session=session,
            key=KEY,
            subject_hash=subject_hash,
            language="fr",
            ttl=ttl,
            issued_by="t",
        ).token


def _consume(engine: Engine, token: str, now: datetime | None = None) -> str:
    with write_session(engine) as session:
        return consume_link(session=session, key=KEY, token=token, now=now).subject_hash


def test_a_link_opens_once_for_its_own_subject(engine: Engine, subject_keys: SubjectKeys) -> None:
    token = _issue(engine, subject_keys, "customer-1")
    assert _consume(engine, token) == subject_keys.subject_hash("customer-1")
    with pytest.raises(LinkUsed):  # a replay, or the same link forwarded to someone else
        _consume(engine, token)


def _edit(token: str, part: int, replacement: str) -> str:
    parts = token.split(".")
    parts[part] = replacement
    return ".".join(parts)


@pytest.mark.parametrize(
    "tamper",
    [
        # malformed
        lambda t: "",
        lambda t: t + "x",
        lambda t: t.replace(".", "-"),
        # a bit of the MAC flipped
        lambda t: _edit(t, 2, ("A" if t.split(".")[2][0] != "A" else "B") + t.split(".")[2][1:]),
        # a later expiry, same MAC
        lambda t: _edit(t, 1, str(int(t.split(".")[1]) + 86_400)),
        # an unknown id, same MAC
        lambda t: _edit(t, 0, "A" * 22),
    ],
    ids=["empty", "trailing", "separators", "mac", "expiry", "id"],
)
def test_a_tampered_link_is_invalid(engine: Engine, subject_keys: SubjectKeys, tamper) -> None:
    token = _issue(engine, subject_keys, "customer-2")
    with pytest.raises(LinkInvalid):
        _consume(engine, tamper(token))
    assert _consume(engine, token)  # the genuine link still works


def test_a_mac_moved_onto_another_subjects_link_is_invalid(
    engine: Engine, subject_keys: SubjectKeys
) -> None:
    mine = _issue(engine, subject_keys, "customer-3")
    theirs = _issue(engine, subject_keys, "customer-4")
    forged = _edit(mine, 0, theirs.split(".")[0])
    forged = _edit(forged, 1, theirs.split(".")[1])
    with pytest.raises(LinkInvalid):
        _consume(engine, forged)


def test_an_expired_link_is_refused(engine: Engine, subject_keys: SubjectKeys) -> None:
    token = _issue(engine, subject_keys, "customer-5", ttl=timedelta(minutes=5))
    with pytest.raises(LinkExpired):
        _consume(engine, token, now=datetime.now(UTC) + timedelta(minutes=6))


def test_a_link_of_an_erased_subject_is_refused_with_410(
    engine: Engine, subject_keys: SubjectKeys
) -> None:
    token = _issue(engine, subject_keys, "customer-6")
    ConsentLedger(engine=engine, keys=subject_keys).erase(subject="customer-6")
    with pytest.raises(SubjectErased) as refused:
        _consume(engine, token)
    assert refused.value.status == 410


def test_checking_a_link_does_not_use_it(engine: Engine, subject_keys: SubjectKeys) -> None:
    token = _issue(engine, subject_keys, "customer-7")
    with write_session(engine) as session:
        check_link(session=session, key=KEY, token=token)
    assert _consume(engine, token)


def test_of_two_concurrent_openings_only_one_wins(
    engine: Engine, subject_keys: SubjectKeys
) -> None:
    token = _issue(engine, subject_keys, "customer-8")
    outcomes: list[str] = []
    barrier = threading.Barrier(4)

    def race() -> None:
        barrier.wait()
        try:
            _consume(engine, token)
            outcomes.append("opened")
        except LinkUsed:
            outcomes.append("refused")

    threads = [threading.Thread(target=race) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["opened", "refused", "refused", "refused"]


def test_the_database_holds_neither_the_token_nor_its_mac(
    engine: Engine, subject_keys: SubjectKeys
) -> None:
    token = _issue(engine, subject_keys, "customer-9")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM portal_link")).all()
    stored = repr(rows)
    assert token.split(".")[2] not in stored
    assert "customer-9" not in stored
