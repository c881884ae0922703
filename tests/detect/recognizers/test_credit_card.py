from __future__ import annotations

import pytest

from compliance.detect.recognizers import CardRecognizer
from compliance.detect.recognizers.credit_card import card_brand

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: brand ranges and Luhn, grouped or not
        ("4111 1111 1111 1111", ["4111 1111 1111 1111"]),
        ("5500-0000-0000-0004", ["5500-0000-0000-0004"]),
        ("2223003122003222", ["2223003122003222"]),
        ("4131034282458809939", ["4131034282458809939"]),
        ("Amex 3782 822463 10005", ["3782 822463 10005"]),
        ("carte 4047737215142", ["4047737215142"]),
        ("Maestro card 501864667909", ["501864667909"]),
        # invalid checksum
        ("4111 1111 1111 1112", []),
        ("5500000000000005", []),
        # look-alike: IMEIs, references, short numbers without a card word
        ("IMEI 356938035643809", []),
        ("numéro de série 4111111111111111", []),
        ("Référence 501864667909", []),
        ("ICE 001561191000066", []),
    ],
)
def test_cards_need_luhn_and_a_brand_range_and_imeis_are_not_cards(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(CardRecognizer(), text) == expected


def test_brands_are_recognized_by_prefix_and_length() -> None:
    assert card_brand("4111111111111111") == "visa"
    assert card_brand("2223003122003222") == "mastercard"
    assert card_brand("378282246310005") == "amex"
    assert card_brand("356938035643809") is None  # an IMEI: 15 digits from 35
