"""The audit trail's signing keys on the service side: where the file lives, the
public keys kept in the database, and rotation.

Every replica loads (or, on first run, creates) the Ed25519 private key file
beside the root key file; replicas that do not share the file simply sign with
keys of their own. Each public key is recorded in ``audit_signing_key`` the first
time it signs, and never removed: exports publish all of them, so a checkpoint
stays verifiable after its key is rotated out.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select
from sqlalchemy.engine import Engine

from audit import (
    AuditTrailError,
    PublicKey,
    SigningKey,
    load_or_create_signing_key,
    load_signing_key,
    replace_signing_key,
    utc_now,
)
from audit.checkpoint import parse_time
from compliance.core.errors import ConfigError
from compliance.store.models.audit_record import AuditSigningKey

if TYPE_CHECKING:
    from compliance.core.settings import Settings

SIGNING_KEY_NAME = "audit-signing.key"
_KEYS = AuditSigningKey.__table__  # type: ignore[attr-defined]


def default_signing_key_path(key_file: Path) -> Path:
    """``audit-signing.key`` beside the root key file (``settings.key_file``)."""
    return key_file.parent / SIGNING_KEY_NAME


def signing_key_path(settings: Settings, override: Path | None = None) -> Path:
    """``override`` (``--signing-key``), else ``audit.signing_key_file``, else the default."""
    if override is not None:
        return override
    return settings.audit.signing_key_file or default_signing_key_path(settings.key_file)


def load_signer(path: Path) -> SigningKey:
    """The sidecar's signing key, created (0600) on first run; a ``ConfigError`` names the fix."""
    try:
        return load_or_create_signing_key(path)
    except AuditTrailError as exc:
        raise ConfigError(str(exc)) from None


def register_public_key(connection: Connection, key: PublicKey) -> None:
    """Record ``key`` unless it is already known (inside the caller's transaction)."""
    known = connection.execute(select(_KEYS.c.key_id).where(_KEYS.c.key_id == key.key_id)).first()
    if known is not None:
        return
    created = parse_time(key.created_at) if key.created_at else datetime.now(UTC)
    connection.execute(
        _KEYS.insert().values(
            key_id=key.key_id,
            public_key=key.raw,
            created_at=created,
            endorsed_by=key.endorsed_by,
            endorsed_at=key.created_at if key.endorsed_by else None,
            endorsement=key.endorsement,
        )
    )


def load_public_keys(connection: Connection) -> list[PublicKey]:
    """Every public key that ever signed for this log, oldest first."""
    rows = connection.execute(select(_KEYS).order_by(_KEYS.c.created_at)).all()
    keys: list[PublicKey] = []
    for row in rows:
        created: datetime = row.created_at
        keys.append(
            PublicKey(
                key_id=row.key_id,
                raw=bytes(row.public_key),
                created_at=row.endorsed_at
                or created.isoformat(timespec="microseconds").replace("+00:00", "Z"),
                endorsed_by=row.endorsed_by,
                endorsement=bytes(row.endorsement) if row.endorsement is not None else None,
            )
        )
    return keys


def rotate_signing_key(*, engine: Engine, path: Path) -> tuple[str, str]:
    """Replace the key in ``path`` by a new one that the old one endorses.

    The new public key and its endorsement are committed before the file changes,
    so no checkpoint is ever signed by an unpublished key. Replicas keep signing
    with the key they loaded until restarted; both keys stay verifiable.
    Returns ``(old_key_id, new_key_id)``.
    """
    old = load_signing_key(path)
    new = SigningKey.generate()
    endorsed = old.endorse(new, time=utc_now())
    with engine.begin() as connection:
        register_public_key(connection, old.public_key(created_at=utc_now()))
        register_public_key(connection, endorsed)
    replace_signing_key(path, new)
    return old.key_id, new.key_id
