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
from compliance.crypto import KeyRing
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
        metrics: Metrics,
    ) -> None:
        self._detector = detector
        self._pdp = pdp
        self._audit = audit
        self._minimizer = minimizer
        self._keys = keys
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
        self, ctx: RequestContext, entities: dict[str, int], sensitive: list[str]
    ) -> Decision:
        started = time.perf_counter()
        policy_input = build_policy_input(
            subject_hash=ctx.subject_hash,
            consents={},
            opt_outs=[],
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

    async def inspect(
        self, ctx: RequestContext, payload: Any, slots: Sequence[TextSlot], *, raw: bytes
    ) -> Guarded:
        """Detect, decide and audit; minimize if allowed; raise ``PolicyDenied`` if not."""
        texts = [get_at(payload, slot.path) for slot in slots]
        spans = await self._detect(texts)
        found = Counter(s.entity_type for text_spans in spans for s in text_spans)
        sensitive = sorted(t for t in found if t in SENSITIVE_ENTITIES)
        entities = {t: n for t, n in sorted(found.items()) if t not in SENSITIVE_ENTITIES}
        decision = self._decide(ctx, entities, sensitive)

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
                "entities": entities,
                "sensitive": sensitive,
                "allow": decision.allow,
                "reasons": list(decision.reason_codes),
                "actions": {t: decision.action_for(t) for t in sorted(found)},
                "policy_version": decision.policy_version,
                "request_digest": self._keys.request_digest(raw),
            }
        )
        self._metrics.stage_seconds.labels("audit").observe(time.perf_counter() - started)
        for entity_type, count in found.items():
            self._metrics.entities.labels(entity_type).inc(count)
        if not decision.allow:
            for code in decision.reason_codes:
                self._metrics.denials.labels(code).inc()
            raise PolicyDenied(
                "the request was refused by policy: " + ", ".join(decision.reason_codes),
                reasons=decision.reason_codes,
            )

        pseudonyms = PseudonymMap(key=self._keys.pseudonym_key(ctx.subject_hash))
        minimized = self._minimizer.minimize(
            texts,
            spans,
            decision=decision,
            pseudonyms=pseudonyms,
            hash_key=self._keys.pseudonym_key(ctx.subject_hash),
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
