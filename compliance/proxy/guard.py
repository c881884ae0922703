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
from sqlalchemy.exc import SQLAlchemyError

from compliance.config import Route
from compliance.consent import ConsentLedger, ConsentSnapshot
from compliance.crypto import KeyRing, SubjectErased, SubjectKeys
from compliance.detect.types import SENSITIVE_ENTITIES, Detector, Span
from compliance.errors import DetectionError, PolicyDenied, PolicyError, StoreUnavailable
from compliance.metrics import Metrics
from compliance.minimize import Minimizer, PseudonymMap
from compliance.policy import Attempt, Destination, choose_destination
from compliance.policy.input import build_policy_input
from compliance.policy.types import Decision, PolicyDecisionPoint
from compliance.proxy.adapters import TextSlot, get_at, set_at
from compliance.store.audit_log import AuditLog

log = structlog.get_logger(__name__)

# The ledger purpose under which a subject consents to transfers abroad (art. 44 derogation).
TRANSFER_CONSENT_PURPOSE = "cross_border_transfer"


def _canonical(value: Any) -> Any:
    """Policy obligations as audit-safe JSON: the audit encoding has no floats."""
    if isinstance(value, float):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class RequestContext:
    request_id: str
    route_name: str
    route: Route
    kind: str
    purpose: str
    subject_hash: str | None
    fallbacks: tuple[tuple[str, Route], ...] = ()
    original_purpose: str | None = None


@dataclass(frozen=True, slots=True)
class Guarded:
    payload: Any
    decision: Decision
    reverse: dict[str, str]
    entities: dict[str, int]
    route_name: str  # where to forward: the requested route or the fallback the policy chose


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

    async def _decide(
        self,
        ctx: RequestContext,
        entities: dict[str, int],
        sensitive: list[str],
        snapshot: ConsentSnapshot,
    ) -> tuple[str, Decision, tuple[Attempt, ...]]:
        """The policy's decision for the route, or for the first fallback it allows."""
        started = time.perf_counter()
        route = ctx.route
        policy_input = build_policy_input(
            subject_hash=ctx.subject_hash,
            consents=snapshot.consents,
            opt_outs=snapshot.opt_outs,
            purpose=ctx.purpose,
            route=ctx.route_name,
            country=route.country,
            provider=route.provider,
            kind=ctx.kind,
            entities=entities,
            sensitive=sensitive,
            # Explicit consent to a transfer abroad is a consent like others, in the ledger.
            explicit_consent=snapshot.consents.get(TRANSFER_CONSENT_PURPOSE) == "granted",
            cndp_authorization=route.transfer.cndp_authorization,
            derogation=route.transfer.derogation,
            evidence=route.transfer.evidence,
            hosting_country=route.hosting_country,
            original_purpose=ctx.original_purpose,
            automated_decision=route.decision.automated,
            legal_effect=route.decision.legal_effect,
            human_review=route.decision.human_review,
        )
        candidates = [
            Destination(name, r.country, r.provider, r.hosting_country)
            for name, r in ((ctx.route_name, route), *ctx.fallbacks)
        ]
        try:
            chosen = await asyncio.to_thread(
                choose_destination, self._pdp, policy_input, candidates
            )
        except PolicyError:
            raise
        except Exception as exc:
            raise PolicyError(f"policy evaluation failed: {type(exc).__name__}") from None
        self._metrics.stage_seconds.labels("policy").observe(time.perf_counter() - started)
        return chosen

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
                "hosting_country": ctx.route.hosting_country,
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
        except SQLAlchemyError:
            raise StoreUnavailable("the subject key store is unavailable") from None
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
        try:
            snapshot = await self._ledger.asnapshot(ctx.subject_hash)
        except SQLAlchemyError:
            raise StoreUnavailable("the consent ledger is unavailable") from None
        route_name, decision, tried = await self._decide(ctx, entities, sensitive, snapshot)
        forwarded = dict(ctx.fallbacks).get(route_name, ctx.route)
        await self._record(
            ctx,
            raw,
            forwarded_to=route_name if decision.allow else None,
            forwarded_country=forwarded.country if decision.allow else None,
            tried=[
                {
                    "route": a.route,
                    "allow": a.decision.allow,
                    "reasons": list(a.decision.reason_codes),
                }
                for a in tried
            ],
            obligations=_canonical(dict(decision.obligations)),
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
        return Guarded(payload, decision, pseudonyms.reverse, entities, route_name)
