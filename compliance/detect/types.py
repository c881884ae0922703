"""What detection hands to the rest of the pipeline: typed spans, never values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

# Law 09-08 art. 1 §3 sensitive categories, plus CNDP-practice ones (see DESIGN.md): the one
# list of them. In this order the recognizer loads its term lists and the register lists them.
SENSITIVE_CATEGORIES: tuple[str, ...] = (
    "HEALTH",
    "RELIGION_BELIEF",
    "POLITICAL_OPINION",
    "UNION_MEMBERSHIP",
    "ETHNIC_ORIGIN",
    "GENETIC",
    "BIOMETRIC",
    "CRIMINAL",
)
SENSITIVE_ENTITIES = frozenset(SENSITIVE_CATEGORIES)


@dataclass(frozen=True, slots=True)
class Span:
    """One detected personal value: where it is and what it is, not what it says."""

    entity_type: str
    start: int
    end: int
    score: float


class Detector(Protocol):
    """Finds personal data in texts. Synchronous and CPU-bound: callers run it in a thread."""

    def analyze(self, texts: Sequence[str]) -> list[list[Span]]:
        """Return, for each text in order, its non-overlapping spans sorted by start.

        Raises ``compliance.core.errors.DetectionError`` when analysis fails (fail closed).
        """
        ...

    def analyze_identifiers(self, texts: Sequence[str]) -> list[list[Span]]:
        """Like ``analyze``, for the fixed-shape identifiers only (patterns, no NER): cheap."""
        ...

    def warm_up(self) -> None:
        """Load models and run one analysis so the first request is not slow."""
        ...
