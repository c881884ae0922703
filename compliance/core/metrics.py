"""Prometheus metrics, one registry per app (no module-level collectors).

Labels are routes, stages, entity types and reason codes: never values.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "cndp_guard_requests",
            "Proxied requests by route, decision and HTTP status",
            ["route", "decision", "status"],
            registry=self.registry,
        )
        self.stage_seconds = Histogram(
            "cndp_guard_stage_seconds",
            "Time spent per pipeline stage",
            ["stage"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.entities = Counter(
            "cndp_guard_entities",
            "Personal-data entities detected, by type",
            ["entity_type"],
            registry=self.registry,
        )
        self.denials = Counter(
            "cndp_guard_denials",
            "Policy denials by reason code",
            ["reason"],
            registry=self.registry,
        )

        self.detection_pending_chars = Gauge(
            "cndp_guard_detection_pending_chars",
            "Characters of admitted requests waiting for the detector",
            registry=self.registry,
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)
