"""Step 4 and 7 for image parts: read each image, count what it holds, write what may leave.

The shapes (``shapes.py``) name where a payload's images are (chat ``image_url`` parts,
responses ``input_image`` parts); a route's ``images.pointers`` name them in embedding
and generic JSON bodies (CLIP-style servers). Every image is read whole before the
decision (``compliance.images``): inline ``data:`` URLs, ``https`` URLs only from the
route's allow-list (fetched, then forwarded inline, never by URL), and, at a configured
pointer, raw base64 too. What was found is counted into the policy input; once the
decision allows the request, each image is redacted under its ``image_actions`` and
written back in place, in the form it came in.

Deny by default: a string the shapes read as text that is in fact an image (a data URL,
or the base64 of a PNG, JPEG or WebP) is refused, never forwarded as unscanned text.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

from compliance.core.errors import (
    ImageTooLarge,
    ImageUrlRefused,
    InvalidImage,
    PersonalDataInPath,
    SchemaError,
    TooManyImages,
)
from compliance.core.settings import Route
from compliance.detect.types import SENSITIVE_ENTITIES, Span
from compliance.guard.adapters import read_slot, separated
from compliance.guard.shapes import Extraction, Path, TextSlot, path_name
from compliance.images import ImageFetcher, ImageInspector, Inspected
from compliance.images.decode import sniff
from compliance.images.inspector import Reading

Form = Literal["data_url", "base64"]

# A text that is base64 through and through, long enough to be a file.
_BASE64_TEXT = re.compile(r"^\s*[A-Za-z0-9+/]{64,}={0,2}\s*$")
# The first bytes of pictures and documents in any format Pillow or a model server reads.
_FILE_MAGIC = (
    b"\x89PNG",  # PNG
    b"\xff\xd8\xff",  # JPEG
    b"RIFF",  # WebP (and other RIFF media)
    b"GIF87a",
    b"GIF89a",
    b"BM",  # BMP
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
    b"\x00\x00\x01\x00",  # ICO
    b"8BPS",  # Photoshop
    b"%PDF",
    b"\x00\x00\x00\x0cjP",  # JPEG 2000
)
_BOX_BRANDS = (b"ftypavif", b"ftypheic", b"ftypheix", b"ftypmif1")  # AVIF, HEIC at offset 4
# A data: URL of a file anywhere in a text, however it is parameterized or preceded
# ("Voici: data:image/jpeg;base64;name=x.jpg,...", "data:image/svg+xml;utf8,<svg").
_DATA_URL_ANYWHERE = re.compile(
    r"data:[^,]{0,200}base64|data:\s*(?:image|audio|video|application|font|model)/", re.IGNORECASE
)
# White space and invisible characters a wrapped or disguised base64 carries.
_BASE64_BREAKS = re.compile(r"[\s\u00ad\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]+")
# How the first bytes of a file read in base64 (either alphabet, read as the standard
# one), anywhere in a text once its breaks are removed, with at least 48 more base64
# characters after them: pictures, documents, archives, audio and ISO media boxes.
_B64 = "[A-Za-z0-9+/]"
_FILE_IN_BASE64 = re.compile(
    "(?:"
    + "|".join(
        (
            "iVBORw0KGgo",  # PNG
            "/9j/",  # JPEG
            "R0lGOD[dl]h",  # GIF
            "UklGR",  # RIFF: WebP, WAV, AVI
            f"Qk{_B64}{{6}}AAAA",  # BMP
            "SUkqA",  # TIFF little-endian
            "TU0AK",  # TIFF big-endian
            "AAABAA",  # ICO
            "OEJQU",  # Photoshop
            "JVBERi",  # PDF
            "UEsDB",  # ZIP, DOCX, XLSX
            "H4sI",  # gzip
            "SUQz",  # MP3 with ID3
            "T2dnU",  # Ogg
            "ZkxhQ",  # FLAC
            "AAAADEpYTC",  # JPEG XL container
            "AAAADGpQ",  # JPEG 2000
            f"AAAA{_B64}{_B64}Z0eXB",  # any ISO media box: AVIF, HEIC, MP4, MOV
        )
    )
    + f"){_B64}{{48}}"
)


Detect = Callable[[Sequence[str]], Awaitable[list[list[Span]]]]


@dataclass(frozen=True, slots=True)
class _Scanned:
    path: Path
    form: Form
    reading: Reading
    fetched: bool = False


@dataclass(frozen=True, slots=True)
class ReadImage:
    """One image of the request, read: where it goes back and in which form."""

    path: Path
    form: Form
    inspected: Inspected
    fetched: bool = False


@dataclass
class ImagesRead:
    """The request's images and what they hold, for the policy input and the audit record."""

    images: list[ReadImage] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for image in self.images:
            total.update(image.inspected.findings.counts())
        return dict(sorted(total.items()))

    def summary(self, done: Mapping[str, int] | None = None) -> dict[str, Any]:
        """The audit record's ``images``: counts and fixed words only (no pixels, no text)."""
        formats = Counter(i.inspected.findings.format for i in self.images)
        kinds = sorted({k for i in self.images for k in i.inspected.findings.metadata})
        out: dict[str, Any] = {
            "count": len(self.images),
            "fetched": sum(i.fetched for i in self.images),
            "formats": dict(sorted(formats.items())),
            "found": self.counts(),
            "metadata": kinds,
        }
        if done is not None:
            out["done"] = dict(sorted(done.items()))
        return out


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer_paths(document: Any, pointer: str) -> list[Path]:
    """The paths ``pointer`` (RFC 6901, ``*`` for every list index) reaches in ``document``."""
    found: list[tuple[Path, Any]] = [((), document)]
    for step in (_unescape(t) for t in pointer.split("/")[1:]):
        following: list[tuple[Path, Any]] = []
        for path, node in found:
            if isinstance(node, list):
                if step == "*":
                    following += [((*path, i), item) for i, item in enumerate(node)]
                elif step.isdigit() and int(step) < len(node):
                    following.append(((*path, int(step)), node[int(step)]))
            elif isinstance(node, dict) and step in node:
                following.append(((*path, step), node[step]))
        found = following
    return [path for path, _ in found]


