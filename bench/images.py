"""What reading an image costs: ms per 1024x768 photo per stage, and per request.

In process: a 1024x768 JPEG photo (a textured scene, a face, a delivery label with a name
and a phone; EXIF with GPS) read by each stage of ``compliance.images`` in turn (decode,
metadata, OCR, detection of the OCR text, faces, redaction and re-encoding), each the
median of --rounds. Then through a real sidecar (demo upstream, loopback): the same chat
request with and without the photo as an ``image_url`` part, the added latency per request
(p50, p95) at concurrency 1. Prints figures, asserts nothing.

    .venv/bin/python bench/images.py [--rounds 10] [--requests 20]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import io
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx
from harness import percentile, running_stack
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from compliance.core.settings import ImageSettings
from compliance.detect import PresidioDetector
from compliance.images import ImageInspector
from compliance.images.decode import open_image, upright_rgb
from compliance.images.faces import HaarFaces
from compliance.images.inspector import Inspected
from compliance.images.lines import assemble
from compliance.images.metadata import metadata_kinds
from compliance.images.ocr import TesseractOcr

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def photo(rng: random.Random, *, raw_noise: bool = False) -> bytes:
    """A 1024x768 JPEG: noise and shapes (a photo's entropy), a face, a label; EXIF GPS."""
    # Sensor noise, softened as a lens and JPEG leave it (raw per-pixel noise is a worst
    # case for OCR's sparse-text search: try --raw-noise).
    scene = Image.effect_noise((1024, 768), 40).convert("RGB")
    if not raw_noise:
        scene = scene.filter(ImageFilter.GaussianBlur(1.2))
    draw = ImageDraw.Draw(scene)
    for _ in range(30):
        x, y = rng.randrange(1024), rng.randrange(768)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.rectangle((x, y, x + rng.randrange(20, 200), y + rng.randrange(20, 150)), fill=colour)
    face = Image.new("L", (300, 300), 90)
    f = ImageDraw.Draw(face)
    f.ellipse((60, 30, 240, 285), fill=200)
    f.rectangle((82, 105, 131, 112), fill=60)
    f.rectangle((169, 105, 218, 112), fill=60)
    f.ellipse((86, 120, 127, 146), fill=40)
    f.ellipse((172, 120, 214, 146), fill=40)
    f.polygon([(150, 135), (135, 195), (165, 195)], fill=170)
    f.ellipse((112, 217, 188, 240), fill=70)
    scene.paste(face.filter(ImageFilter.GaussianBlur(4.5)).convert("RGB"), (80, 200))
    label = Image.new("RGB", (520, 200), (255, 255, 255))
    ImageDraw.Draw(label).multiline_text(
        (20, 20),
        "Destinataire: Yasmine Alaoui\nTel: 0661234567",
        font=ImageFont.truetype(FONT, 30),
        fill=(0, 0, 0),
        spacing=30,
    )
    scene.paste(label, (460, 420))
    exif = scene.getexif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (34.0, 1.0, 15.0), "W", (6.0, 50.0, 31.0)
    buffer = io.BytesIO()
    scene.save(buffer, format="JPEG", quality=90, exif=exif.tobytes())
    return buffer.getvalue()


def timed(work: Callable[[], Any], rounds: int) -> tuple[float, Any]:
    """The median seconds of ``rounds`` runs of ``work``, and its last result."""
    times, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def in_process(rounds: int, *, raw_noise: bool) -> None:
    settings = ImageSettings()
    data = photo(random.Random(7), raw_noise=raw_noise)
    detector = PresidioDetector()
    detector.warm_up()
    ocr = TesseractOcr(languages=settings.ocr_languages, timeout_seconds=60)
    faces = HaarFaces(min_face_pixels=settings.min_face_pixels)
    inspector = ImageInspector(detector=detector, settings=settings, ocr=ocr, faces=faces)
    inspector.check()
    decode_s, pixels = timed(
        lambda: upright_rgb(open_image(data, where="bench", max_pixels=settings.max_pixels)), rounds
    )
    image = open_image(data, where="bench", max_pixels=settings.max_pixels)
    meta_s, kinds = timed(lambda: metadata_kinds(image), rounds)
    ocr_s, words = timed(lambda: ocr.words(pixels, where="bench"), rounds)
    text = assemble(words).text
    detect_s, _ = timed(lambda: detector.analyze([text + f" {time.perf_counter_ns()}"]), rounds)
    faces_s, found = timed(lambda: faces.faces(pixels), rounds)
    total_s, inspected = timed(lambda: inspector.read(data, where="bench"), rounds)
    assert isinstance(inspected, Inspected)
    redact_s, _ = timed(lambda: inspector.redact(inspected, {"default": "redact"}), rounds)
    inspector.close()
    print(f"1024x768 JPEG, {len(data) // 1024} KB; medians of {rounds} rounds")
    print(f"  found: {inspected.findings.counts()} ({len(words)} words, {len(found)} faces)")
    print(f"  metadata kinds: {', '.join(kinds)}")
    for name, seconds in (
        ("decode + orient + flatten", decode_s),
        ("metadata kinds", meta_s),
        ("OCR (Tesseract fra+ara+eng)", ocr_s),
        ("detection of the OCR text", detect_s),
        ("faces (3 cascade passes)", faces_s),
        ("read, total (faces during OCR)", total_s),
        ("redact + re-encode", redact_s),
        ("image, total", total_s + redact_s),
    ):
        print(f"  {name:<30} {seconds * 1000:8.1f} ms")


def through_sidecar(requests: int) -> None:
    data_url = "data:image/jpeg;base64," + base64.b64encode(photo(random.Random(7))).decode()
    text = "Décris cette photo et dis-moi à qui envoyer le colis."
    with_image = [
        {"type": "text", "text": text},
        {"type": "image_url", "image_url": {"url": data_url}},
    ]

    async def phase(url: str, content: Any) -> list[float]:
        latencies = []
        body = {"model": "echo-1", "messages": [{"role": "user", "content": content}]}
        async with httpx.AsyncClient(timeout=120) as client:
            for _ in range(requests):
                started = time.perf_counter()
                response = await client.post(url, json=body, headers={"X-Subject-Id": "bench"})
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200:
                    print(f"  !! {response.status_code} {response.text[:200]}")
        return latencies

    with running_stack(extra_config="max_body_bytes: 8388608\n") as stack:
        url = f"{stack.sidecar_url}/llm/v1/chat/completions"
        asyncio.run(phase(url, with_image[:1]))  # warm-up
        text_only = asyncio.run(phase(url, text))
        image = asyncio.run(phase(url, with_image))
    t50, t95 = percentile(text_only, 0.5), percentile(text_only, 0.95)
    i50, i95 = percentile(image, 0.5), percentile(image, 0.95)
    print(f"through the sidecar, concurrency 1, {requests} requests each")
    print(f"  text only p50/p95              {t50 * 1000:8.1f} / {t95 * 1000:.1f} ms")
    print(f"  text + 1024x768 photo p50/p95  {i50 * 1000:8.1f} / {i95 * 1000:.1f} ms")
    added50, added95 = (i50 - t50) * 1000, (i95 - t95) * 1000
    print(f"  added per image p50/p95        {added50:8.1f} / {added95:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--in-process-only", action="store_true")
    parser.add_argument("--raw-noise", action="store_true", help="unsoftened per-pixel noise")
    args = parser.parse_args()
    in_process(args.rounds, raw_noise=args.raw_noise)
    if not args.in_process_only:
        through_sidecar(args.requests)


if __name__ == "__main__":
    main()
