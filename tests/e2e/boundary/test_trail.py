"""The trail holds nothing a client wrote, and tells the truth about what left.

Canaries go in every header and in fields of every kind; then the audit export,
the processing register and the database files are searched for them, through
the same views as the wire (folded, digits only).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import httpx
import pytest
import yaml
from sqlalchemy import create_engine, text

from tests.conftest import EXE
from tests.e2e.boundary.canaries import CIN, EMAIL, NAME, PHONE, Wire, recoverable
from tests.e2e.boundary.cases import ALL

pytestmark = pytest.mark.slow

HEADERS = {
    "X-Purpose": f"{EMAIL} {PHONE}",
    "X-Original-Purpose": f"{CIN} {PHONE}",
    "X-Request-Id": f"{CIN}-{PHONE}",
    "OpenAI-Organization": f"org-{PHONE}",
    "X-Custom": f"{EMAIL}",
    "Authorization": f"Bearer {PHONE}",
    "User-Agent": f"{CIN}",
}
BODY = {
    "model": "m",
    "messages": [{"role": "user", "content": ALL, "name": "Karim_Benali"}],
    "metadata": {EMAIL: ALL},
    "user": EMAIL,
    "tools": [{"type": "function", "function": {"name": "f", "description": ALL}}],
}


def _found_in(blob: str) -> list[str]:
    return recoverable([Wire("", "", [], blob.encode())])


def test_no_client_text_reaches_the_trail_the_export_or_the_register(
    sidecar, tmp_path: Path
) -> None:
    with sidecar() as url:
        for route, headers in (("llm", HEADERS), ("llm", {}), ("us", HEADERS)):
            response = httpx.post(
                f"{url}/{route}/v1/chat/completions", json=BODY, headers=headers, timeout=60
            )
            assert response.status_code in (200, 403)
        # an undeclared purpose is refused, and recorded as a placeholder with its digest
        refused = httpx.post(
            f"{url}/llm/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": "hi"}]},
            headers={"X-Purpose": f"{NAME} {PHONE}"},
            timeout=60,
        )
        assert refused.status_code == 403
    config = tmp_path / "cndp.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "routes": {"llm": {"upstream": "http://127.0.0.1:9", "country": "MA"}},
                "database": f"sqlite:///{tmp_path}/cndp.db",
                "key_file": str(tmp_path / "keys" / "master.key"),
            }
        )
    )
    export = tmp_path / "export"
    export.mkdir()
    register = tmp_path / "register"
    for command in (
        ["audit", "export", "--config", str(config), "--out", str(export), "--no-progress"],
        ["audit", "register", "--config", str(config), "--out", str(register)],
    ):
        done = subprocess.run([EXE, *command], capture_output=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr.decode()[-2000:]
    engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
    with engine.connect() as conn:
        bodies = [row[0] for row in conn.execute(text("SELECT body FROM audit_record"))]
    engine.dispose()
    records = [json.loads(body) for body in bodies]
    purposes = {r.get("purpose") for r in records if r.get("event") == "decision"}
    assert "(undeclared)" in purposes
    assert all(r.get("purpose_digest") for r in records if r.get("purpose") == "(undeclared)")
    assert _found_in("\n".join(b.decode("utf-8", "replace") for b in bodies)) == []
    for directory in (export, register):
        files = [p for p in directory.rglob("*") if p.is_file()]
        assert files
        blob = "\n".join(p.read_bytes().decode("utf-8", "replace") for p in files)
        assert _found_in(blob) == []
    database = b"".join(p.read_bytes() for p in tmp_path.glob("cndp.db*"))
    assert _found_in(database.decode("utf-8", "replace")) == []


def test_a_request_that_never_left_is_completed_as_not_forwarded(sidecar, tmp_path) -> None:
    with sidecar() as url:
        response = httpx.post(
            f"{url}/down/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": "Bonjour"}]},
            timeout=60,
        )
        assert response.status_code == 502
    engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT event, body FROM audit_record ORDER BY seq")).all()
    engine.dispose()
    events = [(event, json.loads(body)) for event, body in rows]
    assert [e for e, _ in events] == ["decision", "completion"]
    decision, completion = events[0][1], events[1][1]
    assert decision["allow"] is True
    assert "forwarded_to" not in decision
    assert completion["request_id"] == decision["request_id"]
    assert completion["outcome"] == "not_forwarded"
    assert completion["reason"] == "upstream_unreachable"


def test_every_decision_is_audited_when_the_decision_is_remembered(sidecar, tmp_path) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "Je suis Karim Benali"}]}
    with sidecar() as url:
        for _ in range(3):  # the same input: decided once, recorded three times
            response = httpx.post(f"{url}/llm/v1/chat/completions", json=body, timeout=60)
            assert response.status_code == 200
    engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT body FROM audit_record WHERE event = 'decision'")).all()
    engine.dispose()
    decisions = [json.loads(row[0]) for row in rows]
    assert len(decisions) == 3
    assert len({d["request_id"] for d in decisions}) == 3
    assert len({d["policy_version"] for d in decisions}) == 1
