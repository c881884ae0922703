"""What a scrub job does, as one value every worker receives: the plan.

The plan holds the job's choices (columns, purpose, application, destination, what to do
with erased subjects) and the policy version the driver loaded; never a key, never a
value of the dataset. It travels to worker processes and Spark executors as JSON, with
the settings beside it: keys stay with the key provider each worker opens itself.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from compliance.core.errors import ConfigError
from compliance.core.settings import Route, Settings

Format = Literal["parquet", "jsonl", "csv"]
Erased = Literal["drop", "null"]
KIND = "dataset"  # destination.kind of a scrub job's policy input (a proxy request: "chat"...)
DEFAULT_ROUTE = "scrub"  # destination.route when no configured route is named


@dataclass(frozen=True, slots=True)
class Destination:
    """Where the scrubbed dataset goes: the policy input's ``destination`` and ``transfer``.

    By default a dataset stays in Morocco with a self-hosted training job; ``--route``
    takes every field from a configured route instead (its country, hosting country,
    transfer basis, kinds of processing and automated-decision flags).
    """

    route: str = DEFAULT_ROUTE
    country: str = "MA"
    provider: str = "self-hosted"
    hosting_country: str | None = None
    cndp_authorization: str | None = None
    derogation: str | None = None
    evidence: str | None = None
    processing_kinds: tuple[str, ...] = ()
    automated_decision: bool = False
    legal_effect: bool = False
    human_review: bool = False

    @classmethod
    def from_route(cls, name: str, route: Route) -> Destination:
        return cls(
            route=name,
            country=route.country,
            provider=route.provider,
            hosting_country=route.hosting_country,
            cndp_authorization=route.transfer.cndp_authorization,
            derogation=route.transfer.derogation,
            evidence=route.transfer.evidence,
            processing_kinds=tuple(route.processing),
            automated_decision=route.decision.automated,
            legal_effect=route.decision.legal_effect,
            human_review=route.decision.human_review,
        )


@dataclass(frozen=True, slots=True)
class ScrubPlan:
    """The choices of one job (``cndp-guard scrub`` options), shared by every part."""

    format: Format
    text_columns: tuple[str, ...]
    purpose: str
    application: str
    policy_version: str
    subject_column: str | None = None
    summary_column: str = "pii_summary"
    original_purpose: str | None = None
    erased: Erased = "drop"
    keep_subject_column: bool = False
    destination: Destination = field(default_factory=Destination)
    batch_rows: int = 256  # rows detected together (spaCy batches them)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ScrubPlan:
        document: dict[str, Any] = json.loads(text)
        destination = document.pop("destination")
        destination["processing_kinds"] = tuple(destination["processing_kinds"])
        document["text_columns"] = tuple(document["text_columns"])
        return cls(**document, destination=Destination(**destination))


def destination_for(settings: Settings, route: str | None, *, country: str) -> Destination:
    """The destination of ``--route NAME``, else a self-hosted one in ``country``.

    Raises:
        ConfigError: the route is not configured.
    """
    if route is None:
        return Destination(country=country.upper())
    if route not in settings.routes:
        raise ConfigError(
            f"--route {route!r} is not a configured route; choose among"
            f" {', '.join(sorted(settings.routes))}, or give --country"
        )
    return Destination.from_route(route, settings.routes[route])
