from __future__ import annotations

import pytest

from compliance.detect.recognizers import MoroccanCnssRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: 9 digits near a CNSS phrase (there is no check digit)
        ("N° CNSS : 123456789", ["123456789"]),
        ("immatriculation 987 654 321", ["987 654 321"]),
        ("رقم التسجيل في الضمان الاجتماعي 123456789", ["123456789"]),
        ("l cnss dyali 112233445, wach n9der", ["112233445"]),
        ("Affilié sous le numéro 555123456", ["555123456"]),
        # valid: "رقم الضمان" for short, also as a JSON field
        ('{"الاسم": "مريم", "رقم_الضمان": "281626863"}', ["281626863"]),
        ("رقم الضمان 292038868", ["292038868"]),
        # invalid: placeholders, wrong length
        ("CNSS 000000000", []),
        ("CNSS 12345678", []),
        ("CNSS 1234567890", []),
        # look-alike: no CNSS phrase, a phone phrase nearer, part of a code
        ("Commande 123456789 expédiée", []),
        ("CNSS plus tard; mon téléphone: 661234567", []),
        ("CNSS M123456789", []),
        ("CNSS 123456789-2", []),
    ],
)
def test_nine_digit_numbers_are_cnss_only_near_a_cnss_phrase(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(MoroccanCnssRecognizer(), text) == expected
