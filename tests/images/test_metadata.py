"""Metadata is counted by kind, never read out, and never leaves: the image is re-encoded bare."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms, PngImagePlugin

from compliance.images.decode import open_image, upright_rgb
from compliance.images.metadata import metadata_kinds
from compliance.images.redact import encode
from tests.images.drawing import encoded, gps_exif, plain_product

CANARIES = (b"SN-CANARY-4242", b"Canary Artist", b"CanaryCam", b"canary-xmp", b"canary-note")
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description about="canary-xmp"/></x:xmpmeta>'


def _srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _loaded(data: bytes) -> Image.Image:
    return open_image(data, where="f", max_pixels=10**7)


def _jpeg_with_everything() -> bytes:
    photo = plain_product()
    return encoded(
        photo,
        "JPEG",
        exif=gps_exif(photo).tobytes(),
        icc_profile=_srgb_profile(),
        comment=b"canary-note",
        xmp=XMP,
    )


def _png_with_everything() -> bytes:
    photo = plain_product()
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "canary-note")
    return encoded(
        photo, "PNG", exif=gps_exif(photo).tobytes(), pnginfo=text, icc_profile=_srgb_profile()
    )


def test_a_photos_exif_gps_serial_owner_xmp_icc_and_comment_are_named() -> None:
    kinds = metadata_kinds(_loaded(_jpeg_with_everything()))
    assert kinds == ("comment", "exif", "gps", "icc", "owner", "serial", "xmp")


def test_png_text_chunks_are_named() -> None:
    kinds = metadata_kinds(_loaded(_png_with_everything()))
    assert {"exif", "gps", "icc", "text"} <= set(kinds)


def test_a_bare_image_has_no_metadata() -> None:
    assert metadata_kinds(_loaded(encoded(plain_product(), "PNG"))) == ()


@pytest.mark.parametrize(
    ("source", "image_format"),
    [
        (_jpeg_with_everything, "JPEG"),
        (_png_with_everything, "PNG"),
        (_jpeg_with_everything, "WEBP"),
    ],
)
def test_the_re_encoded_image_carries_no_metadata_at_all(source, image_format) -> None:
    original = source()
    assert all(canary in original for canary in CANARIES[:2])  # the test is not vacuous
    out = encode(upright_rgb(_loaded(original)), image_format)
    assert metadata_kinds(_loaded(out)) == ()
    assert not any(canary in out for canary in CANARIES)
    reopened = Image.open(io.BytesIO(out))
    assert reopened.format == image_format
    assert not reopened.getexif().get_ifd(0x8825)  # no GPS
    assert "icc_profile" not in reopened.info
