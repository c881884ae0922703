"""Nothing personal in clear at rest or in logs: the SQLite files and a pg_dump are searched."""

from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import structlog
from sqlalchemy.engine import Engine

from compliance.consent import ConsentLedger, load_purposes
from compliance.crypto import FileKeyProvider
from compliance.subjects import SubjectKeys, rotate_keys
from tests.consent.test_purposes import ASSISTANT

CANARY_SUBJECT = "canary-subject-Zk9QvT"
CANARY_EVIDENCE = "canary-evidence-Xq7WmP signed by Nadia El Fassi"
CANARIES = (CANARY_SUBJECT.encode(), CANARY_EVIDENCE.encode(), b"Nadia El Fassi")


def _exercise(engine: Engine, keys: SubjectKeys, provider: FileKeyProvider) -> None:
    ledger = ConsentLedger(engine=engine, keys=keys, purposes=load_purposes([ASSISTANT]))
    with structlog.testing.capture_logs() as logs:
        subject = keys.subject_hash(CANARY_SUBJECT)
        keys.pseudonym_key(subject)
        for state in ("granted", "withdrawn", "granted"):
            ledger.record_consent(
                subject=CANARY_SUBJECT,
                purpose="assistant",
                state=state,  # type: ignore[arg-type]
                channel="web",
                source="crm:form",
                evidence=CANARY_EVIDENCE,
            )
        ledger.set_opt_out(subject=CANARY_SUBJECT, kind="marketing", channel="web", source="s")
        ledger.snapshot(subject)
        rotate_keys(engine=engine, provider=provider)
    assert not [c for c in CANARIES if c.decode() in repr(logs)]


def _dump(engine: Engine, tmp_path: Path) -> bytes:
    if engine.dialect.name == "sqlite":
        database = Path(str(engine.url.database))
        return b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*"))
    url = engine.url.render_as_string(hide_password=False).replace("+psycopg", "")
    options = parse_qs(urlsplit(url).query)["options"][0]
    schema = options.removeprefix("-csearch_path=")
    return subprocess.run(
        ["pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-n", schema, "test"],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout


def test_subject_ids_and_evidence_never_reach_the_disk_in_clear(
    engine: Engine, subject_keys: SubjectKeys, provider: FileKeyProvider, tmp_path: Path
) -> None:
    _exercise(engine, subject_keys, provider)
    engine.dispose()
    dump = _dump(engine, tmp_path)
    assert b"consent_event" in dump  # the dump really holds the tables
    assert [c for c in CANARIES if c in dump] == []
    assert subject_keys.subject_hash(CANARY_SUBJECT).encode() in dump  # only the blind index
