"""The demo's application token: minted once, kept under ``var/``, printed in the examples.

The proxy routes need an application token (``proxy.auth: token``), and the demo stays
two commands: ``serve --demo`` mints one with ``proxy:*`` and ``subjects:assert`` the
first time, keeps it in ``var/demo.token`` (0600) and reuses it while it is live.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from compliance.api import create_api_token
from compliance.callers.errors import InvalidToken
from compliance.callers.tokens import verify_api_token
from compliance.core.errors import ConfigError
from compliance.core.settings import Settings
from compliance.store import make_engine, read_session, upgrade

DEMO_SCOPES = ("proxy:*", "subjects:assert")


def demo_token(settings: Settings, path: Path) -> str:
    """The live demo token kept at ``path``, minted (and written 0600) when there is none.

    Raises:
        ConfigError: The database or the file cannot be used.
    """
    engine = make_engine(settings.database)
    try:
        upgrade(engine)
        if path.exists():
            token = path.read_text(encoding="utf-8").strip()
            try:
                with read_session(engine) as session:
                    verify_api_token(session=session, token=token)
                return token
            except InvalidToken:
                pass  # revoked, expired or from another database: mint a new one
        token = create_api_token(engine=engine, name="demo", scopes=DEMO_SCOPES)
    except (SQLAlchemyError, OSError) as exc:
        raise ConfigError(f"cannot prepare the demo token: {type(exc).__name__}") from None
    finally:
        engine.dispose()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(token + "\n")
    except OSError as exc:
        raise ConfigError(f"cannot write the demo token to {path}: {exc.strerror}") from None
    return token
