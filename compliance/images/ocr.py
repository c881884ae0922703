"""Text in an image by Tesseract (Debian's package and models, nothing downloaded).

Tesseract runs as a child process on the image's pixels (PPM on stdin, TSV on stdout,
no temporary file), one thread of its own (``OMP_THREAD_LIMIT=1``: the sidecar's
workers are the parallelism), stopped at the time budget. Sparse-text segmentation
(``--psm 11``) finds text anywhere in a photo (a label, a card held up), not only in
page-like blocks.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from PIL import Image

from compliance.core.errors import ImageScanError, ImageTooComplex
from compliance.images.lines import Word
from compliance.images.types import Box

_WORD_LEVEL = "5"


class TesseractOcr:
    """Words and boxes of an image, read in ``languages`` (Tesseract model names)."""

    def __init__(
        self, *, languages: Sequence[str], timeout_seconds: float, binary: str | None = None
    ) -> None:
        self._languages = "+".join(languages)
        self._timeout = timeout_seconds
        self._binary = binary or shutil.which("tesseract") or "/usr/bin/tesseract"

    def check(self) -> None:
        """Fail at start, not on the first image, when Tesseract or a model is missing.

        Raises:
            ImageScanError: The binary does not run or lacks one of the languages.
        """
        try:
            listed = subprocess.run(  # noqa: S603 (a fixed binary, fixed arguments)
                [self._binary, "--list-langs"],
                capture_output=True,
                timeout=30,
                check=True,
                env=_ENV,
            ).stdout.decode("utf-8", "replace")
        except (OSError, subprocess.SubprocessError) as exc:
            raise ImageScanError(
                f"OCR is unavailable: {Path(self._binary).name} does not run"
                f" ({type(exc).__name__}); install tesseract-ocr (make /usr/bin/tesseract)"
            ) from None
        have = {line.strip() for line in listed.splitlines()[1:]}
        missing = sorted(set(self._languages.split("+")) - have)
        if missing:
            raise ImageScanError(
                f"OCR is unavailable: Tesseract has no model for {', '.join(missing)};"
                f" install tesseract-ocr-{' tesseract-ocr-'.join(missing)}"
            )

    def words(self, image: Image.Image, *, where: str) -> list[Word]:
        """The words Tesseract reads in ``image`` (RGB), in its reading order.

        Raises:
            ImageTooComplex: Tesseract did not finish within the time budget (422).
            ImageScanError: Tesseract failed (fail closed, 503).
        """
        buffer = io.BytesIO()
        image.save(buffer, format="PPM")
        try:
            done = subprocess.run(  # noqa: S603 (a fixed binary; the image goes on stdin)
                [self._binary, "stdin", "stdout", "-l", self._languages, "--psm", "11", "tsv"],
                input=buffer.getvalue(),
                capture_output=True,
                timeout=self._timeout,
                env=_ENV,
            )
        except subprocess.TimeoutExpired:
            raise ImageTooComplex(
                f"{where} could not be read within {self._timeout:g} s of OCR; send a smaller"
                " or simpler image",
                param=where,
            ) from None
        except OSError as exc:
            raise ImageScanError(f"OCR is unavailable ({type(exc).__name__})") from None
        if done.returncode != 0:
            # Tesseract's stderr is not quoted: it is no part of a fixed error vocabulary.
            raise ImageScanError(f"OCR failed (Tesseract exit status {done.returncode})")
        return parse_tsv(done.stdout.decode("utf-8", "replace"))


# Tesseract's environment: only what it needs, one thread (the workers are the parallelism).
_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "OMP_THREAD_LIMIT": "1", "LC_ALL": "C.UTF-8"}


def parse_tsv(tsv: str) -> list[Word]:
    """Tesseract's TSV rows of level 5 (words) with text, as :class:`Word` in row order."""
    words: list[Word] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) != 12 or cells[0] != _WORD_LEVEL or not cells[11].strip():
            continue
        try:
            block, paragraph, line = int(cells[2]), int(cells[3]), int(cells[4])
            left, top, width, height = (int(c) for c in cells[6:10])
        except ValueError:
            continue
        if width <= 0 or height <= 0:
            continue
        words.append(
            Word(cells[11].strip(), Box(left, top, width, height), (block, paragraph, line))
        )
    return words
