"""Generate the register from the database: observe the trail, build, write JSON and HTML."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from audit import decode, utc_now
from compliance.core.errors import ConfigError
from compliance.core.settings import Settings
from compliance.register.build import TrailFacts, build_register, load_policy_data
from compliance.register.declaration import Declaration
from compliance.register.html import render_html
from compliance.register.i18n import LANGUAGES
from compliance.register.observe import Observer
from compliance.store.models.audit_record import AuditRecord
from compliance.trail.log import AuditLog

_RECORDS = AuditRecord.__table__  # type: ignore[attr-defined]


def _bodies(
    engine: Engine, *, since: datetime | None, until: datetime | None, batch: int = 2000
) -> Iterator[bytes]:
    after = 0
    while True:
        query = select(_RECORDS.c.seq, _RECORDS.c.body).where(_RECORDS.c.seq > after)
        if since is not None:
            query = query.where(_RECORDS.c.created_at >= since)
        if until is not None:
            query = query.where(_RECORDS.c.created_at < until)
        with engine.connect() as connection:
            rows = connection.execute(query.order_by(_RECORDS.c.seq).limit(batch)).all()
        if not rows:
            return
        for _, body in rows:
            yield bytes(body)
        after = int(rows[-1][0])


def _trail_facts(engine: Engine) -> TrailFacts:
    trail = AuditLog(engine=engine)
    checkpoints = trail.checkpoints()
    with engine.connect() as connection:
        records = int(connection.execute(select(func.count()).select_from(_RECORDS)).scalar_one())
    last = max(checkpoints, key=lambda c: c.tree_size).checkpoint if checkpoints else None
    return TrailFacts(
        records=records,
        checkpoints=len(checkpoints),
        last_checkpoint=(
            {"tree_size": last.tree_size, "time": last.time, "key_id": last.key_id}
            if last
            else None
        ),
        key_ids=tuple(key.key_id for key in trail.public_keys()),
    )


def generate_register(
    *,
    engine: Engine,
    settings: Settings,
    declaration: Declaration,
    since: datetime | None = None,
    until: datetime | None = None,
    on_record: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Observe the trail over ``[since, until)`` and build the register document."""
    policy = load_policy_data(settings.policy.directory)
    observer = Observer(roles=policy.roles)
    for count, body in enumerate(_bodies(engine, since=since, until=until), start=1):
        observer.add(decode(body))
        if on_record is not None and count % 1000 == 0:
            on_record(1000)
    return build_register(
        settings=settings,
        observed=observer.observed,
        declaration=declaration,
        policy=policy,
        trail=_trail_facts(engine),
        period={
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
        },
        generated_at=utc_now(),
    )


def write_register(register: dict[str, Any], *, out: Path, languages: Sequence[str]) -> list[Path]:
    """Write ``register.json`` and one ``register.<lang>.html`` per language; return the paths."""
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown:
        raise ConfigError(
            f"language {unknown[0]!r} is not available; use one of {', '.join(LANGUAGES)}"
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create {out}: {exc.strerror}") from None
    written = [out / "register.json"]
    written[0].write_text(
        json.dumps(register, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8"
    )
    for lang in languages:
        path = out / f"register.{lang}.html"
        path.write_text(render_html(register, lang=lang), encoding="utf-8")
        written.append(path)
    return written
