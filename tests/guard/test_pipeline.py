"""The fail-closed core: when detection, the policy or the audit trail fails, nothing leaves.

The guard is built from its real parts (Presidio, the embedded Rego engine, the audit
trail and the ledger on the test database); each failure is the part's own, at its edge:
the language models cannot be loaded, the policy engine raises, the trail's database is
unreachable. A guard that raises returns no body: the proxy has nothing to forward.
"""

from __future__ import annotations

import asyncio
import copy
import secrets
from typing import Any, NoReturn

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from compliance.consent import ConsentLedger
from compliance.core.errors import AuditError, DetectionError, PolicyError
from compliance.core.metrics import Metrics
from compliance.core.settings import DEFAULT_POLICY_DIR, Route
from compliance.crypto import KeyRing
from compliance.detect import PresidioDetector
from compliance.detect import engine as engine_module
from compliance.guard.adapters import OPENAI_ENDPOINTS, extract
from compliance.guard.context import RequestContext
from compliance.guard.pipeline import Guard, Guarded
from compliance.minimize import Minimizer
from compliance.policy.embedded import EmbeddedPolicy
from compliance.store import make_engine
from compliance.store.models import AuditRecord
from compliance.subjects import SubjectKeys
from compliance.trail.log import AuditLog

pytestmark = pytest.mark.slow

PHONE = "0661234567"
PAYLOAD: dict[str, Any] = {
    "model": "assistant",
    "messages": [{"role": "user", "content": f"Rappelez Karim Benali au {PHONE} demain."}],
}
ROUTE = Route(upstream="http://127.0.0.1:9", country="MA")
UNREACHABLE_DATABASE = "postgresql://postgres@127.0.0.1:9/none?connect_timeout=2"


@pytest.fixture(scope="module")
def detector() -> PresidioDetector:
    detector = PresidioDetector()
    detector.warm_up()
    return detector


@pytest.fixture
def pdp() -> EmbeddedPolicy:
    return EmbeddedPolicy(policy_dir=DEFAULT_POLICY_DIR, reload_interval=None)


def build_guard(
    *,
    engine: Engine,
    subject_keys: SubjectKeys,
    detector: PresidioDetector,
    pdp: EmbeddedPolicy,
    audit: AuditLog | None = None,
) -> Guard:
    return Guard(
        detector=detector,
        pdp=pdp,
        audit=audit or AuditLog(engine=engine),
        minimizer=Minimizer(),
        keys=KeyRing(root_key=secrets.token_bytes(32)),
        subject_keys=subject_keys,
        ledger=ConsentLedger(engine=engine, keys=subject_keys),
        metrics=Metrics(),
    )


def inspect(guard: Guard) -> Guarded:
    kind, shape = OPENAI_ENDPOINTS["chat/completions"]
    ctx = RequestContext(
        request_id="0" * 32,
        route_name="llm",
        route=ROUTE,
        kind=kind,
        purpose="assistant",
        subject_hash=None,
    )
    payload = copy.deepcopy(PAYLOAD)  # minimized in place
    return asyncio.run(guard.inspect(ctx, payload, extract(shape, payload), raw=b"{}"))


def trail_size(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(AuditRecord)).scalar_one())


def test_a_guard_whose_parts_work_returns_the_minimized_body_after_recording_it(
    engine: Engine, subject_keys: SubjectKeys, detector: PresidioDetector, pdp: EmbeddedPolicy
) -> None:
    guarded = inspect(
        build_guard(engine=engine, subject_keys=subject_keys, detector=detector, pdp=pdp)
    )
    assert guarded.decision.allow
    assert PHONE.encode() not in guarded.body
    assert guarded.entities.get("PHONE_NUMBER") == 1
    assert trail_size(engine) == 1  # the decision, committed before the body is returned


def test_detection_failing_is_a_detection_error_and_nothing_is_forwarded_or_recorded(
    engine: Engine,
    subject_keys: SubjectKeys,
    pdp: EmbeddedPolicy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing(language: str) -> NoReturn:
        raise OSError(f"[E050] Can't find model for {language}")

    monkeypatch.setattr(engine_module, "load_pipeline", missing)
    guard = build_guard(
        engine=engine, subject_keys=subject_keys, detector=PresidioDetector(), pdp=pdp
    )
    with pytest.raises(DetectionError, match=r"^detection failed: OSError$") as caught:
        inspect(guard)
    assert caught.value.status == 503
    assert trail_size(engine) == 0  # no decision was taken, so none is on record


def test_policy_failing_is_a_policy_error_and_nothing_is_forwarded_or_recorded(
    engine: Engine,
    subject_keys: SubjectKeys,
    detector: PresidioDetector,
    pdp: EmbeddedPolicy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(policy_input: Any) -> NoReturn:
        raise RuntimeError("the engine's own failure")

    monkeypatch.setattr(pdp, "decide", broken)
    guard = build_guard(engine=engine, subject_keys=subject_keys, detector=detector, pdp=pdp)
    with pytest.raises(PolicyError, match=r"^policy evaluation failed: RuntimeError$") as caught:
        inspect(guard)
    assert caught.value.status == 503
    assert trail_size(engine) == 0


def test_the_audit_trail_failing_is_an_audit_error_and_nothing_is_forwarded(
    engine: Engine, subject_keys: SubjectKeys, detector: PresidioDetector, pdp: EmbeddedPolicy
) -> None:
    unreachable = make_engine(UNREACHABLE_DATABASE)
    try:
        guard = build_guard(
            engine=engine,
            subject_keys=subject_keys,
            detector=detector,
            pdp=pdp,
            audit=AuditLog(engine=unreachable),
        )
        with pytest.raises(AuditError) as caught:
            inspect(guard)
    finally:
        unreachable.dispose()
    assert caught.value.status == 503
    assert caught.value.code == "audit_unavailable"
