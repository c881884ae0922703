"""Step 4 for image parts: what a picture holds (text by OCR, faces, metadata), and
the picture that may leave (personal text blacked out, faces blurred, metadata gone).

Pure where it can be: bytes in, findings out (``ImageInspector.read``); findings and a
decision's actions in, bytes out (``ImageInspector.redact``). Remote images are fetched
only from a route's allow-list (``fetch.py``), then read like inline ones.
"""

from compliance.images.fetch import ImageFetcher
from compliance.images.inspector import ImageInspector
from compliance.images.types import (
    FACE,
    IMAGE_METADATA,
    Box,
    ImageFindings,
    Inspected,
    Redacted,
    TextFinding,
)

__all__ = [
    "Box",
    "FACE",
    "IMAGE_METADATA",
    "ImageFetcher",
    "ImageFindings",
    "ImageInspector",
    "Inspected",
    "Redacted",
    "TextFinding",
]
