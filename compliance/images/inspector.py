"""Read an image whole (metadata, text by OCR, faces) and write what may leave.

``ImageInspector.read`` is bytes in, findings out; ``redact`` is findings and the
decision's actions in, bytes out. Both are CPU-bound and synchronous; their ``a``
twins run them on the inspector's own bounded pool of threads, off the event loop, so
a burst of images queues there instead of taking every thread of the process.

The OCR text goes through the same :class:`~compliance.detect.types.Detector` as the
request's texts, so a CIN, a phone or a name in a picture counts exactly like one
typed. Nothing read from an image is logged or kept: only types, boxes and counts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TypeVar

from PIL import Image

from compliance.core.errors import DetectionError, GuardError, ImageScanError
from compliance.core.settings import ImageSettings
from compliance.detect.types import Detector, Span
from compliance.images.decode import data_url_bytes, open_image, sniff, upright_rgb
from compliance.images.faces import HaarFaces
from compliance.images.lines import Layout, assemble
from compliance.images.metadata import metadata_kinds
from compliance.images.ocr import TesseractOcr
from compliance.images.redact import redact
from compliance.images.types import ImageFindings, Inspected, Redacted, TextFinding

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Reading:
    """An image scanned, its OCR text not yet detected: pixels, words and their boxes."""

    pixels: Image.Image
    layout: Layout
    findings: ImageFindings  # without ``text`` until :meth:`ImageInspector.found`


class ImageInspector:
    """Finds personal data in images and removes it, within the budget of ``settings``."""

    def __init__(
        self,
        *,
        detector: Detector,
        settings: ImageSettings,
        ocr: TesseractOcr | None = None,
        faces: HaarFaces | None = None,
    ) -> None:
        self.settings = settings
        self._detector = detector
        self._ocr = ocr or TesseractOcr(
            languages=settings.ocr_languages, timeout_seconds=settings.ocr_timeout_seconds
        )
        self._faces = faces or HaarFaces(min_face_pixels=settings.min_face_pixels)
        self._pool = ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="images")

    def check(self) -> None:
        """Tesseract, its models and the cascades are there (at start: fail before serving).

        Raises:
            ImageScanError: One of them is missing.
        """
        self._ocr.check()
        self._faces.check()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def read_url(self, url: str, *, where: str) -> Inspected:
        """:meth:`read` of a ``data:`` URL's image."""
        return self.found(self.scan_url(url, where=where), self._analyze)

    def read(self, data: bytes, *, where: str) -> Inspected:
        """Decode ``data`` and find what it holds, its OCR text read by the detector.

        ``where`` names the field in messages (``messages[0].content[1].image_url``).

        Raises:
            InvalidImage: Not a still PNG, JPEG or WebP that decodes whole (422).
            ImageTooLarge: Over the byte or pixel budget (413).
            ImageTooComplex: OCR ran out of time (422).
            ImageScanError, DetectionError: A stage failed (503; fail closed).
        """
        return self.found(self.scan(data, where=where), self._analyze)

    def scan_url(self, url: str, *, where: str) -> Reading:
        """:meth:`scan` of a ``data:`` URL's image."""
        data = data_url_bytes(url, where=where, max_bytes=self.settings.max_bytes)
        return self.scan(data, where=where)

    def scan(self, data: bytes, *, where: str) -> Reading:
        """Everything :meth:`read` does but detection: pixels, metadata, faces, OCR text.

        The guard detects the OCR text of all a request's images with its texts, through
        the same (fair, budgeted) detection, then calls :meth:`found`.
        """
        image = open_image(data, where=where, max_pixels=self.settings.max_pixels)
        image_format = sniff(data) or "PNG"
        try:
            metadata = metadata_kinds(image)
            pixels = upright_rgb(image)
            # Faces are looked for while Tesseract reads: two cores' worth of one image.
            reading = self._ocr.start(pixels, where=where)
            try:
                faces = self._faces.faces(pixels)
            except BaseException:
                reading.cancel()
                raise
            layout = assemble(reading.words())
        except GuardError:
            raise
        except Exception as exc:  # fail closed on whatever Pillow or OpenCV did not expect
            raise ImageScanError(f"reading {where} failed ({type(exc).__name__})") from None
        findings = ImageFindings(
            format=image_format,
            width=pixels.width,
            height=pixels.height,
            words=len(layout.ranges),
            faces=tuple(faces),
            metadata=metadata,
        )
        return Reading(pixels, layout, findings)

    @staticmethod
    def found(reading: Reading, spans: Sequence[Span] | Callable[[str], list[Span]]) -> Inspected:
        """The reading with its text's spans mapped back to word boxes.

        ``spans``: the detector's spans of ``reading.layout.text``, or a function giving
        them (called only when there is text).
        """
        if callable(spans):
            spans = spans(reading.layout.text) if reading.layout.text.strip() else []
        text = [
            TextFinding(span.entity_type, boxes)
            for span in spans
            if (boxes := reading.layout.boxes(span.start, span.end))
        ]
        return Inspected(reading.pixels, replace(reading.findings, text=tuple(text)))

    def _analyze(self, text: str) -> list[Span]:
        try:
            [spans] = self._detector.analyze([text])
        except DetectionError:
            raise
        except Exception as exc:
            raise DetectionError(f"detection failed: {type(exc).__name__}") from None
        return spans

    def redact(self, inspected: Inspected, actions: Mapping[str, str]) -> Redacted:
        """The image that leaves under ``actions`` (see :func:`compliance.images.redact.redact`)."""
        return redact(inspected, actions)

    async def aread_url(self, url: str, *, where: str) -> Inspected:
        return await self._run(lambda: self.read_url(url, where=where))

    async def ascan_url(self, url: str, *, where: str) -> Reading:
        return await self._run(lambda: self.scan_url(url, where=where))

    async def ascan(self, data: bytes, *, where: str) -> Reading:
        return await self._run(lambda: self.scan(data, where=where))

    async def aread(self, data: bytes, *, where: str) -> Inspected:
        return await self._run(lambda: self.read(data, where=where))

    async def aredact(self, inspected: Inspected, actions: Mapping[str, str]) -> Redacted:
        return await self._run(lambda: self.redact(inspected, actions))

    async def _run(self, work: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, work)
