"""Faces in an image by OpenCV's Haar cascades, the ones its wheel bundles (no download).

Frontal faces, and profiles looking either way (the profile cascade, on the image and
on its mirror). The image is scaled so its long side is at most ``_MAX_SIDE`` pixels
first: the cascades find faces of ``min_face_pixels`` and more at that scale, in
bounded time whatever the photo's size. Haar cascades miss faces that are small,
turned, tilted or partly hidden; SECURITY.md says so.
"""

from __future__ import annotations

import threading
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from compliance.core.errors import ImageScanError
from compliance.images.types import Box

_MAX_SIDE = 800  # about 0.6 s for the three passes over a 1024x768 photo on one core
_CASCADES = ("haarcascade_frontalface_default.xml", "haarcascade_profileface.xml")


def cascade_dir() -> Path:
    """Where opencv-python-headless installed its cascades."""
    return Path(cv2.data.haarcascades)  # type: ignore[attr-defined]


class HaarFaces:
    """Face boxes of an RGB image; each worker thread loads its own classifiers."""

    def __init__(self, *, min_face_pixels: int) -> None:
        self._min = min_face_pixels
        self._local = threading.local()
        # One thread per detection, as Tesseract gets (OMP_THREAD_LIMIT=1): the image
        # workers are the parallelism. OpenCV's own threads fought them and Tesseract for
        # the cores, and a 1024x768 photo took 1.0 s instead of 0.6 s.
        cv2.setNumThreads(1)

    def _classifiers(self) -> list[cv2.CascadeClassifier]:
        loaded: list[cv2.CascadeClassifier] | None = getattr(self._local, "classifiers", None)
        if loaded is None:
            loaded = []
            for name in _CASCADES:
                classifier = cv2.CascadeClassifier(str(cascade_dir() / name))
                if classifier.empty():
                    raise ImageScanError(
                        f"face detection is unavailable: OpenCV's {name} did not load;"
                        " reinstall opencv-python-headless"
                    )
                loaded.append(classifier)
            self._local.classifiers = loaded
        return loaded

    def check(self) -> None:
        """Load the cascades now (at start), so a missing file fails before any request."""
        self._classifiers()

    def faces(self, image: Image.Image) -> list[Box]:
        """The faces found, in the image's pixels, overlapping detections merged.

        Raises:
            ImageScanError: OpenCV failed (fail closed).
        """
        scale = min(1.0, _MAX_SIDE / max(image.size))
        small = (
            image
            if scale == 1.0
            else image.resize(
                (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
            )
        )
        grey = cv2.equalizeHist(np.asarray(small.convert("L")))
        frontal, profile = self._classifiers()
        size = (self._min, self._min)
        try:
            found = [tuple(int(v) for v in r) for r in _detect(frontal, grey, size)]
            found += [tuple(int(v) for v in r) for r in _detect(profile, grey, size)]
            mirrored = np.ascontiguousarray(grey[:, ::-1])
            found += [
                (grey.shape[1] - int(x) - int(w), int(y), int(w), int(h))
                for x, y, w, h in _detect(profile, mirrored, size)
            ]
        except cv2.error:
            raise ImageScanError("face detection failed (OpenCV error)") from None
        boxes = [
            Box(round(x / scale), round(y / scale), round(w / scale), round(h / scale))
            for x, y, w, h in found
        ]
        return _merged(boxes)


def _detect(classifier: cv2.CascadeClassifier, grey: np.ndarray, size: tuple[int, int]) -> list:  # type: ignore[type-arg]
    return list(classifier.detectMultiScale(grey, scaleFactor=1.2, minNeighbors=5, minSize=size))


def _merged(boxes: list[Box]) -> list[Box]:
    """Boxes with detections of one face (overlapping by half or more) merged into one."""
    kept: list[Box] = []
    for box in sorted(boxes, key=lambda b: -b.width * b.height):
        if not any(_overlap(box, other) >= 0.5 for other in kept):
            kept.append(box)
    return sorted(kept, key=lambda b: (b.top, b.left))


def _overlap(a: Box, b: Box) -> float:
    """The share of the smaller box that lies inside the other."""
    width = min(a.left + a.width, b.left + b.width) - max(a.left, b.left)
    height = min(a.top + a.height, b.top + b.height) - max(a.top, b.top)
    if width <= 0 or height <= 0:
        return 0.0
    return width * height / min(a.width * a.height, b.width * b.height)
