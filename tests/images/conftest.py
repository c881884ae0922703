"""A real inspector for the image tests: Debian's Tesseract, OpenCV's cascades, our detector."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from compliance.core.settings import ImageSettings
from compliance.detect import PresidioDetector
from compliance.images import ImageInspector


@pytest.fixture(scope="session")
def detector() -> PresidioDetector:
    detector = PresidioDetector()
    detector.warm_up()
    return detector


@pytest.fixture(scope="session")
def inspector(detector: PresidioDetector) -> Iterator[ImageInspector]:
    inspector = ImageInspector(detector=detector, settings=ImageSettings())
    inspector.check()
    yield inspector
    inspector.close()
