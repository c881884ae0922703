"""Only an opaque X-Request-Id is kept: it reaches logs, the audit trail and the upstream."""

from __future__ import annotations

import re

import pytest

from compliance.proxy.routes import request_id_of

FRESH = re.compile(r"[0-9a-f]{32}")


@pytest.mark.parametrize(
    "kept",
    [
        "3f2a9c1e-7b4d-4e8a-9f61-0c2d5e7a8b90",  # a UUID
        "4bf92f3577b34da6a3ce929d0e0e4736",  # a W3C trace id
        "00000000deadbeef",
    ],
)
def test_an_opaque_id_is_kept(kept: str) -> None:
    assert request_id_of(kept) == kept


@pytest.mark.parametrize(
    "replaced",
    [
        None,
        "",
        "Youssef El Amrani",
        "youssef.elamrani@example.ma",
        "+212661234567",
        "0661234567",
        "011519000001205000534921",  # a RIB: digits only
        "BE873214",  # a CIN
        "MA64011519000001205000534921",  # an IBAN
        "abcdef",  # too short to be an id
        "a" * 65,
        "3f2a9c1e-7b4d-4e8a-9f61-0c2d5e7a8b90\n",
    ],
)
def test_anything_else_is_replaced_by_a_fresh_id(replaced: str | None) -> None:
    fresh = request_id_of(replaced)
    assert fresh != replaced
    assert FRESH.fullmatch(fresh)
