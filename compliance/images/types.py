"""What reading an image hands to the guard: boxes, types and counts, never pixels or text."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PIL import Image

# The policy's labels for what an image holds besides the text entities of its OCR.
FACE = "FACE"
IMAGE_METADATA = "IMAGE_METADATA"


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in image pixels: ``left``/``top`` inclusive, ``width``/``height`` > 0."""

    left: int
    top: int
    width: int
    height: int

    def grown(self, fraction: float, *, width: int, height: int) -> Box:
        """This box grown by ``fraction`` of its height on every side, clipped to the image."""
        pad = max(2, round(self.height * fraction))
        left, top = max(0, self.left - pad), max(0, self.top - pad)
        right = min(width, self.left + self.width + pad)
        bottom = min(height, self.top + self.height + pad)
        return Box(left, top, max(1, right - left), max(1, bottom - top))

    @property
    def corners(self) -> tuple[int, int, int, int]:
        """``(left, top, right, bottom)``, right and bottom exclusive (Pillow's crop box)."""
        return (self.left, self.top, self.left + self.width, self.top + self.height)


@dataclass(frozen=True, slots=True)
class TextFinding:
    """One detected value in the image's text: its type and the word boxes it covers."""

    entity_type: str
    boxes: tuple[Box, ...]


@dataclass(frozen=True, slots=True)
class ImageFindings:
    """What one image holds: typed text regions, faces and the kinds of metadata it carried."""

    format: str  # PNG, JPEG or WEBP, from the bytes
    width: int
    height: int
    words: int  # words OCR read (a count, for the audit and the bench)
    text: tuple[TextFinding, ...] = ()
    faces: tuple[Box, ...] = ()
    metadata: tuple[str, ...] = ()  # kinds (exif, gps, serial, xmp, icc, text, comment, other)

    def counts(self) -> dict[str, int]:
        """Entity type -> values found, as in the policy input (FACE and IMAGE_METADATA too)."""
        found = Counter(f.entity_type for f in self.text)
        if self.faces:
            found[FACE] = len(self.faces)
        if self.metadata:
            found[IMAGE_METADATA] = len(self.metadata)
        return dict(sorted(found.items()))


@dataclass(frozen=True, slots=True)
class Inspected:
    """An image read and its findings; ``pixels`` is what leaves once redacted (RGB, upright)."""

    pixels: Image.Image
    findings: ImageFindings


@dataclass(frozen=True, slots=True)
class Redacted:
    """The re-encoded image that leaves, and what was done to it (counts per action)."""

    data: bytes
    media_type: str  # image/png, image/jpeg or image/webp: the format it came in
    done: dict[str, int]

    def data_url(self) -> str:
        import base64

        return f"data:{self.media_type};base64,{base64.b64encode(self.data).decode('ascii')}"
