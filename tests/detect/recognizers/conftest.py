"""Run one recognizer as the analyzer would: patterns, validation, then its context hook."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

THRESHOLD = 0.5  # PresidioDetector's default score_threshold

Reported = Callable[[EntityRecognizer, str], list[str]]


@pytest.fixture
def reported() -> Reported:
    """Return a function listing what a recognizer reports in a text at the default threshold."""

    def run(recognizer: EntityRecognizer, text: str) -> list[str]:
        results = recognizer.analyze(text, recognizer.supported_entities, None)
        results = recognizer.enhance_using_context(text, results, [], None)
        return sorted(text[r.start : r.end] for r in results if r.score >= THRESHOLD)

    return run
