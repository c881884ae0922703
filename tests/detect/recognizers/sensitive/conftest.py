"""Run one sensitive-category recognizer as the analyzer would and list what it reports."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from ..conftest import THRESHOLD

Found = Callable[[EntityRecognizer, str], list[str]]


@pytest.fixture
def found() -> Found:
    """Return a function listing the spans (folded to lower case) a recognizer reports."""

    def run(recognizer: EntityRecognizer, text: str) -> list[str]:
        results = recognizer.analyze(text, recognizer.supported_entities, None)
        return sorted(text[r.start : r.end].casefold() for r in results if r.score >= THRESHOLD)

    return run
