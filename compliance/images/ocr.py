"""Text in an image by Tesseract (Debian's package and models, nothing downloaded).

Tesseract runs as a child process on the image's pixels (PPM on stdin, TSV on stdout,
no temporary file), one thread of its own (``OMP_THREAD_LIMIT=1``: the sidecar's
workers are the parallelism), stopped at the time budget. Sparse-text segmentation
(``--psm 11``) finds text anywhere in a photo (a label, a card held up), not only in
page-like blocks.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import threading
import time
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
        return self.start(image, where=where).words()

    def start(self, image: Image.Image, *, where: str) -> PendingOcr:
        """Start reading ``image``; the caller may do other work until ``words()``.

        Tesseract is a child process: while it reads, the calling thread is free (the
        inspector looks for faces meanwhile), and the time budget runs from here.

        Raises:
            ImageScanError: Tesseract could not be started or fed the image.
        """
        buffer = io.BytesIO()
        image.save(buffer, format="PPM")
        deadline = time.monotonic() + self._timeout
        try:
            process = subprocess.Popen(  # noqa: S603 (a fixed binary; the image goes on stdin)
                [self._binary, "stdin", "stdout", "-l", self._languages, "--psm", "11", "tsv"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=_ENV,
            )
        except OSError as exc:
            raise ImageScanError(f"OCR is unavailable ({type(exc).__name__})") from None
        pending = PendingOcr(process, deadline=deadline, timeout=self._timeout, where=where)
        pending.feed(buffer.getvalue())
        return pending


class PendingOcr:
    """A Tesseract process at work on one image."""

    def __init__(
        self, process: subprocess.Popen[bytes], *, deadline: float, timeout: float, where: str
    ) -> None:
        self._process = process
        self._deadline = deadline
        self._timeout = timeout
        self._where = where

    def feed(self, image: bytes) -> None:
        """Hand the image over on stdin (Tesseract reads it whole before it starts)."""
        assert self._process.stdin is not None
        writer = threading.Thread(target=self._write, args=(image,), daemon=True)
        writer.start()
        writer.join(max(0.0, self._deadline - time.monotonic()))
        if writer.is_alive():
            self.cancel()
            writer.join()
            raise self._too_complex()
        self._process.stdin = None  # written and closed: communicate() has nothing to send

    def _write(self, image: bytes) -> None:
        stdin = self._process.stdin
        assert stdin is not None
        try:
            stdin.write(image)
        except OSError:
            pass  # Tesseract exited early: its exit status says so in words()
        finally:
            with contextlib.suppress(OSError):
                stdin.close()

    def cancel(self) -> None:
        """Stop the process (on a failure elsewhere, or past the budget)."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()

    def words(self) -> list[Word]:
        """Wait for the words, until the time budget that began at ``start``.

        Raises:
            ImageTooComplex: Tesseract did not finish in time (it is stopped; 422).
            ImageScanError: It failed (fail closed, 503).
        """
        try:
            out, _ = self._process.communicate(
                timeout=max(0.001, self._deadline - time.monotonic())
            )
        except subprocess.TimeoutExpired:
            self.cancel()
            raise self._too_complex() from None
        if self._process.returncode != 0:
            # Tesseract's stderr is not read: it is no part of a fixed error vocabulary.
            raise ImageScanError(f"OCR failed (Tesseract exit status {self._process.returncode})")
        return parse_tsv(out.decode("utf-8", "replace"))

    def _too_complex(self) -> ImageTooComplex:
        return ImageTooComplex(
            f"{self._where} could not be read within {self._timeout:g} s of OCR; send a smaller"
            " or simpler image",
            param=self._where,
        )


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
