"""What a host application writes in its own words never lands in clear in the database.

Over real HTTP, a consent, an objection and a rights request carry a name in ``source``
(and the request in ``details``); the SQLite file, its WAL and its shared memory hold
none of it, the API reads it back to the controller, and all three files are 0600.
"""

from __future__ import annotations

import stat
from pathlib import Path

import httpx

from tests.conftest import LoopbackServer
from tests.portal.fixtures import People

NAME = "Youssef El Amrani"


def _database_bytes(tmp_path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in tmp_path.glob("cndp.db*")}


def test_free_text_of_the_api_is_sealed_and_the_files_are_private(
    people: People, tmp_path: Path
) -> None:
    with LoopbackServer(people.app) as server, httpx.Client(base_url=server.url) as client:
        source = f"agent {NAME}"
        answers = [
            client.post(
                "/api/v1/consents",
                json={
                    "subject": "customer-9",
                    "purpose": "assistant",
                    "state": "granted",
                    "channel": "phone",
                    "source": source,
                },
                headers=people.auth,
            ),
            client.post(
                "/api/v1/opt-outs",
                json={"subject": "customer-9", "kind": "marketing", "source": source},
                headers=people.auth,
            ),
            client.post(
                "/api/v1/rights-requests",
                json={
                    "subject": "customer-9",
                    "kind": "access",
                    "source": source,
                    "details": f"I am {NAME}",
                },
                headers=people.auth,
            ),
        ]
        looked_up = client.post(
            "/api/v1/consents/lookup", json={"subject": "customer-9"}, headers=people.auth
        ).json()
        listed = client.get("/api/v1/rights-requests", headers=people.auth).json()
        files = _database_bytes(tmp_path)  # read while the sidecar holds the WAL open

    assert [a.status_code for a in answers] == [201, 201, 201], [a.text for a in answers]
    assert looked_up["history"][0]["source"] == source  # read back, decrypted
    assert looked_up["opt_out_history"][0]["source"] == source
    assert listed[0]["source"] == source
    assert {"cndp.db", "cndp.db-wal"} <= set(files)
    for name, content in files.items():
        assert NAME.encode() not in content, name
        assert "Amrani".encode("utf-16-le") not in content, name
    for path in tmp_path.glob("cndp.db*"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_a_channel_off_the_list_gets_422(people: People) -> None:
    with LoopbackServer(people.app) as server, httpx.Client(base_url=server.url) as client:
        answer = client.post(
            "/api/v1/consents",
            json={
                "subject": "customer-9",
                "purpose": "assistant",
                "state": "granted",
                "channel": "youssef",
                "source": "crm",
            },
            headers=people.auth,
        )
    assert answer.status_code == 422
    assert "youssef" not in answer.text
