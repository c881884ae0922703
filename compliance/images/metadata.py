"""Which kinds of metadata an image carries: counted, never read out, always stripped.

A photo's metadata can be personal on its own: GPS coordinates, the serial numbers of
the body and lens (which link every photo of one camera), an owner's name, an XMP
history, a comment, an EXIF thumbnail of the unredacted picture. None of it is copied:
the image that leaves is re-encoded from its pixels alone (``redact.py``), so stripping
needs no list of tags. This module only names the kinds found, for the policy input
(``IMAGE_METADATA``) and the audit record; their values are never logged.
"""

from __future__ import annotations

from PIL import Image

# EXIF IFD pointers and tags (EXIF 2.32 / CIPA DC-008).
_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769
_SERIAL_TAGS = frozenset(
    {
        0xA431,  # BodySerialNumber
        0xA435,  # LensSerialNumber
        0xA420,  # ImageUniqueID
        0xC62F,  # CameraSerialNumber (DNG)
    }
)
_OWNER_TAGS = frozenset({0x013B, 0x8298, 0xA430})  # Artist, Copyright, CameraOwnerName
# ``info`` keys Pillow fills with decoding facts, not with anything the author wrote.
_STRUCTURAL = frozenset(
    {
        "dpi",
        "jfif",
        "jfif_version",
        "jfif_unit",
        "jfif_density",
        "progressive",
        "progression",
        "adobe",
        "adobe_transform",
        "transparency",
        "gamma",
        "interlace",
        "srgb",
        "aspect",
        "compression",
        "loop",
        "duration",
        "background",
        "chromaticity",
        "lossless",
        "mode",
        "bbox",
        "blend",
        "disposal",
        "timestamp",
    }
)
KINDS = ("comment", "exif", "gps", "icc", "other", "owner", "serial", "text", "xmp")


def metadata_kinds(image: Image.Image) -> tuple[str, ...]:
    """The sorted kinds of metadata ``image`` carries (names from :data:`KINDS`)."""
    kinds: set[str] = set()
    exif = image.getexif()
    if len(exif):
        kinds.add("exif")
        if exif.get_ifd(_GPS_IFD) or _GPS_IFD in exif:
            kinds.add("gps")
        tags = set(exif) | set(exif.get_ifd(_EXIF_IFD))
        if tags & _SERIAL_TAGS:
            kinds.add("serial")
        if tags & _OWNER_TAGS:
            kinds.add("owner")
    text_chunks = getattr(image, "text", None)  # PNG tEXt, zTXt, iTXt
    for key in image.info:
        if not isinstance(key, str):
            kinds.add("other")
            continue
        lowered = key.lower()
        if lowered in _STRUCTURAL:
            continue
        if lowered == "exif":
            kinds.add("exif")
        elif lowered == "icc_profile":
            kinds.add("icc")
        elif "xmp" in lowered:
            kinds.add("xmp")
        elif lowered == "comment":
            kinds.add("comment")
        elif text_chunks and key in text_chunks:
            kinds.add("text")
        else:
            kinds.add("other")
    return tuple(sorted(kinds))