def claim_images(extraction: Extraction, payload: Any, route: Route) -> list[Path]:
    """Every image path of the payload; pointer fields leave the texts to scan.

    Raises:
        SchemaError: A configured image field holds something other than a string.
        InvalidImage: A text holds an image (a data URL or an image's base64) at a place
            no shape or pointer names as one: refused rather than forwarded unread.
    """
    paths = list(extraction.images)
    for pointer in route.images.pointers:
        for path in pointer_paths(payload, pointer):
            if path in paths:
                continue
            node = payload
            for part in path:
                node = node[part]
            if not isinstance(node, str):
                raise SchemaError(
                    f"{path_name(path)} must be an image (a data: URL or base64)",
                    param=path_name(path),
                )
            paths.append(path)
    claimed = set(paths)
    extraction.slots = [
        slot for slot in extraction.slots if not (slot.role == "text" and slot.path in claimed)
    ]
    texts = []
    for slot in extraction.slots:
        texts.append(_not_an_image(payload, slot))
    # A file cut into pieces over several texts (parts, messages) is a file too.
    if len(texts) > 1 and holds_file("".join(texts)):
        raise InvalidImage(
            "the request's texts together hold a file (base64 cut into pieces); send"
            " images as image parts, or name the field in routes.<name>.images.pointers",
            param="messages",
        )
    return paths


def holds_file(text: str) -> bool:
    """Whether ``text`` holds a file: a data: URL, or base64 that starts like a file.

    The base64 may be wrapped, spaced, in the URL-safe alphabet, or inside other text;
    what counts is how its first bytes read (``_FILE_IN_BASE64``).
    """
    if "data:" in text.lower() and _DATA_URL_ANYWHERE.search(text):
        return True
    if len(text) < 52:
        return False
    squeezed = _BASE64_BREAKS.sub("", text).translate(_URL_SAFE)
    return _FILE_IN_BASE64.search(squeezed) is not None or _is_encoded_file(squeezed)


_URL_SAFE = str.maketrans("-_", "+/")


def _not_an_image(payload: Any, slot: TextSlot) -> str:
    """The slot's text, refused when it holds a file (every role read as text)."""
    if slot.role in ("number", "param"):
        return ""
    text = read_slot(payload, slot)
    if holds_file(text):
        # A key is the caller's text: the message names the object that holds it.
        path = slot.path[:-1] if slot.role == "key" else slot.path
        where = (path_name(path) or "the body") + (
            " (one of its keys)" if slot.role == "key" else ""
        )
        raise InvalidImage(
            f"{where} holds an image or a file where text is expected; send images as"
            " image parts, or name the field in routes.<name>.images.pointers",
            param=where,
        )
    return text


