"""What leaves: the image's pixels with personal text blacked out and faces blurred,
re-encoded in the format it came in, with no metadata at all.

The encoders get the pixels and nothing else (no ``exif``, ``icc_profile``, ``pnginfo``,
``xmp``), so every kind of metadata is stripped without a list of tags to keep up to date.
A face is pixelated to a coarse grid, then blurred: a blur alone can be partly undone.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

from PIL import Image, ImageDraw, ImageFilter

from compliance.images.decode import MEDIA_TYPES
from compliance.images.types import FACE, Box, Inspected, Redacted

KEEP = "keep"
_TEXT_PAD = 0.2  # of a word's height, around its box
_FACE_PAD = 0.15
_FACE_GRID = 8  # cells across a face once pixelated


def action_for(actions: Mapping[str, str], entity_type: str) -> str:
    """The decision's action for a type: the type's own, else ``default``, else redact."""
    return actions.get(entity_type, actions.get("default", "redact"))


def redact(inspected: Inspected, actions: Mapping[str, str]) -> Redacted:
    """Apply ``actions`` (entity type -> action) and re-encode.

    Any action but ``keep`` removes: text regions are filled black, faces pixelated and
    blurred. Metadata is stripped whatever the action (``IMAGE_METADATA: keep`` too):
    nothing of it is ever copied to the encoder.
    """
    findings = inspected.findings
    pixels = inspected.pixels.copy()
    done: dict[str, int] = {}
    draw = ImageDraw.Draw(pixels)
    for finding in findings.text:
        if action_for(actions, finding.entity_type) == KEEP:
            continue
        for box in finding.boxes:
            grown = box.grown(_TEXT_PAD, width=pixels.width, height=pixels.height)
            left, top, right, bottom = grown.corners
            draw.rectangle((left, top, right - 1, bottom - 1), fill=(0, 0, 0))
        done["text_blacked_out"] = done.get("text_blacked_out", 0) + 1
    if findings.faces and action_for(actions, FACE) != KEEP:
        for box in findings.faces:
            _blur(pixels, box.grown(_FACE_PAD, width=pixels.width, height=pixels.height))
        done["faces_blurred"] = len(findings.faces)
    if findings.metadata:
        done["metadata_stripped"] = len(findings.metadata)
    return Redacted(encode(pixels, findings.format), MEDIA_TYPES[findings.format], done)


def _blur(pixels: Image.Image, box: Box) -> None:
    region = pixels.crop(box.corners)
    cell = max(1, box.width // _FACE_GRID)
    coarse = region.resize(
        (max(1, box.width // cell), max(1, box.height // cell)), Image.Resampling.BOX
    )
    region = coarse.resize(region.size, Image.Resampling.NEAREST)
    region = region.filter(ImageFilter.GaussianBlur(max(2, cell)))
    pixels.paste(region, box.corners[:2])


def encode(pixels: Image.Image, image_format: str) -> bytes:
    """``pixels`` alone, in ``image_format`` (PNG, JPEG or WEBP): no metadata of any kind."""
    # A new image of the bare pixels: no ``info`` or EXIF object an encoder could copy from.
    bare = Image.frombytes("RGB", pixels.size, pixels.convert("RGB").tobytes())
    buffer = io.BytesIO()
    if image_format == "JPEG":
        bare.save(buffer, format="JPEG", quality=90)
    elif image_format == "WEBP":
        bare.save(buffer, format="WEBP", quality=90)
    else:
        bare.save(buffer, format="PNG")
    return buffer.getvalue()
