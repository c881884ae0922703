from __future__ import annotations

import pytest
from presidio_analyzer import PatternRecognizer

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
        # valid: typed in lower case, or with a space or hyphen after the letter
        ("Massar m145092428", ["m145092428"]),
        ("code massar dyal bnti: g130245678", ["g130245678"]),
        ("CNE M 145092428 (faculté des sciences)", ["M 145092428"]),
        ("Student enrolment, university code R-130045678", ["R-130045678"]),
        ("رقم مسار التلميذ k123456789", ["k123456789"]),
        # invalid: placeholder, wrong length
        ("Code Massar a 000000000", []),
        ("Code Massar A000000000", []),
        ("Code Massar M14509242", []),
        ("Code Massar M1450924281", []),
        # look-alike: product and parcel codes, no school phrase
        ("Produit P123456789 en stock", []),
        ("Colis CP123456789MA, code massar à fournir", []),
        ("Commande p123456789 expédiée", []),
        ("Réf. P 123456789, colis en route", []),
    ],
)
def test_massar_codes_are_reported_near_a_school_phrase(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(MassarCodeRecognizer(), text) == expected


def test_a_text_without_nine_digits_in_a_row_is_not_scanned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def scanned(*_args: object, **_kwargs: object) -> list[object]:
        raise AssertionError("the patterns ran")

    monkeypatch.setattr(PatternRecognizer, "analyze", scanned)
    assert MassarCodeRecognizer().analyze("Code Massar M 14509242 8", ["MA_MASSAR"]) == []
    with pytest.raises(AssertionError):
        MassarCodeRecognizer().analyze("Code Massar M145092428", ["MA_MASSAR"])
