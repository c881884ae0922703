"""An image read whole and what leaves of it: real Tesseract, real cascades, our detector.

Each test reads the image that leaves the way an attacker would, with the same OCR and
the same face detector: the values drawn into it must be gone.
"""

from __future__ import annotations

import asyncio
import io
import threading
from pathlib import Path

import pytest
from PIL import Image

from compliance.core.errors import ImageScanError, ImageTooComplex, ImageTooLarge
from compliance.core.settings import ImageSettings
from compliance.images import FACE, IMAGE_METADATA, ImageInspector
from compliance.images.faces import HaarFaces
from compliance.images.metadata import metadata_kinds
from compliance.images.ocr import TesseractOcr
from tests.images.drawing import (
    CARD_CIN,
    CARD_NAME,
    LABEL_NAME,
    LABEL_PHONE,
    cin_card,
    data_url,
    delivery_label,
    encoded,
    gps_exif,
    plain_product,
    portrait_on_photo,
)

pytestmark = pytest.mark.slow
REDACT_ALL = {"default": "redact"}


def ocr_text(data: bytes) -> str:
    """What OCR reads in an encoded image, as one string (words joined by spaces)."""
    ocr = TesseractOcr(languages=("fra", "ara", "eng"), timeout_seconds=60)
    image = Image.open(io.BytesIO(data)).convert("RGB")
    return " ".join(word.text for word in ocr.words(image, where="test"))


def test_the_card_drawn_for_the_tests_is_read_by_ocr() -> None:
    """The precondition of the tests below: without redaction the values are readable."""
    text = ocr_text(encoded(cin_card()))
    assert CARD_CIN in text
    assert CARD_NAME in text


def test_a_cin_and_a_name_on_a_card_count_like_typed_ones(inspector: ImageInspector) -> None:
    counts = inspector.read(encoded(cin_card()), where="f").findings.counts()
    assert counts["MA_CIN"] == 1
    assert counts["PERSON"] >= 1
    assert FACE not in counts
    assert IMAGE_METADATA not in counts


def test_the_redacted_card_no_longer_yields_the_name_or_the_number(
    inspector: ImageInspector,
) -> None:
    inspected = inspector.read(encoded(cin_card()), where="f")
    redacted = inspector.redact(inspected, REDACT_ALL)
    assert redacted.media_type == "image/png"
    assert redacted.done["text_blacked_out"] >= 2
    text = ocr_text(redacted.data)
    assert CARD_CIN not in text
    assert "384721" not in text
    assert "Benali" not in text
    assert "CARTE NATIONALE" in text  # what is not personal stays readable


def test_a_kept_type_stays_in_the_picture(inspector: ImageInspector) -> None:
    inspected = inspector.read(encoded(cin_card()), where="f")
    redacted = inspector.redact(inspected, {"MA_CIN": "keep", "default": "redact"})
    text = ocr_text(redacted.data)
    assert CARD_CIN in text
    assert "Benali" not in text


def test_a_phone_and_a_name_on_a_delivery_label_are_found_and_blacked_out(
    inspector: ImageInspector,
) -> None:
    data = encoded(delivery_label(), "JPEG", quality=95)
    inspected = inspector.read(data, where="f")
    counts = inspected.findings.counts()
    assert counts["PHONE_NUMBER"] == 1
    assert counts["PERSON"] >= 1
    redacted = inspector.redact(inspected, REDACT_ALL)
    assert redacted.media_type == "image/jpeg"
    text = ocr_text(redacted.data)
    assert LABEL_PHONE not in text.replace(" ", "")
    assert "Alaoui" not in text
    assert LABEL_NAME not in text


def test_a_face_is_found_and_blurred_past_what_the_detector_finds(
    inspector: ImageInspector,
) -> None:
    inspected = inspector.read(encoded(portrait_on_photo()), where="f")
    assert inspected.findings.counts() == {FACE: 1}
    redacted = inspector.redact(inspected, REDACT_ALL)
    assert redacted.done == {"faces_blurred": 1}
    again = inspector.read(redacted.data, where="f")
    assert again.findings.faces == ()


def test_a_face_the_purpose_keeps_is_left_as_it_is(inspector: ImageInspector) -> None:
    inspected = inspector.read(encoded(portrait_on_photo()), where="f")
    redacted = inspector.redact(inspected, {FACE: "keep", "default": "redact"})
    assert "faces_blurred" not in redacted.done
    assert len(inspector.read(redacted.data, where="f").findings.faces) == 1


