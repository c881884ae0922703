from __future__ import annotations

import pytest

from compliance.detect.recognizers import MassarCodeRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: letter + 9 digits near a school phrase (no check digit exists)
        ("Code Massar : M145092428", ["M145092428"]),
        ("رمز مسار ابني هو G130245678", ["G130245678"]),
        ("L'élève R130045678 est absent.", ["R130045678"]),
        ("My daughter's Massar code is J525433480", ["J525433480"]),
        ("code massar dyal weldi K123456789", ["K123456789"]),
        # invalid: placeholder, wrong length
        ("Code Massar A000000000", []),
        ("Code Massar M14509242", []),
        ("Code Massar M1450924281", []),
        # look-alike: product and parcel codes, no school phrase
        ("Produit P123456789 en stock", []),
        ("Colis CP123456789MA, code massar à fournir", []),
        ("Massar m145092428", []),
    ],
)
def test_massar_codes_are_reported_near_a_school_phrase(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(MassarCodeRecognizer(), text) == expected
