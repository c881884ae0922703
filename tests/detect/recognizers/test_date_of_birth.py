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
        # d-m-yyyy with spaces, two-digit years, more Darija birth verbs
        ("mzyoud 12 - 03 - 1995", ["12 - 03 - 1995"]),
        ("ana tzadt f 5-3-1995 f casa", ["5-3-1995"]),
        ("tzadt 12-3-95", ["12-3-95"]),
        ("tzad khoya nhar 3/4/1988", ["3/4/1988"]),
        ("ana twldt f 7/11/2001", ["7/11/2001"]),
        ("تزاديت ف 12-3-1995 فطنجة", ["12-3-1995"]),
        ("ana tzadit f sbitar lbir chifa f casablanca nhar 12/03/1995", ["12/03/1995"]),
        # "born" as a participle in Arabic
        ("ابني حمزة المولود في 27.04.1963 مصاب بالربو", ["27.04.1963"]),
        ("الطفلة المولودة بتاريخ 12/03/2015", ["12/03/2015"]),
        # look-alike: a year-first date of something else
        ("Commande du 2003/03/14, livrée", []),
        # invalid dates
        ("né le 32/13/1985", []),
        ("né le 12/03/2150", []),
        # look-alike: dates of deliveries, invoices, appointments
        ("Livraison le 12/03/2025", []),
        ("Rendez-vous le 3 mars 1990 ? Non, 2025.", []),
        ("Facture du 1985-03-12", []),
        # look-alike: another date nearer than the birth phrase
        ("Livraison prévue le 12-3-2024, client né à Fès", []),
        ("Date de naissance : 12/03/1985, rendez-vous le 15/04/2025", ["12/03/1985"]),
        ("CIN délivrée le 12/03/2015, né à Rabat", []),
    ],
)
def test_dates_are_birth_dates_only_with_a_birth_phrase(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(DateOfBirthRecognizer(), text) == expected
