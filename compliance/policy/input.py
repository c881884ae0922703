"""Build the policy input document (DESIGN.md, "Policy input and decision").

One function builds it so the proxy, the CLI and the tests cannot drift from the contract the
Rego policies read. It carries counts and labels, never a detected value.
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
) -> dict[str, Any]:
    """Return the input document for one request.

    Args:
        subject_hash: keyed hash of the subject id (never the id itself); None when the
            request names no subject.
        consents: purpose → "granted" | "withdrawn", from the consent ledger.
        opt_outs: purposes the subject objected to (art. 9).
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
        },
        "data": {
            "entities": dict(entities),
            "sensitive": sorted(set(sensitive)),
        },
        "transfer": {
            "explicit_consent": explicit_consent,
            "cndp_authorization": cndp_authorization,
        },
    }
