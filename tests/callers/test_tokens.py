"""Host-application tokens: created once, stored hashed, scoped, revocable; on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from compliance.api import (
    SCOPES,
    InvalidToken,
    create_api_token,
    list_api_tokens,
    revoke_api_token,
    verify_api_token,
)
from compliance.core.errors import ConfigError
from compliance.store import read_session


def _verify(engine: Engine, token: str | None, now: datetime | None = None) -> str:
    with read_session(engine) as session:
        return verify_api_token(session=session, token=token, now=now).name


def test_a_token_is_shown_once_and_stored_only_as_a_hash(engine: Engine) -> None:
    token = create_api_token(engine=engine, name="crm-prod", scopes=["consents:write"])
    assert token.startswith("cgk_")
    assert len(token) > 50
    with engine.connect() as conn:
        stored = repr(conn.execute(text("SELECT * FROM api_token")).all())
    assert token not in stored
    assert token.split("_", 2)[2] not in stored
    assert _verify(engine, token) == "crm-prod"


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: None,
        lambda t: "",
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # wrong secret
        lambda t: "cgk_000000000000_" + t.split("_", 2)[2],  # unknown id
        lambda t: "xyz" + t[3:],  # wrong prefix
        lambda t: t + "x" * 100,  # too long
    ],
    ids=["none", "empty", "secret", "id", "prefix", "long"],
)
def test_a_wrong_token_is_refused(engine: Engine, mangle) -> None:
    token = create_api_token(engine=engine, name="crm", scopes=["rights:read"])
    with pytest.raises(InvalidToken):
        _verify(engine, mangle(token))


def test_revoked_and_expired_tokens_are_refused(engine: Engine) -> None:
    revoked = create_api_token(engine=engine, name="old", scopes=["rights:read"])
    token_id = revoked.split("_")[1]
    assert revoke_api_token(engine=engine, token_id=token_id)
    assert not revoke_api_token(engine=engine, token_id=token_id)
    with pytest.raises(InvalidToken):
        _verify(engine, revoked)
    expiring = create_api_token(
        engine=engine, name="temp", scopes=["rights:read"], expires_in=timedelta(hours=1)
    )
    assert _verify(engine, expiring) == "temp"
    with pytest.raises(InvalidToken):
        _verify(engine, expiring, now=datetime.now(UTC) + timedelta(hours=2))


@pytest.mark.parametrize("scopes", [[], ["admin"], ["consents:write", "everything"]])
def test_unknown_or_missing_scopes_are_refused(engine: Engine, scopes: list[str]) -> None:
    with pytest.raises(ConfigError, match="scopes"):
        create_api_token(engine=engine, name="x", scopes=scopes)


def test_tokens_are_listed_without_secrets(engine: Engine) -> None:
    create_api_token(engine=engine, name="a", scopes=SCOPES)
    create_api_token(engine=engine, name="b", scopes=["portal:link", "consents:read"])
    listed = list_api_tokens(engine=engine)
    assert sorted(t.name for t in listed) == ["a", "b"]
    assert {t.scopes for t in listed} >= {"consents:read portal:link"}
    assert not any(hasattr(t, "secret_hash") for t in listed)
