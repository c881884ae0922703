"""Steps 3–7 of DESIGN.md for one payload: extract, detect, decide, audit, minimize.

The context (step 2) comes built from ``guard/context.py``.

Nothing here speaks HTTP. The guard returns the minimized payload and the
request's reverse pseudonym map, or raises; any exception means nothing is
forwarded (fail closed). The decision is audited, allowed or denied, before the
caller gets to forward anything.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import re
import time
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
import structlog
from sqlalchemy.exc import SQLAlchemyError

from compliance.consent import ConsentLedger, ConsentSnapshot
from compliance.core.errors import (
    DetectionError,
    FailClosed,
    GuardError,
    InvalidImage,
    PersonalDataInPath,
    PolicyDenied,
    PolicyError,
    StoreUnavailable,
    StructuralValueRefused,
)
from compliance.core.metrics import Metrics
from compliance.crypto import KeyRing, SubjectErased
from compliance.detect.scheduler import FairDetector
from compliance.detect.seams import (
    document,
    edge_values,
    merge_document,
    merge_seams,
    merge_spans,
    seams,
)
from compliance.detect.types import SENSITIVE_ENTITIES, Detector, Span
from compliance.detect.windows import may_hold_name
from compliance.guard.adapters import (
    Extraction,
    detection_text,
    extract,
    get_at,
    path_name,
    read_slot,
    separated,
    write_slots,
)
from compliance.guard.answer import AnswerScanner
from compliance.guard.context import RequestContext
from compliance.guard.images import ImageGuard, ImagesRead, claim_images
from compliance.guard.shapes import MODEL, Obj, Path
from compliance.minimize import Minimizer, PseudonymMap, keyed_hash
from compliance.policy import Attempt, Destination, choose_destination
from compliance.policy.input import build_policy_input
from compliance.policy.types import Decision, PolicyDecisionPoint
from compliance.subjects import SubjectKeys
from compliance.trail.log import AuditLog

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
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
UNDECLARED = "(undeclared)"  # the trail's word for a purpose no one declared
# API kinds whose texts the upstream reads one by one, never as one document.
_SEPARATE_INPUTS = frozenset({"embeddings", "completion"})


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


# A place in a model id names the model (``meta-llama/Llama-3.1-8B``, ``Helsinki-NLP``,
# ``falcon``) and identifies no one alone; a name or an identifier next to it is found.
_NOT_REFUSED_IN_MODEL_IDS = SENSITIVE_ENTITIES | {"LOCATION"}


def personal_in_model_id(spans: Sequence[Span]) -> bool:
    """Whether a model id's spans are personal data, refused rather than forwarded."""
    return any(s.entity_type not in _NOT_REFUSED_IN_MODEL_IDS for s in spans)


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
        images: ImageGuard | None = None,
        fair: FairDetector | None = None,
    ) -> None:
        self._declared = declared_purposes
        # Image parts (compliance.images); None: any image is refused, never forwarded.
        self._images = images
        self._detector = detector
        # Every analysis of every request goes through one fair queue (detect/scheduler.py).
        self._fair = fair if fair is not None else FairDetector(detector)
        self._pdp = pdp
        self._audit = audit
        self._minimizer = minimizer
        self._keys = keys
        self._subject_keys = subject_keys
        self._ledger = ledger
        self._metrics = metrics

    async def _detect(
        self, texts: Sequence[str], *, identifiers: Sequence[str] = (), stage: str = "detect"
    ) -> list[list[Span]]:
        """Spans of ``texts``, then of ``identifiers`` (fixed-shape identifiers only).

        ``stage``: the stage metric the time goes to (an answer's scans are not the
        request's detection: "answer_detect").
        """
        started = time.perf_counter()
        try:
            spans = await self._fair.analyze(texts) if texts else []
            if identifiers:
                spans += await self._fair.analyze_identifiers(identifiers)
        except GuardError:  # detection failed, a budget refused: said as it is
            raise
        except Exception as exc:  # fail closed on anything the detector did not expect
            raise DetectionError(f"detection failed: {type(exc).__name__}") from None
        self._metrics.stage_seconds.labels(stage).observe(time.perf_counter() - started)
        return spans

    async def _decide(
        self,
        ctx: RequestContext,
        entities: dict[str, int],
        sensitive: list[str],
        snapshot: ConsentSnapshot,
        images: ImagesRead | None = None,
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
            image_count=len(images.images) if images else 0,
            image_entities=images.counts() if images else None,
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
                "chosen_route": ctx.chosen_route or ctx.route_name,
                "outcome": outcome,
                "reason": reason,
            }
        )

    async def _scan(
        self,
        payload: Any,
        extraction: Extraction,
        kind: str = "chat",
        *,
        models: Collection[str] = (),
    ) -> tuple[list[str], list[list[Span]]]:
        """The texts of the payload and their spans, values split between texts included.

        A model id is checked, never minimized: one holding personal data is refused,
        and its spans are not counted (a model id that passes holds none). ``models``
        are the route's configured names: the operator's text, not scanned.
        """
        slots = extraction.slots
        texts = [read_slot(payload, slot) for slot in slots]
        views = [
            "" if slot.role == "model" and text in models else detection_text(slot, text)
            for slot, text in zip(slots, texts, strict=True)
        ]
        # A model id is also read as written, for the identifiers its separators are
        # part of (an e-mail); fixed-shape identifiers only.
        model_ids = [i for i, slot in enumerate(slots) if slot.role == "model" and views[i]]
        # A model id is not prose: no value runs from it into a neighbour.
        # Nor from a structural number: the model never reads it as text.
        joined = [i for i, slot in enumerate(slots) if slot.role not in ("model", "param")]
        joined_views = [views[i] for i in joined]
        # The request read as one document for the identifiers (a value cut in pieces
        # over texts, or named in the text before); the seams read with a space for
        # what the NER finds ("Karim" + "Benali"), except between inputs the upstream
        # reads one by one (embeddings, completion prompts), which are never one
        # sentence; the digits at the edges of the texts (pieces with text between).
        one_sentence = kind not in _SEPARATE_INPUTS
        joints = seams(joined_views, joined=False) if one_sentence else []
        joints = [joint for joint in joints if may_hold_name(joint.text)]
        # One text is its own document: its own analysis read it whole already.
        wholes = [document(joined_views)] if len(joined_views) > 1 else []
        found = await self._detect(
            [*views, *(joint.text for joint in joints)],
            identifiers=[*(whole.text for whole in wholes), *(texts[i] for i in model_ids)],
        )
        spans = found[: len(views)]
        seam_end = len(views) + len(joints)
        across = merge_seams(
            joined_views, [spans[i] for i in joined], joints, found[len(views) : seam_end]
        )
        for whole in wholes:
            across = merge_document(joined_views, across, whole, found[seam_end])
            across = merge_spans(across, edge_values(joined_views))
        for i, text_spans in zip(joined, across, strict=True):
            if slots[i].role == "number" and text_spans:
                # A number is replaced whole: its view's offsets are not the number's.
                first = max(text_spans, key=lambda s: s.score)
                text_spans = [Span(first.entity_type, 0, len(texts[i]), first.score)]
            spans[i] = text_spans
        seam_end += len(wholes)
        as_written = dict(zip(model_ids, found[seam_end:], strict=True))
        for i, slot in enumerate(slots):
            if slot.role == "param":
                if any(s.entity_type not in SENSITIVE_ENTITIES for s in spans[i]):
                    raise StructuralValueRefused(
                        f"{path_name(slot.path)} must be a parameter, and this number spells"
                        " what reads as personal data (a phone, a card number)",
                        param=path_name(slot.path),
                    )
                spans[i] = []
                continue
            if slot.role != "model":
                continue
            if personal_in_model_id([*spans[i], *as_written.get(i, [])]):
                raise StructuralValueRefused(
                    f"{path_name(slot.path)} must be a model id, and this one holds what reads"
                    " as personal data; use the model's configured name",
                    param=path_name(slot.path),
                )
            spans[i] = []
        return texts, spans

    async def check_path(
        self,
        segments: Sequence[str],
        *,
        route: str,
        application: str | None,
        model: bool = False,
        models: Collection[str] = (),
    ) -> None:
        """Refuse a forwarded path holding personal data; the refusal is audited.

        The segments are read as one text joined by spaces (``_ - . : /`` between
        letters or digits read as spaces too), with the full detector, and joined
        as written and without separators for the fixed-shape identifiers (a phone
        cut into segments). ``model``: the segments are a model id's parts, refused
        under the model-id rule (:func:`personal_in_model_id`); a configured name
        (``models``) is the operator's text and passes unscanned.

        Raises:
            PersonalDataInPath: Something personal was found (422); nothing forwarded.
            DetectionError: Detection failed (fail closed).
        """
        if model and "/".join(segments) in models:
            return
        readable = " ".join(separated(s) for s in segments)
        if not model:
            # A path's words may be glued in camel case ("clientKarimBenali"); a model
            # id's are not split so ("DeepSeekCoder" is no person).
            readable = _CAMEL.sub(" ", readable)
        [spans, *identifiers] = await self._detect(
            [readable],
            identifiers=["".join(segments), "/".join(segments)],
        )
        found = [*spans, *(s for more in identifiers for s in more)]
        refused = personal_in_model_id(found) if model else bool(found)
        if not refused:
            return
        # Counts per type of the readable text only (the overlapping views are not added).
        counts = dict(sorted(Counter(s.entity_type for s in spans or found).items()))
        await self._audit.append(
            {
                "event": "path_refused",
                "route": route,
                "reason": PersonalDataInPath.code,
                "application": application,
                "entities": counts,
            }
        )
        for entity_type, count in counts.items():
            self._metrics.entities.labels(entity_type).inc(count)
        raise PersonalDataInPath(counts)

    async def check_model_id(self, model: str, *, models: Collection[str] = ()) -> None:
        """Refuse a model id that is not one, or that holds personal data.

        Raises:
            SchemaError: Not of a model id's shape, or personal data found in it.
        """
        extraction = extract(MODEL_ONLY, {"model": model})
        await self._scan({"model": model}, extraction, models=models)

    def _minimized(
        self,
        payload: Any,
        extraction: Extraction,
        texts: list[str],
        spans: list[list[Span]],
        *,
        decision: Decision,
        subject_key: bytes,
    ) -> tuple[Any, bytes, PseudonymMap]:
        """Apply the decision's actions in place and serialize what will leave.

        Returns the minimized document (a new one when the whole body was one value),
        its bytes, and the request's pseudonyms.
        """
        pseudonyms = PseudonymMap(key=subject_key)
        minimized = self._minimizer.minimize(
            texts, spans, decision=decision, pseudonyms=pseudonyms, hash_key=subject_key
        )
        payload = write_slots(payload, extraction.slots, minimized)
        for path in extraction.hashed:
            # End-user ids (``user``, ``safety_identifier``) are identifiers: only keyed
            # hashes leave, under the request's subject key (so they never link across).
            parent = get_at(payload, path[:-1])
            parent[path[-1]] = keyed_hash(
                key=subject_key, entity_type="USER", value=parent[path[-1]]
            )
        return payload, orjson.dumps(payload), pseudonyms

    async def inspect(
        self, ctx: RequestContext, payload: Any, extraction: Extraction, *, raw: bytes
    ) -> Guarded:
        """Detect, decide and audit; minimize if allowed; raise ``PolicyDenied`` if not."""
        started = time.perf_counter()
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
        self._metrics.stage_seconds.labels("keys").observe(time.perf_counter() - started)
        image_paths = claim_images(extraction, payload, ctx.route)
        if image_paths and self._images is None:
            raise InvalidImage("this sidecar reads no images; send text only")
        # Images are read on their own threads while the texts are analyzed.
        (texts, spans), images = await asyncio.gather(
            self._scan(payload, extraction, ctx.kind, models=ctx.route.models),
            self._read_images(payload, image_paths, ctx),
        )
        found = Counter(s.entity_type for text_spans in spans for s in text_spans)
        found.update(images.counts())
        sensitive = sorted(t for t in found if t in SENSITIVE_ENTITIES)
        entities = {t: n for t, n in sorted(found.items()) if t not in SENSITIVE_ENTITIES}
        started = time.perf_counter()
        try:
            snapshot = await self._ledger.asnapshot(ctx.subject_hash)
        except SQLAlchemyError:
            raise StoreUnavailable("the consent ledger is unavailable") from None
        self._metrics.stage_seconds.labels("consent").observe(time.perf_counter() - started)
        route_name, decision, tried = await self._decide(ctx, entities, sensitive, snapshot, images)
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
        if images.images:
            # Counts and fixed words only: no pixels, no OCR text, no metadata value.
            record["images"] = images.summary()
            record["image_actions"] = {
                t: decision.image_action_for(t) for t in sorted(images.counts())
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
        started = time.perf_counter()
        try:
            if images.images and self._images is not None:
                # The redacted, re-encoded images replace the originals before serializing.
                done = await self._images.write(payload, images, decision.image_actions)
                record["images"] = images.summary(done)
            payload, body, pseudonyms = self._minimized(
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
        self._metrics.stage_seconds.labels("minimize").observe(time.perf_counter() - started)
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

    async def _read_images(
        self, payload: Any, paths: Sequence[Path], ctx: RequestContext
    ) -> ImagesRead:
        """Every image of the request read, or none (nothing for a request without images)."""
        if not paths or self._images is None:
            return ImagesRead()
        started = time.perf_counter()
        read = await self._images.read(payload, paths, ctx.route, detect=self._detect)
        self._metrics.stage_seconds.labels("images").observe(time.perf_counter() - started)
        return read

    def answer_scanner(self, guarded: Guarded) -> AnswerScanner:
        """The scanner of this request's answer (step 9), with the decision's answer actions."""
        return AnswerScanner(
            detect=self._answer_detect,
            decision=guarded.decision,
            key=guarded.key,
            reverse=guarded.reverse,
            own=guarded.own,
            minimizer=self._minimizer,
            sent=guarded.body,
            identify=self._identify,
        )

    async def _answer_detect(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans of an answer's texts."""
        return await self._detect(texts, stage="answer_detect")

    async def _identify(self, texts: Sequence[str]) -> list[list[Span]]:
        """Fixed-shape identifiers of ``texts`` only (ids, model names in an answer)."""
        return await self._detect([], identifiers=texts, stage="answer_detect")

    def listing_scanner(self) -> AnswerScanner:
        """A scanner for answers no request's decision covers (model listings): redacts."""
        decision = Decision(
            allow=True,
            reasons=(),
            actions={"default": "redact"},
            policy_version="listing",
            answer_actions={"default": "redact"},
        )
        return AnswerScanner(
            detect=self._answer_detect,
            decision=decision,
            key=b"listing",
            reverse={},
            own="",
            minimizer=self._minimizer,
            identify=self._identify,
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
                "chosen_route": ctx.chosen_route or ctx.route_name,
                "entities": dict(sorted(scanner.found.items())),
                "actions": scanner.actions,
                "reasons": ["answer.minimized"] if failed is None else [],
                "outcome": "released" if failed is None else "withheld",
                "reason": failed,
            }
        )
