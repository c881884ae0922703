"""Reading an image part: the bytes decide the format, the header decides the budget."""

from __future__ import annotations

import base64
import struct
import zlib

import pytest
from PIL import Image

from compliance.core.errors import ImageTooLarge, InvalidImage
from compliance.images.decode import data_url_bytes, open_image, sniff, upright_rgb
from tests.images.drawing import data_url, encoded, plain_product


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares ``width``x``height`` and holds no pixel data (a bomb's header)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 16)  # a few bytes of the first row, then nothing

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat)


@pytest.mark.parametrize(
    ("image_format", "expected"),
    [
        ("PNG", "PNG"),
        ("JPEG", "JPEG"),
        ("WEBP", "WEBP"),
        ("GIF", None),
        ("BMP", None),
        ("TIFF", None),
    ],
)
def test_the_format_is_sniffed_from_the_bytes(image_format: str, expected: str | None) -> None:
    assert sniff(encoded(plain_product(), image_format)) == expected


def test_a_declared_type_that_lies_does_not_change_the_format() -> None:
    png = encoded(plain_product(), "PNG")
    data = data_url_bytes(data_url(png, "image/jpeg"), where="f", max_bytes=10**7)
    assert open_image(data, where="f", max_pixels=10**7).format == "PNG"


@pytest.mark.parametrize(
    "url",
    [
        # not a data: URL at all
        "https://example.ma/a.png",
        "image/png;base64,AAAA",
        # not an image type, or not base64
        "data:text/plain;base64,aGVsbG8=",
        "data:image/png,rawbytes",
        # invalid base64
        "data:image/png;base64,@@@@",
    ],
)
def test_anything_but_a_base64_image_data_url_is_invalid(url: str) -> None:
    with pytest.raises(InvalidImage) as info:
        data_url_bytes(url, where="messages[0].content[1].image_url", max_bytes=10**6)
    assert info.value.status == 422
    assert info.value.param == "messages[0].content[1].image_url"


def test_a_gif_declared_as_png_is_refused_by_its_bytes() -> None:
    gif = encoded(plain_product(), "GIF")
    with pytest.raises(InvalidImage, match="not a PNG, JPEG or WebP"):
        open_image(gif, where="f", max_pixels=10**7)


def test_bytes_over_the_budget_are_refused_before_decoding_base64() -> None:
    url = "data:image/png;base64," + "A" * 4000
    with pytest.raises(ImageTooLarge) as info:
        data_url_bytes(url, where="f", max_bytes=1000)
    assert (info.value.status, info.value.code) == (413, "image_too_large")


def test_pixels_over_the_budget_are_refused_from_the_header_alone() -> None:
    """The header claims 5000x4000 and there is no pixel data: only the header was read."""
    with pytest.raises(ImageTooLarge, match="5000x4000"):
        open_image(_png_header_only(5000, 4000), where="f", max_pixels=16_000_000)


def test_a_header_past_pillows_own_guard_is_too_large_too() -> None:
    with pytest.raises(ImageTooLarge, match="more pixels than any budget"):
        open_image(_png_header_only(20000, 20000), where="f", max_pixels=64_000_000)


def test_the_same_header_within_the_budget_is_undecodable_not_too_large() -> None:
    with pytest.raises(InvalidImage):
        open_image(_png_header_only(100, 100), where="f", max_pixels=16_000_000)


def test_pillows_decompression_bomb_guard_is_set_to_the_largest_budget() -> None:
    assert Image.MAX_IMAGE_PIXELS == 64_000_000


def test_a_truncated_image_is_invalid() -> None:
    jpeg = encoded(plain_product(), "JPEG")
    with pytest.raises(InvalidImage, match="could not be decoded"):
        open_image(jpeg[: len(jpeg) // 2], where="f", max_pixels=10**7)


def test_an_animated_image_is_refused_since_its_other_frames_would_pass_unread() -> None:
    frames = [plain_product(), Image.new("RGB", (640, 480), (0, 0, 0))]
    apng = encoded(frames[0], "PNG", save_all=True, append_images=frames[1:])
    with pytest.raises(InvalidImage, match="animated"):
        open_image(apng, where="f", max_pixels=10**7)


def test_transparency_is_flattened_so_hidden_colour_under_alpha_does_not_leave() -> None:
    hidden = Image.new("RGBA", (50, 20), (255, 0, 0, 0))  # red, fully transparent
    image = open_image(encoded(hidden, "PNG"), where="f", max_pixels=10**7)
    pixels = upright_rgb(image)
    assert pixels.mode == "RGB"
    assert pixels.getpixel((10, 10)) == (255, 255, 255)


def test_exif_orientation_is_applied_before_anything_reads_the_pixels() -> None:
    tall = Image.new("RGB", (40, 100), (0, 0, 0))
    exif = tall.getexif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    image = open_image(encoded(tall, "JPEG", exif=exif.tobytes()), where="f", max_pixels=10**7)
    assert upright_rgb(image).size == (100, 40)


def test_the_data_url_round_trip_gives_the_same_bytes() -> None:
    png = encoded(plain_product())
    assert data_url_bytes(data_url(png), where="f", max_bytes=10**7) == png
    assert base64.b64encode(png).decode() in data_url(png)
