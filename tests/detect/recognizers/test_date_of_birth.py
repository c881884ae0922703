from __future__ import annotations

import pytest

from compliance.detect.recognizers import DateOfBirthRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a date named as a birth date, in every usual writing
        ("né le 12/03/1985 à Fès", ["12/03/1985"]),
        ("Date de naissance : 1985-03-12", ["1985-03-12"]),
        ("née le 3 mars 1990", ["3 mars 1990"]),
        ("born on March 3, 1990", ["March 3, 1990"]),
        ("DOB: 03.12.1985", ["03.12.1985"]),
        ("مزداد بتاريخ 12 مارس 1985 بالرباط", ["12 مارس 1985"]),
        ("ana mzyad f 1990 f Casa", ["1990"]),
        ("12/03/1985 (date de naissance)", ["12/03/1985"]),
        # invalid dates
        ("né le 32/13/1985", []),
        ("né le 12/03/2150", []),
        # look-alike: dates of deliveries, invoices, appointments
        ("Livraison le 12/03/2025", []),
        ("Rendez-vous le 3 mars 1990 ? Non, 2025.", []),
        ("Facture du 1985-03-12", []),
    ],
)
def test_dates_are_birth_dates_only_with_a_birth_phrase(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(DateOfBirthRecognizer(), text) == expected