def test_exif_gps_is_counted_and_gone_from_what_leaves(inspector: ImageInspector) -> None:
    photo = plain_product()
    data = encoded(photo, "JPEG", exif=gps_exif(photo).tobytes())
    inspected = inspector.read_url(data_url(data, "image/jpeg"), where="f")
    assert inspected.findings.metadata == ("exif", "gps", "owner", "serial")
    assert inspected.findings.counts() == {IMAGE_METADATA: 4}
    # Metadata is stripped whatever the decision says.
    redacted = inspector.redact(inspected, {IMAGE_METADATA: "keep", "default": "keep"})
    assert redacted.done == {"metadata_stripped": 4}
    out = Image.open(io.BytesIO(redacted.data))
    assert not out.getexif().get_ifd(0x8825)
    assert metadata_kinds(out) == ()
    assert b"SN-CANARY-4242" not in redacted.data


def test_a_product_photo_holds_nothing_and_leaves_unchanged_in_content(
    inspector: ImageInspector,
) -> None:
    inspected = inspector.read(encoded(plain_product()), where="f")
    assert inspected.findings.counts() == {}
    redacted = inspector.redact(inspected, REDACT_ALL)
    assert redacted.done == {}
    out = Image.open(io.BytesIO(redacted.data)).convert("RGB")
    assert out.tobytes() == plain_product().tobytes()  # PNG is lossless


def test_the_async_twins_run_on_the_inspectors_threads(inspector: ImageInspector) -> None:
    async def both() -> tuple[dict[str, int], set[str]]:
        threads: set[str] = set()
        inspected = await inspector.aread(encoded(delivery_label()), where="f")
        threads.add(await inspector._run(lambda: threading.current_thread().name))
        redacted = await inspector.aredact(inspected, REDACT_ALL)
        return redacted.done, threads

    done, threads = asyncio.run(both())
    assert done["text_blacked_out"] >= 1
    assert all(name.startswith("images") for name in threads)


# --- the budget and failures: fail closed -------------------------------------------------


def _script(tmp_path: Path, body: str) -> str:
    path = tmp_path / "tesseract"
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)
    return str(path)


def test_ocr_that_does_not_finish_in_time_gives_image_too_complex(tmp_path: Path, detector) -> None:
    """A Tesseract that never ends (it waits forever): stopped at the budget, 422."""
    never = _script(tmp_path, "exec sleep 3600")
    ocr = TesseractOcr(languages=("eng",), timeout_seconds=0.5, binary=never)
    inspector = ImageInspector(detector=detector, settings=ImageSettings(), ocr=ocr)
    with pytest.raises(ImageTooComplex) as info:
        inspector.read(encoded(plain_product()), where="messages[0].content[0]")
    assert (info.value.status, info.value.code) == (422, "image_too_complex")
    inspector.close()


def test_ocr_that_fails_fails_closed(tmp_path: Path, detector) -> None:
    broken = _script(tmp_path, "echo 'Karim Benali' >&2; exit 1")
    ocr = TesseractOcr(languages=("eng",), timeout_seconds=30, binary=broken)
    inspector = ImageInspector(detector=detector, settings=ImageSettings(), ocr=ocr)
    with pytest.raises(ImageScanError) as info:
        inspector.read(encoded(plain_product()), where="f")
    assert info.value.status == 503
    assert "Karim" not in info.value.message  # Tesseract's own words are not quoted
    inspector.close()


def test_a_missing_tesseract_or_model_is_found_at_start(tmp_path: Path) -> None:
    with pytest.raises(ImageScanError, match="does not run"):
        TesseractOcr(languages=("fra",), timeout_seconds=5, binary=str(tmp_path / "nope")).check()
    with pytest.raises(ImageScanError, match="tesseract-ocr-zzz"):
        TesseractOcr(languages=("fra", "zzz"), timeout_seconds=5).check()


def test_pixels_over_the_budget_are_refused_before_ocr(tmp_path: Path, detector) -> None:
    never = _script(tmp_path, "exec sleep 3600")  # would hang if it were reached
    ocr = TesseractOcr(languages=("eng",), timeout_seconds=60, binary=never)
    settings = ImageSettings(max_pixels=100_000)
    inspector = ImageInspector(detector=detector, settings=settings, ocr=ocr)
    with pytest.raises(ImageTooLarge):
        inspector.read(encoded(plain_product()), where="f")  # 640x480 = 307,200 pixels
    inspector.close()


def test_face_detection_loads_the_bundled_cascades() -> None:
    HaarFaces(min_face_pixels=24).check()
