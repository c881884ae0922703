"""Steps 2–7 of DESIGN.md for one payload: context, detect, decide, audit, minimize.

Nothing here speaks HTTP. The guard returns the minimized payload and the
request's reverse pseudonym map, or raises; any exception means nothing is
forwarded (fail closed). The decision is audited, allowed or denied, before the
caller gets to forward anything.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
import structlog
from sqlalchemy.exc import SQLAlchemyError

from compliance.config import Route
from compliance.consent import ConsentLedger, ConsentSnapshot
from compliance.crypto import KeyRing, SubjectErased, SubjectKeys
from compliance.detect.seams import merge_seams, seams
from compliance.detect.types import SENSITIVE_ENTITIES, Detector, Span
from compliance.errors import (
    DetectionError,
    FailClosed,
    PolicyDenied,
    PolicyError,
    StoreUnavailable,
    StructuralValueRefused,
)
from compliance.metrics import Metrics
from compliance.minimize import Minimizer, PseudonymMap, keyed_hash
from compliance.policy import Attempt, Destination, choose_destination
from compliance.policy.input import build_policy_input
from compliance.policy.types import Decision, PolicyDecisionPoint
from compliance.proxy.adapters import (
    Extraction,
    detection_text,
    extract,
    get_at,
    path_name,
    read_slot,
    write_slots,
)
from compliance.proxy.answer import AnswerScanner
from compliance.proxy.shapes import MODEL, Obj
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


MODEL_ONLY = Obj({"model": MODEL}, required=("model",))
UNDECLARED = "(undeclared)"
# API kinds whose texts the upstream reads one by one, never as one document.
_SEPARATE_INPUTS = frozenset(
    {"embeddings", "completion"}
)  # the trail's word for a purpose no one declared


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
    # The calling application (its token's name); None when proxy.auth is none.
    application: str | None = None


@dataclass(frozen=True, slots=True)
class Guarded:
    payload: Any
    body: bytes  # the minimized document, serialized: exactly what leaves
    decision: Decision
    reverse: dict[str, str]
    entities: dict[str, int]
    route_name: str  # where to forward: the requested route or the fallback the policy chose
    key: bytes = b""  # the request's pseudonym key (subject and application), for the answer
    own: str = ""  # the request's texts: what the caller wrote is theirs to see in the answer


def application_key(subject_key: bytes, application: str | None) -> bytes:
    """The pseudonym key of a subject as seen by one application.

    Two applications never share tokens, for the same subject or for anonymous
    requests (whose key is the shared ``anonymous`` one); one application keeps the
    same tokens across requests (conversations, prefix caches rely on it). Erasing
    the subject's key still unlinks every application's tokens.
    """
    if application is None:
        return subject_key
    return hmac.new(subject_key, b"application\x1f" + application.encode(), hashlib.sha256).digest()


class MinimizationFailed(FailClosed):
    status = 503
    code = "minimization_failed"


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
        declared_purposes: frozenset[str] | None = None,
    ) -> None:
        self._declared = declared_purposes
        self._detector = detector
        self._pdp = pdp
        self._audit = audit
        self._minimizer = minimizer
        self._keys = keys
        self._subject_keys = subject_keys
        self._ledger = ledger
        self._metrics = metrics

    async def _detect(
        self, texts: Sequence[str], *, identifiers: Sequence[str] = ()
    ) -> list[list[Span]]:
        """Spans of ``texts``, then of ``identifiers`` (fixed-shape identifiers only)."""
        started = time.perf_counter()
        try:
            spans = await asyncio.to_thread(self._detector.analyze, texts)
            if identifiers:
                spans += await asyncio.to_thread(self._detector.analyze_identifiers, identifiers)
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
            processing_kinds=route.processing,
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

    def _purpose_fields(self, ctx: RequestContext) -> dict[str, Any]:
        """The purposes as the trail may hold them: declared names, or a placeholder and a digest.

        ``X-Purpose`` is the caller's text: an undeclared value could be anything (an
        e-mail, a name), and the trail is append-only, so only its keyed digest is kept.
        """
        fields: dict[str, Any] = {}
        for name, value in (("purpose", ctx.purpose), ("original_purpose", ctx.original_purpose)):
            if value is None:
                continue
            if self._declared is None or value in self._declared:
                fields[name] = value
            else:
                fields[name] = UNDECLARED
                fields[f"{name}_digest"] = self._keys.request_digest(value.encode())
        return fields

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
                **self._purpose_fields(ctx),
                "application": ctx.application,
                "subject_hash": ctx.subject_hash,
                "request_digest": self._keys.request_digest(raw),
                **fields,
            }
        )
        self._metrics.stage_seconds.labels("audit").observe(time.perf_counter() - started)

    async def refused_access(self, *, route: str, reason: str, application: str | None) -> None:
        """Record a proxy request refused before anything was read: no token, or the wrong one.

        ``route`` is a configured route's name or ``(unknown)``; ``application`` the
        token's name when the token is known.
        """
        await self._audit.append(
            {
                "event": "access_refused",
                "route": route,
                "reason": reason,
                "application": application,
            }
        )

    async def complete(self, ctx: RequestContext, *, outcome: str, reason: str) -> None:
        """Complete a request's trail when it failed after its decision was recorded.

        ``outcome`` is ``not_forwarded`` (nothing reached the upstream) or
        ``upstream_failed`` (it may have: a read error or a timeout after sending);
        ``reason`` is the fixed error code. No record then says forwarded alone.
        """
        await self._audit.append(
            {
                "event": "completion",
                "request_id": ctx.request_id,
                "route": ctx.route_name,
                "outcome": outcome,
                "reason": reason,
            }
        )

    async def _scan(
        self, payload: Any, extraction: Extraction, kind: str = "chat"
    ) -> tuple[list[str], list[list[Span]]]:
        """The texts of the payload and their spans, values split between texts included."""
        slots = extraction.slots
        texts = [read_slot(payload, slot) for slot in slots]
        views = [detection_text(slot, text) for slot, text in zip(slots, texts, strict=True)]
        # A model id is not prose: no value runs from it into a neighbour.
        joined = [i for i, slot in enumerate(slots) if slot.role != "model"]
        joined_views = [views[i] for i in joined]
        joints = seams(joined_views)
        # Only the seam read with a space ("Karim" + "Benali") needs the NER; one joined
        # directly ("karim.benali@" + "gmail.com") can only hold an identifier. Inputs the
        # upstream reads one by one (embeddings, completion prompts) are never one
        # sentence: only an identifier split between them is looked for.
        full = [i for i, seam in enumerate(joints) if seam.gap and kind not in _SEPARATE_INPUTS]
        cheap = [i for i in range(len(joints)) if i not in set(full)]
        found = await self._detect(
            [*views, *(joints[i].text for i in full)],
            identifiers=[joints[i].text for i in cheap],
        )
        spans = found[: len(views)]
        by_seam = dict(zip([*full, *cheap], found[len(views) :], strict=True))
        across = merge_seams(
            joined_views, [spans[i] for i in joined], [by_seam[i] for i in range(len(joints))]
        )
        for i, text_spans in zip(joined, across, strict=True):
            spans[i] = text_spans
        for slot, text_spans in zip(slots, spans, strict=True):
            if slot.role == "model" and any(
                s.entity_type not in SENSITIVE_ENTITIES for s in text_spans
            ):
                raise StructuralValueRefused(
                    f"{path_name(slot.path)} must be a model id, and this one holds what reads"
                    " as personal data; use the model's configured name",
                    param=path_name(slot.path),
                )
        return texts, spans

    async def check_model_id(self, model: str) -> None:
        """Refuse a model id (in a path) that is not one, or that holds personal data.

        Raises:
            SchemaError: Not of a model id's shape, or personal data found in it.
        """
        extraction = extract(MODEL_ONLY, {"model": model})
        await self._scan({"model": model}, extraction)

    def _minimized(
        self,
        payload: Any,
        extraction: Extraction,
        texts: list[str],
        spans: list[list[Span]],
        *,
        decision: Decision,
        subject_key: bytes,
    ) -> tuple[bytes, PseudonymMap]:
        """Apply the decision's actions in place and serialize what will leave."""
        pseudonyms = PseudonymMap(key=subject_key)
        minimized = self._minimizer.minimize(
            texts, spans, decision=decision, pseudonyms=pseudonyms, hash_key=subject_key
        )
        write_slots(payload, extraction.slots, minimized)
        for path in extraction.hashed:
            # End-user ids (``user``, ``safety_identifier``) are identifiers: only keyed
            # hashes leave, under the request's subject key (so they never link across).
            parent = get_at(payload, path[:-1])
            parent[path[-1]] = keyed_hash(
                key=subject_key, entity_type="USER", value=parent[path[-1]]
            )
        return orjson.dumps(payload), pseudonyms

    async def inspect(
        self, ctx: RequestContext, payload: Any, extraction: Extraction, *, raw: bytes
    ) -> Guarded:
        """Detect, decide and audit; minimize if allowed; raise ``PolicyDenied`` if not."""
        try:
            subject_key = application_key(
                await self._subject_keys.apseudonym_key(ctx.subject_hash), ctx.application
            )
        except SQLAlchemyError:
            raise StoreUnavailable("the subject key store is unavailable") from None
        except SubjectErased:
            # An erased subject's data is not processed again; the refusal is audited too.
            await self._record(
                ctx, raw, allow=False, reasons=["subject.erased"], refusals=["subject.erased"]
            )
            self._metrics.denials.labels("subject.erased").inc()
            raise
        texts, spans = await self._scan(payload, extraction, ctx.kind)
        found = Counter(s.entity_type for text_spans in spans for s in text_spans)
        sensitive = sorted(t for t in found if t in SENSITIVE_ENTITIES)
        entities = {t: n for t, n in sorted(found.items()) if t not in SENSITIVE_ENTITIES}
        try:
            snapshot = await self._ledger.asnapshot(ctx.subject_hash)
        except SQLAlchemyError:
            raise StoreUnavailable("the consent ledger is unavailable") from None
        route_name, decision, tried = await self._decide(ctx, entities, sensitive, snapshot)
        chosen = dict(ctx.fallbacks).get(route_name, ctx.route)
        record: dict[str, Any] = {
            "chosen_route": route_name if decision.allow else None,
            "chosen_country": chosen.country if decision.allow else None,
            "tried": [
                {
                    "route": a.route,
                    "allow": a.decision.allow,
                    "reasons": list(a.decision.reason_codes),
                }
                for a in tried
            ],
            "obligations": _canonical(dict(decision.obligations)),
            "entities": entities,
            "sensitive": sensitive,
            "allow": decision.allow,
            "reasons": list(decision.reason_codes),
            "refusals": list(decision.refusal_codes),
            "grounds": list(decision.ground_codes),
            "actions": {t: decision.action_for(t) for t in sorted(found)},
            "policy_version": decision.policy_version,
        }
        for entity_type, count in found.items():
            self._metrics.entities.labels(entity_type).inc(count)
        if not decision.allow:
            await self._record(ctx, raw, **record)
            # Only refusals refuse: a ground (lawful_basis.contract) is never counted,
            # shown or audited as one.
            for code in decision.refusal_codes:
                self._metrics.denials.labels(code).inc()
            raise PolicyDenied(
                "the request was refused by policy: " + ", ".join(decision.refusal_codes),
                reasons=decision.refusal_codes,
            )
        # Minimized and serialized before the record, so that once the decision is
        # committed only the upstream can fail; nothing leaves before the commit.
        try:
            body, pseudonyms = self._minimized(
                payload,
                extraction,
                texts,
                spans,
                decision=decision,
                subject_key=subject_key,
            )
        except Exception as exc:
            await self._record(
                ctx, raw, **record, outcome="not_forwarded", reason="minimization_failed"
            )
            raise MinimizationFailed(
                f"minimization failed ({type(exc).__name__}); nothing was forwarded"
            ) from None
        await self._record(ctx, raw, **record)
        log.debug(
            "guard.inspected",
            request_id=ctx.request_id,
            texts=len(texts),
            entities=entities,
            sensitive=sensitive,
            pseudonyms=len(pseudonyms),
            policy_version=decision.policy_version,
        )
        return Guarded(
            payload,
            body,
            decision,
            pseudonyms.reverse,
            entities,
            route_name,
            key=subject_key,
            own="\n".join(texts),
        )

    def answer_scanner(self, guarded: Guarded) -> AnswerScanner:
        """The scanner of this request's answer (step 9), with the decision's answer actions."""
        return AnswerScanner(
            detect=self._detect,
            decision=guarded.decision,
            key=guarded.key,
            reverse=guarded.reverse,
            own=guarded.own,
            minimizer=self._minimizer,
        )

    async def answered(
        self, ctx: RequestContext, scanner: AnswerScanner, *, failed: str | None = None
    ) -> None:
        """Complete the request's trail with what its answer carried (types and counts).

        Written when the answer carried personal data or its scan failed; an answer
        with nothing to minimize adds nothing.
        """
        if not scanner.found and failed is None:
            return
        for entity_type, count in scanner.found.items():
            self._metrics.entities.labels(entity_type).inc(count)
        await self._audit.append(
            {
                "event": "answer",
                "request_id": ctx.request_id,
                "route": ctx.route_name,
                "entities": dict(sorted(scanner.found.items())),
                "actions": scanner.actions,
                "reasons": ["answer.minimized"] if failed is None else [],
                "outcome": "released" if failed is None else "withheld",
                "reason": failed,
            }
        )
