"""Read an image part: a ``data:`` URL's bytes, sniffed, bounded, then decoded whole.

The declared media type is not trusted: the format is what the first bytes say, and
Pillow is asked to open that format only. The pixel budget is checked from the header
before anything is decoded, and Pillow's own decompression-bomb guard is set to the
largest budget settings allow, so no path decodes past it. An animated image is
refused: only its first frame would be read, the others would leave unscanned.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import warnings

from PIL import Image, ImageOps

from compliance.core.errors import ImageTooLarge, InvalidImage

# The hard ceiling of every image budget (ImageSettings.max_pixels allows up to this).
Image.MAX_IMAGE_PIXELS = 64_000_000

MEDIA_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}
_DATA_URL = re.compile(r"data:(?P<type>[a-zA-Z0-9.+/-]*)(?P<params>(?:;[^;,]*)*),", re.ASCII)


def sniff(data: bytes) -> str | None:
    """The format the bytes are, by their magic number: PNG, JPEG, WEBP or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return None


def data_url_bytes(url: str, *, where: str, max_bytes: int) -> bytes:
    """The bytes of a base64 ``data:image/...`` URL.

    Raises:
        InvalidImage: Not a base64 data URL of an image type.
        ImageTooLarge: More than ``max_bytes`` once decoded (checked before decoding).
    """
    match = _DATA_URL.match(url)
    if match is None:
        raise InvalidImage(
            f"{where} is not a data: URL; send the image inline as"
            " data:image/png;base64,... (or an https URL where the route allows it)",
            param=where,
        )
    params = [p.strip().lower() for p in match.group("params").split(";") if p.strip()]
    if not match.group("type").lower().startswith("image/") or "base64" not in params:
        raise InvalidImage(
            f"{where} must be a base64 data URL of an image (data:image/png;base64,...)",
            param=where,
        )
    payload = url[match.end() :]
    if len(payload) // 4 * 3 > max_bytes + 3:
        raise ImageTooLarge(
            f"{where} holds more than {max_bytes} bytes of image; send a smaller image",
            param=where,
        )
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidImage(f"{where} is not valid base64", param=where) from None
    if len(data) > max_bytes:
        raise ImageTooLarge(
            f"{where} holds {len(data)} bytes of image, more than {max_bytes}", param=where
        )
    return data


def open_image(data: bytes, *, where: str, max_pixels: int) -> Image.Image:
    """The image decoded whole, in the format its bytes are; the budget read from its header.

    Raises:
        InvalidImage: Not PNG, JPEG or WebP by its bytes; animated; truncated or undecodable.
        ImageTooLarge: More than ``max_pixels`` pixels.
    """
    kind = sniff(data)
    if kind is None:
        raise InvalidImage(
            f"{where} is not a PNG, JPEG or WebP image (by its bytes, whatever its declared"
            " type); convert it to one of those",
            param=where,
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[kind])
            width, height = image.size
            if width * height > max_pixels:
                raise ImageTooLarge(
                    f"{where} is {width}x{height} pixels, more than the budget of"
                    f" {max_pixels}; send a smaller image",
                    param=where,
                )
            if getattr(image, "n_frames", 1) != 1:
                raise InvalidImage(
                    f"{where} is animated; only still images are read, send one frame",
                    param=where,
                )
            image.load()
    except (ImageTooLarge, InvalidImage):
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageTooLarge(
            f"{where} has more pixels than any budget allows", param=where
        ) from None
    except Exception as exc:  # Pillow raises many types for a bad file; none may pass
        raise InvalidImage(
            f"{where} could not be decoded as {kind} ({type(exc).__name__}); send a whole,"
            " still PNG, JPEG or WebP image",
            param=where,
        ) from None
    return image


def upright_rgb(image: Image.Image) -> Image.Image:
    """The bare RGB pixels as a viewer sees them: EXIF orientation applied, alpha flattened.

    What OCR and face detection read is exactly what leaves: an alpha channel could hide
    text in the colour of transparent pixels, so it is composited on white and dropped.
    The result is a new image of the pixels alone (no ``info``, no EXIF to copy).
    """
    rgb = _rgb(image)
    return Image.frombytes("RGB", rgb.size, rgb.tobytes())


def _rgb(image: Image.Image) -> Image.Image:
    upright = ImageOps.exif_transpose(image) or image
    if upright.mode in ("RGBA", "LA", "PA") or (
        upright.mode == "P" and "transparency" in upright.info
    ):
        rgba = upright.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    if upright.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        # 16-bit and float grey: scaled to 8 bits, as a viewer would show them.
        return upright.convert("I").point(lambda v: v * (1 / 256)).convert("L").convert("RGB")
    return upright.convert("RGB")
