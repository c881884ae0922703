"""One warmed-up detector for the whole session: loading spaCy models takes seconds."""

from __future__ import annotations

import pytest

from compliance.detect import PresidioDetector


@pytest.fixture(scope="session")
def detector() -> PresidioDetector:
    detector = PresidioDetector()
    detector.warm_up()
    return detector


@pytest.fixture(scope="session")
def uncached_detector() -> PresidioDetector:
    """A detector that analyzes every time: a reference for results and call counts."""
    detector = PresidioDetector(cache_size=0)
    detector.warm_up()
    return detector