def _is_encoded_file(text: str) -> bool:
    """Whether ``text`` is the base64 of a picture or a document (by its first bytes)."""
    if not _BASE64_TEXT.match(text):
        return False
    head = text.strip()[:64]
    try:
        first = base64.b64decode(head[: len(head) // 4 * 4])
    except (binascii.Error, ValueError):
        return False
    return first.startswith(_FILE_MAGIC) or first[4:12] in _BOX_BRANDS


class ImageGuard:
    """Reads a request's images and writes back what may leave (``compliance.images``)."""

    def __init__(self, *, inspector: ImageInspector, fetcher: ImageFetcher | None = None) -> None:
        self.inspector = inspector
        self._fetcher = fetcher

    async def read(
        self, payload: Any, paths: Sequence[Path], route: Route, *, detect: Detect
    ) -> ImagesRead:
        """Read every image at ``paths``, all of them or none (any failure raises).

        The images' OCR texts are analyzed by ``detect``, the guard's own detection (the
        same detector, queue and budget as the request's texts), in one call.

        Raises:
            TooManyImages: More than ``images.max_images`` (413).
            InvalidImage, ImageTooLarge, ImageTooComplex, ImageUrlRefused,
            ImageFetchFailed, ImageScanError, DetectionError: from ``compliance.images``.
        """
        limit = self.inspector.settings.max_images
        if len(paths) > limit:
            raise TooManyImages(
                f"the request carries {len(paths)} images, more than {limit}; send fewer"
                " per request"
            )
        scanned = await asyncio.gather(*(self._one(payload, path, route, detect) for path in paths))
        texts = [s.reading.layout.text for s in scanned if s.reading.layout.text.strip()]
        found = iter(await detect(texts) if texts else [])
        images = [
            ReadImage(
                s.path,
                s.form,
                self.inspector.found(
                    s.reading, next(found) if s.reading.layout.text.strip() else []
                ),
                s.fetched,
            )
            for s in scanned
        ]
        return ImagesRead(images)

    async def _one(self, payload: Any, path: Path, route: Route, detect: Detect) -> _Scanned:
        node = payload
        for part in path:
            node = node[part]
        where = path_name(path)
        if not isinstance(node, str):
            raise SchemaError(f"{where} must be an image URL (a string)", param=where)
        if node.startswith("data:"):
            return _Scanned(path, "data_url", await self.inspector.ascan_url(node, where=where))
        if node.lower().startswith(("http://", "https://", "//")) or "://" in node[:16]:
            await _check_fetched_url(node, detect=detect, where=where)
            fetcher = self._fetcher or ImageFetcher()
            self._fetcher = fetcher
            data = await fetcher.fetch(node, images=route.images, where=where)
            reading = await self.inspector.ascan(data, where=where)
            return _Scanned(path, "data_url", reading, fetched=True)
        if path in path_names_of_pointers(payload, route):
            data = _base64(node, where=where, max_bytes=self.inspector.settings.max_bytes)
            return _Scanned(path, "base64", await self.inspector.ascan(data, where=where))
        raise InvalidImage(
            f"{where} is neither a data: URL nor an https URL; send the image inline as"
            " data:image/png;base64,...",
            param=where,
        )

    async def write(
        self, payload: Any, read: ImagesRead, actions: Mapping[str, str]
    ) -> dict[str, int]:
        """Redact each image under ``actions`` and write it back in place; what was done."""
        done: Counter[str] = Counter()
        redacted = await asyncio.gather(
            *(self.inspector.aredact(image.inspected, actions) for image in read.images)
        )
        for image, out in zip(read.images, redacted, strict=True):
            parent = payload
            for part in image.path[:-1]:
                parent = parent[part]
            if image.form == "base64":
                parent[image.path[-1]] = base64.b64encode(out.data).decode("ascii")
            else:
                parent[image.path[-1]] = out.data_url()
            done.update(out.done)
        return dict(done)


# What a fetched URL's path may name without being refused: a place (a product line named
# after a city) or a topic word says nothing about the caller here.
_NOT_REFUSED_IN_URLS = SENSITIVE_ENTITIES | {"LOCATION"}


async def _check_fetched_url(url: str, *, detect: Detect, where: str) -> None:
    """The URL a fetch would send to the media host: the caller's text, read first.

    A query string or fragment is refused (it would reach the host unread); the path's
    segments, percent-decoded, are read like text (``_ - .`` as spaces), and personal
    data in them is refused (422 ``personal_data_in_path``), before anything is sent.
    """
    parts = urlsplit(url)
    if parts.query or parts.fragment or url.rstrip().endswith(("?", "#")):
        raise ImageUrlRefused(
            f"{where}: an image URL to fetch takes no query string or fragment (they would"
            " reach the media host unread); send the image inline as a data: URL",
            param=where,
        )
    segments = [unquote(segment) for segment in parts.path.split("/") if segment]
    if not segments:
        return
    [spans] = await detect([separated(" / ".join(segments))])
    personal = Counter(s.entity_type for s in spans if s.entity_type not in _NOT_REFUSED_IN_URLS)
    if personal:
        refused = PersonalDataInPath(personal)
        refused.param = where
        raise refused


def path_names_of_pointers(payload: Any, route: Route) -> set[Path]:
    """The paths the route's pointers reach (where raw base64 images are taken)."""
    return {p for pointer in route.images.pointers for p in pointer_paths(payload, pointer)}


def _base64(text: str, *, where: str, max_bytes: int) -> bytes:
    if len(text) // 4 * 3 > max_bytes + 3:
        raise ImageTooLarge(f"{where} holds more than {max_bytes} bytes of image", param=where)
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidImage(
            f"{where} is neither a data: URL, an https URL nor base64", param=where
        ) from None
    if sniff(data) is None:
        raise InvalidImage(f"{where} is not a PNG, JPEG or WebP image", param=where)
    return data
