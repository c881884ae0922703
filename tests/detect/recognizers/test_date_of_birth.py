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
        # Darija from the root of ziyada, in both scripts; year-first civil-status dates
        ("smiti Hajar, mzyouda f 01/05/2003", ["01/05/2003"]),
        ("mzyoud nhar 26.10.2007 f tetouan", ["26.10.2007"]),
        ("ana tzadit f 3 mai 1995", ["3 mai 1995"]),
        ("مزيود ف 12/10/1998 ف فاس", ["12/10/1998"]),
        ("تزاديت نهار 7 ماي 1996", ["7 ماي 1996"]),
        ("المزداد في 2003/03/14 بمكناس", ["2003/03/14"]),
        # look-alike: a year-first date of something else
        ("Commande du 2003/03/14, livrée", []),
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
