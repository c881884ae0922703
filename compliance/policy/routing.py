"""Residency routing: send a request to the first destination the policy allows for its data.

A route may name fallback routes (an in-country model, say). When the policy refuses the
primary destination *only* for where it is (its decision carries the ``reroute``
obligation: a State not on the CNDP list, a category kept in Morocco), each fallback is
evaluated in order with the same data, and the first one allowed wins. Its decision carries
``residency.rerouted`` (the input names ``destination.rerouted_from``), so the audit trail
shows the reroute; ``tried`` lists every decision taken on the way, for the audit too. When
the primary is refused for anything else (consent, purpose...), moving the data would not
help and no fallback is tried.

Pure: no I/O besides the decision point, no state; the proxy decides what to do with the
chosen route.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from compliance.policy.types import Decision, PolicyDecisionPoint

REROUTE_OBLIGATION = "reroute"
REROUTED_REASON = "residency.rerouted"


@dataclass(frozen=True, slots=True)
class Destination:
    """One candidate upstream: a configured route and where it runs (and stores data)."""

    route: str
    country: str
    provider: str = "self-hosted"
    hosting_country: str | None = None


@dataclass(frozen=True, slots=True)
class Attempt:
    """A destination evaluated while choosing, and the policy's decision for it."""

    route: str
    decision: Decision


def choose_destination(
    pdp: PolicyDecisionPoint,
    base_input: Mapping[str, Any],
    candidates: Sequence[Destination],
) -> tuple[str, Decision, tuple[Attempt, ...]]:
    """Evaluate the primary destination, then each fallback; return the one to use.

    Args:
        pdp: the policy decision point.
        base_input: the request's input document (``build_policy_input``); its
            ``destination`` is replaced per candidate, everything else is kept.
        candidates: the primary destination first, then its fallbacks in order.

    Returns:
        ``(route, decision, tried)``: the first allowed fallback and its decision when the
        primary is refused only for its destination; otherwise the primary and its
        decision (allowed or not). ``tried`` holds every decision taken, primary first.

    Raises:
        ValueError: no candidate.
        PolicyError: from the decision point (fail closed: no route is chosen).
    """
    if not candidates:
        raise ValueError("choose_destination needs at least the primary destination")
    primary, *fallbacks = candidates
    decision = pdp.decide(_at(base_input, primary, rerouted_from=None))
    tried = [Attempt(primary.route, decision)]
    if decision.allow or REROUTE_OBLIGATION not in decision.obligations:
        return primary.route, decision, tuple(tried)
    for fallback in fallbacks:
        fallback_decision = pdp.decide(_at(base_input, fallback, rerouted_from=primary.route))
        tried.append(Attempt(fallback.route, fallback_decision))
        if fallback_decision.allow:
            return fallback.route, fallback_decision, tuple(tried)
    return primary.route, decision, tuple(tried)


def _at(
    base_input: Mapping[str, Any], destination: Destination, *, rerouted_from: str | None
) -> dict[str, Any]:
    """A copy of ``base_input`` sent to ``destination`` (only ``destination`` is new)."""
    kind = base_input.get("destination", {}).get("kind", "")
    return {
        **base_input,
        "destination": {
            "route": destination.route,
            "country": destination.country.upper(),
            "provider": destination.provider,
            "kind": kind,
            "hosting_country": (
                destination.hosting_country.upper() if destination.hosting_country else None
            ),
            "rerouted_from": rerouted_from,
        },
    }
