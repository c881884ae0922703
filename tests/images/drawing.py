"""Images made for the tests with Pillow: a CIN-like card, a delivery label, a face, EXIF.

Text is drawn large in DejaVu Sans (Debian's fonts-dejavu-core, installed with
Tesseract by ``make /usr/bin/tesseract``), so OCR reads it reliably; the face is drawn
in the proportions OpenCV's frontal cascade looks for (brows, dark eyes, a lighter
nose bridge, a mouth), which it detects.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

# The values drawn: canaries that must never appear in what leaves, logs or records.
CARD_NAME = "Karim Benali"
CARD_CIN = "BE384721"
LABEL_NAME = "Yasmine Alaoui"
LABEL_PHONE = "0661234567"


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size)


def cin_card() -> Image.Image:
    """A national-ID-like card: a title, a name, a CIN number."""
    card = Image.new("RGB", (1024, 560), (236, 226, 204))
    draw = ImageDraw.Draw(card)
    big = font(44)
    draw.text((60, 50), "ROYAUME DU MAROC", font=big, fill=(20, 20, 20))
    draw.text((60, 150), "CARTE NATIONALE D'IDENTITE", font=big, fill=(20, 20, 20))
    draw.text((60, 270), f"Nom: {CARD_NAME}", font=big, fill=(20, 20, 20))
    draw.text((60, 370), f"CIN: {CARD_CIN}", font=big, fill=(20, 20, 20))
    return card


def delivery_label() -> Image.Image:
    """A parcel label: a recipient and a phone number."""
    label = Image.new("RGB", (900, 420), (255, 255, 255))
    draw = ImageDraw.Draw(label)
    big = font(40)
    draw.text((50, 40), "LIVRAISON EXPRESS", font=big, fill=(0, 0, 0))
    draw.text((50, 140), f"Destinataire: {LABEL_NAME}", font=big, fill=(0, 0, 0))
    draw.text((50, 240), f"Tel: {LABEL_PHONE}", font=big, fill=(0, 0, 0))
    return label


def plain_product() -> Image.Image:
    """A product photo with nothing personal: a mug on a table."""
    photo = Image.new("RGB", (640, 480), (180, 200, 220))
    draw = ImageDraw.Draw(photo)
    draw.rectangle((0, 330, 640, 480), fill=(120, 90, 60))
    draw.rounded_rectangle((250, 180, 390, 340), radius=12, fill=(230, 60, 60))
    draw.ellipse((370, 220, 440, 300), outline=(230, 60, 60), width=14)
    return photo


def face(size: int = 400) -> Image.Image:
    """A drawn frontal face (grey, blurred like a photo), detected by the Haar cascade."""
    grey = Image.new("L", (size, size), 90)
    draw = ImageDraw.Draw(grey)
    s = size / 400

    def oval(box: tuple[int, int, int, int], fill: int) -> None:
        draw.ellipse([v * s for v in box], fill=fill)

    oval((80, 40, 320, 380), 200)  # the face
    draw.rectangle([110 * s, 140 * s, 175 * s, 150 * s], fill=60)  # brows
    draw.rectangle([225 * s, 140 * s, 290 * s, 150 * s], fill=60)
    oval((115, 160, 170, 195), 40)  # eyes
    oval((230, 160, 285, 195), 40)
    draw.polygon([(200 * s, 180 * s), (180 * s, 260 * s), (220 * s, 260 * s)], fill=170)
    oval((150, 290, 250, 320), 70)  # mouth
    return grey.filter(ImageFilter.GaussianBlur(6 * s)).convert("RGB")


def portrait_on_photo() -> Image.Image:
    """A 1024x768 photo with a face in it and no text."""
    photo = Image.new("RGB", (1024, 768), (150, 170, 160))
    photo.paste(face(360), (330, 180))
    return photo


def encoded(image: Image.Image, image_format: str = "PNG", **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def data_url(data: bytes, media_type: str = "image/png") -> str:
    return f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"


def decoded_url(url: str) -> bytes:
    return base64.b64decode(url.split(",", 1)[1])


def gps_exif(image: Image.Image) -> Image.Exif:
    """EXIF with GPS coordinates (Rabat), a body serial number, an artist and a camera."""
    exif = image.getexif()
    exif[0x010F] = "CanaryCam"  # Make
    exif[0x013B] = "Canary Artist"  # Artist
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (34.0, 1.0, 15.5)
    gps[3] = "W"
    gps[4] = (6.0, 50.0, 31.2)
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0xA431] = "SN-CANARY-4242"  # BodySerialNumber
    return exif
