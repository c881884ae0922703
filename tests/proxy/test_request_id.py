"""The request id is the sidecar's own: a caller's X-Request-Id is text, never kept or forwarded."""

from __future__ import annotations

import re

from compliance.proxy.routes import new_request_id

FRESH = re.compile(r"[0-9a-f]{32}")


def test_every_request_gets_a_fresh_opaque_id() -> None:
    ids = {new_request_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(FRESH.fullmatch(i) for i in ids)
