"""Steps 2–7 of DESIGN.md for one payload: context, detect, decide, audit, minimize.

Nothing here speaks HTTP. The guard returns the minimized payload and the
request's reverse pseudonym map, or raises; any exception means nothing is
forwarded (fail closed). The decision is audited, allowed or denied, before the
caller gets to forward anything.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import structlog

from compliance.config import Route
from compliance.consent import ConsentLedger, ConsentSnapshot
from compliance.crypto import KeyRing, SubjectErased, SubjectKeys
from compliance.detect.types import SENSITIVE_ENTITIES, Detector, Span
from compliance.errors import DetectionError, PolicyDenied, PolicyError
from compliance.metrics import Metrics
from compliance.minimize import Minimizer, PseudonymMap
from compliance.policy.input import build_policy_input
from compliance.policy.types import Decision, PolicyDecisionPoint
from compliance.proxy.adapters import TextSlot, get_at, set_at
from compliance.store.audit_log import AuditLog

log = structlog.get_logger(__name__)


@dataclass(frozen=True, slots=True)
class RequestContext:
    request_id: str
    route_name: str
    route: Route
    kind: str
    purpose: str
    subject_hash: str | None


@dataclass(frozen=True, slots=True)
class Guarded:
    payload: Any
    decision: Decision
    reverse: dict[str, str]
    entities: dict[str, int]


class Guard:
    def __init__(
        self,
        *,
        detector: Detector,
        pdp: PolicyDecisionPoint,
        audit: AuditLog,
        minimizer: Minimizer,
        keys: KeyRing,
        subject_keys: SubjectKeys,
        ledger: ConsentLedger,
        metrics: Metrics,
    ) -> None:
        self._detector = detector
        self._pdp = pdp
        self._audit = audit
        self._minimizer = minimizer
        self._keys = keys
        self._subject_keys = subject_keys
        self._ledger = ledger
        self._metrics = metrics

    async def _detect(self, texts: Sequence[str]) -> list[list[Span]]:
        started = time.perf_counter()
        try:
            spans = await asyncio.to_thread(self._detector.analyze, texts)
        except DetectionError:
            raise
        except Exception as exc:  # fail closed on anything the detector did not expect
            raise DetectionError(f"detection failed: {type(exc).__name__}") from None
        self._metrics.stage_seconds.labels("detect").observe(time.perf_counter() - started)
        return spans

    def _decide(
        self,
        ctx: RequestContext,
        entities: dict[str, int],
        sensitive: list[str],
        snapshot: ConsentSnapshot,
    ) -> Decision:
        started = time.perf_counter()
        policy_input = build_policy_input(
            subject_hash=ctx.subject_hash,
            consents=snapshot.consents,
            opt_outs=snapshot.opt_outs,
            purpose=ctx.purpose,
            route=ctx.route_name,
            country=ctx.route.country,
            provider=ctx.route.provider,
            kind=ctx.kind,
            entities=entities,
            sensitive=sensitive,
        )
        try:
            decision = self._pdp.decide(policy_input)
        except PolicyError:
            raise
        except Exception as exc:
            raise PolicyError(f"policy evaluation failed: {type(exc).__name__}") from None
        self._metrics.stage_seconds.labels("policy").observe(time.perf_counter() - started)
        return decision

    async def _record(self, ctx: RequestContext, raw: bytes, **fields: Any) -> None:
        """Append the decision to the audit trail; returns once it is committed."""
        started = time.perf_counter()
        await self._audit.append(
            {
                "event": "decision",
                "request_id": ctx.request_id,
                "route": ctx.route_name,
                "kind": ctx.kind,
                "destination_country": ctx.route.country,
                "provider": ctx.route.provider,
                "purpose": ctx.purpose,
                "subject_hash": ctx.subject_hash,
                "request_digest": self._keys.request_digest(raw),
                **fields,
            }
        )
        self._metrics.stage_seconds.labels("audit").observe(time.perf_counter() - started)

    async def inspect(
        self, ctx: RequestContext, payload: Any, slots: Sequence[TextSlot], *, raw: bytes
    ) -> Guarded:
        """Detect, decide and audit; minimize if allowed; raise ``PolicyDenied`` if not."""
        try:
            subject_key = await self._subject_keys.apseudonym_key(ctx.subject_hash)
        except SubjectErased:
            # An erased subject's data is not processed again; the refusal is audited too.
            await self._record(ctx, raw, allow=False, reasons=["subject.erased"])
            self._metrics.denials.labels("subject.erased").inc()
            raise
        texts = [get_at(payload, slot.path) for slot in slots]
        spans = await self._detect(texts)
        found = Counter(s.entity_type for text_spans in spans for s in text_spans)
        sensitive = sorted(t for t in found if t in SENSITIVE_ENTITIES)
        entities = {t: n for t, n in sorted(found.items()) if t not in SENSITIVE_ENTITIES}
        snapshot = await self._ledger.asnapshot(ctx.subject_hash)
        decision = self._decide(ctx, entities, sensitive, snapshot)
        await self._record(
            ctx,
            raw,
            entities=entities,
            sensitive=sensitive,
            allow=decision.allow,
            reasons=list(decision.reason_codes),
            actions={t: decision.action_for(t) for t in sorted(found)},
            policy_version=decision.policy_version,
        )
        for entity_type, count in found.items():
            self._metrics.entities.labels(entity_type).inc(count)
        if not decision.allow:
            for code in decision.reason_codes:
                self._metrics.denials.labels(code).inc()
            raise PolicyDenied(
                "the request was refused by policy: " + ", ".join(decision.reason_codes),
                reasons=decision.reason_codes,
            )

        pseudonyms = PseudonymMap(key=subject_key)
        minimized = self._minimizer.minimize(
            texts, spans, decision=decision, pseudonyms=pseudonyms, hash_key=subject_key
        )
        for slot, text in zip(slots, minimized, strict=True):
            set_at(payload, slot.path, text)
        log.debug(
            "guard.inspected",
            request_id=ctx.request_id,
            texts=len(texts),
            entities=entities,
            sensitive=sensitive,
            pseudonyms=len(pseudonyms),
            policy_version=decision.policy_version,
        )
        return Guarded(payload, decision, pseudonyms.reverse, entities)
