from __future__ import annotations

import pytest

from compliance.detect.recognizers import MoroccanPlateRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: the Arabic letter, with any separator, also code first
        ("12345-أ-6", ["12345-أ-6"]),
        ("12345 | ب | 26", ["12345 | ب | 26"]),
        ("سيارتي رقم 8765 د 1 تعرضت لحادث", ["8765 د 1"]),
        ("6-ط-12345", ["6-ط-12345"]),
        ("12345-و-6", ["12345-و-6"]),
        ("Voiture immatriculée 456 و 12", ["456 و 12"]),
        # valid: "و" glued to the digits, Darija plate phrases in both scripts
        ("السيارة رقم 7431و41، رقم الحساب", ["7431و41"]),
        ("lkarhba dyali 99048 و 35 t9adat f parking", ["99048 و 35"]),
        ("tsadmt, matricule dyali 19999و28", ["19999و28"]),
        ("الماتريكول 16304 و 80، أنا", ["16304 و 80"]),
        # valid: the Latin transliteration with separators, W18
        ("Plaque 12345-A-6", ["12345-A-6"]),
        ("véhicule 10534 - D - 58", ["10534 - D - 58"]),
        ("immatriculation WW 123456", ["WW 123456"]),
        # no checksum exists; invalid shapes
        ("123456-أ-6", []),
        ("12345-AB-6", []),
        # look-alike: "و" is "and", Latin letters without separators, dates
        ("بين 10 و 12 سنة", []),
        ("من 1500و20 درهم", []),
        ("Chambre 123 A 4 étage", []),
        ("le 12-03-2024", []),
        ("Réf 12345-A-6X", []),
    ],
)
def test_plates_are_found_with_the_arabic_letter_or_its_latin_form(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(MoroccanPlateRecognizer(), text) == expected
