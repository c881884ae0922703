from __future__ import annotations

import pytest

from compliance.detect.recognizers import InternationalPhoneRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: "+" or "00" and a country code, parsed by libphonenumber
        ("+33 6 12 34 56 78", ["+33 6 12 34 56 78"]),
        ("+1 (415) 555-0132", ["+1 (415) 555-0132"]),
        ("+44 7700 900123", ["+44 7700 900123"]),
        ("+41 (0)96 471 07 95", ["+41 (0)96 471 07 95"]),
        ("0033 6 12 34 56 78", ["0033 6 12 34 56 78"]),
        # valid: North American shape alone, national shapes after a phone word
        ("call 415-555-0132 today", ["415-555-0132"]),
        ("Phone: 0496 46 46 70", ["0496 46 46 70"]),
        ("Fax: 9498777106", ["9498777106"]),
        # invalid: impossible numbers
        ("+33 12", []),
        ("+999 123 456 789", []),
        # look-alike: Moroccan numbers (their own recognizer), dates, IPs, prices
        ("+212 661 234 567", []),
        ("le 12.03.2024 à 10h", []),
        ("serveur 41.176.181.243", []),
        ("total 1 250 450 dirhams", []),
        ("Commande 0496 46 46 70", []),
    ],
)
def test_foreign_numbers_are_parsed_and_national_shapes_need_a_phone_word(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(InternationalPhoneRecognizer(), text) == expected
