from __future__ import annotations

import pytest

from compliance.detect.recognizers import MoroccanPhoneRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: international
        ("+212 6 61 23 45 67", ["+212 6 61 23 45 67"]),
        ("+212661234567", ["+212661234567"]),
        ("00212-522-123456", ["00212-522-123456"]),
        ("+212(0)661234567", ["+212(0)661234567"]),
        ("+212 (0) 6 61 23 45 67", ["+212 (0) 6 61 23 45 67"]),
        ("+212 0661234567", ["+212 0661234567"]),
        # valid: national, every operator digit and grouping
        ("0661234567", ["0661234567"]),
        ("06.61.23.45.67", ["06.61.23.45.67"]),
        ("06-61-23-45-67", ["06-61-23-45-67"]),
        ("0661 234 567", ["0661 234 567"]),
        ("0522 12 34 56", ["0522 12 34 56"]),
        ("07 12 34 56 78", ["07 12 34 56 78"]),
        ("0800 12 34 56", ["0800 12 34 56"]),
        # valid: inside sentences and punctuation
        ("Appelez-moi au 0661234567.", ["0661234567"]),
        ("(0661234567)", ["0661234567"]),
        ("Mon tél : +212 6 61 23 45 67, merci", ["+212 6 61 23 45 67"]),
        # look-alike: wrong operator digit or length
        ("0461234567", []),
        ("066123456", []),
        ("06612345678", []),
        ("+2126612345", []),
        # look-alike: part of a longer number or word
        ("ref 0661234567-12", []),
        ("x0661234567", []),
        ("RIB 011519000001205000534921", []),
        # look-alike: dates, other separators, foreign numbers
        ("le 05.12.2024", []),
        ("06/61/23/45/67", []),
        ("+33 6 12 34 56 78", []),
    ],
)
def test_moroccan_phone_numbers_are_found_in_every_usual_writing(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(MoroccanPhoneRecognizer(), text) == expected


def test_a_phone_word_nearby_raises_a_national_number_score() -> None:
    recognizer = MoroccanPhoneRecognizer()
    text = "Mon téléphone : 0661234567"
    results = recognizer.analyze(text, ["PHONE_NUMBER"])
    (result,) = recognizer.enhance_using_context(text, results, [], None)
    assert result.score == pytest.approx(0.95)
