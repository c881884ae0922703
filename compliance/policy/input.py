"""Build the policy input document (DESIGN.md, "Policy input and decision").

One function builds it so the proxy, the CLI and the tests cannot drift from the contract the
Rego policies read. It carries counts, labels and references, never a detected value.

The document of DESIGN.md is a subset of what is built here; the fields added since are
optional for the policies (an older caller that omits them is still understood) and every
keyword argument that fills them has a default:

- ``destination.hosting_country``: where the upstream stores the data, when it differs from
  where it runs (hosting abroad is a transfer, art. 43); ``None`` means the same country.
- ``destination.rerouted_from``: the route first asked for, when ``choose_destination``
  rerouted the request to one of its fallbacks (audited as ``residency.rerouted``).
- ``transfer.derogation`` / ``transfer.evidence``: an art. 44 derogation for a transfer to a
  State not on the CNDP list, and the reference of its proof.
- ``processing.original_purpose``: the purpose the data were collected for, when the request
  reuses them for another one (art. 12-1-b).
- ``processing.kinds``: the kinds of processing (marketing, personalization, profiling) the
  route declares its requests to be (``routes.<name>.processing``); a subject's objection
  to a kind stops those requests, and only those besides the purposes of that kind (art. 9).
- ``data.images``: the image parts (``count``) and what was found in them alone
  (``entities``: the OCR text's types, ``FACE``, ``IMAGE_METADATA``); those counts are
  in ``data.entities`` too, like any text's. ``{"count": 0, "entities": {}}`` without images.
- ``decision``: whether the AI output feeds a decision that is ``automated`` and has a
  ``legal_effect`` on the person, and whether a person reviews it (``human_review``, art. 11).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def build_policy_input(
    *,
    subject_hash: str | None,
    consents: Mapping[str, str],
    opt_outs: Sequence[str],
    purpose: str,
    route: str,
    country: str,
    provider: str,
    kind: str,
    entities: Mapping[str, int],
    sensitive: Sequence[str],
    explicit_consent: bool = False,
    cndp_authorization: str | None = None,
    hosting_country: str | None = None,
    rerouted_from: str | None = None,
    derogation: str | None = None,
    evidence: str | None = None,
    original_purpose: str | None = None,
    processing_kinds: Sequence[str] = (),
    automated_decision: bool = False,
    legal_effect: bool = False,
    human_review: bool = False,
    image_count: int = 0,
    image_entities: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """Return the input document for one request.

    Args:
        subject_hash: keyed hash of the subject id (never the id itself); None when the
            request names no subject.
        consents: purpose → "granted" | "withdrawn" | "never_asked", from the consent ledger.
        opt_outs: purposes or kinds of processing ("marketing", "personalization",
            "profiling") the subject objected to (art. 9).
        purpose: the request's purpose (X-Purpose or the route's default).
        route: the configured route name.
        country: ISO 3166-1 alpha-2 code of where the upstream runs; upper-cased so that a
            lower-case "ma" in a config file is not mistaken for a transfer abroad.
        provider: who runs the upstream (e.g. "self-hosted").
        kind: the API kind of the payload (e.g. "chat", "embeddings").
        entities: entity type → number of spans detected.
        sensitive: sensitive categories detected (art. 1 §3).
        explicit_consent: the subject expressly consented to a transfer abroad (art. 44).
        cndp_authorization: reference of a CNDP transfer authorization (art. 44), if any.
        hosting_country: where the upstream stores the data, if not where it runs.
        rerouted_from: the route the request was rerouted from (residency fallback).
        derogation: an art. 44 derogation (a key of ``derogations`` in adequacy.json).
        evidence: the reference of the derogation's proof (record, contract, decision).
        original_purpose: the purpose the data were collected for, if another one.
        processing_kinds: the kinds of processing the route declares (art. 9 objections).
        automated_decision: the output feeds a decision taken without a person.
        legal_effect: that decision has legal effects on the person (art. 11).
        human_review: a person reviews the decision before it takes effect.
        image_count: the image parts of the request.
        image_entities: entity type -> number found in those images (already counted in
            ``entities`` too).

    Returns:
        A JSON-ready dict; lists of labels are sorted and de-duplicated because their order
        means nothing and a stable input keeps decisions and audit records reproducible.
    """
    return {
        "subject": {
            "id": subject_hash,
            "consents": dict(consents),
            "opt_outs": sorted(set(opt_outs)),
        },
        "purpose": purpose,
        "destination": {
            "route": route,
            "country": country.upper(),
            "provider": provider,
            "kind": kind,
            "hosting_country": hosting_country.upper() if hosting_country else None,
            "rerouted_from": rerouted_from,
        },
        "data": {
            "entities": dict(entities),
            "sensitive": sorted(set(sensitive)),
            "images": {"count": image_count, "entities": dict(image_entities or {})},
        },
        "transfer": {
            "explicit_consent": explicit_consent,
            "cndp_authorization": cndp_authorization,
            "derogation": derogation,
            "evidence": evidence,
        },
        "processing": {
            "original_purpose": original_purpose,
            "kinds": sorted(set(processing_kinds)),
        },
        "decision": {
            "automated": automated_decision,
            "legal_effect": legal_effect,
            "human_review": human_review,
        },
    }


def empty_request_input() -> dict[str, Any]:
    """A request with nothing in it: engines evaluate it at start to prove they can decide."""
    return build_policy_input(
        subject_hash=None,
        consents={},
        opt_outs=[],
        purpose="",
        route="",
        country="MA",
        provider="",
        kind="",
        entities={},
        sensitive=[],
    )
