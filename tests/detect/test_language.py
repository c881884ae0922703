from __future__ import annotations

import time

import pytest

from compliance.detect import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French
        ("Bonjour, je voudrais connaître le solde de mon compte.", "fr"),
        ("J'habite à Casablanca et mon numéro est le 0661234567.", "fr"),
        ("Merci pour votre réponse rapide.", "fr"),
        # English
        ("Hello, I would like to know the balance of my account.", "en"),
        ("Please call me back, my number is 0661234567.", "en"),
        ("What is the capital of Morocco?", "en"),
        # Arabic script, also with Latin codes inside
        ("مرحبا، أريد معرفة رصيد حسابي", "ar"),
        ("رقم البطاقة الوطنية BE123456 والهاتف 0661234567", "ar"),
        # unsure: French, the Moroccan default
        ("", "fr"),
        ("0661234567 BE123456", "fr"),
        ("Youssef El Amrani", "fr"),
        ("salam, bghit nchof l compte dyali", "fr"),
        ("OK", "fr"),
    ],
)
def test_language_is_arabic_by_script_english_by_stop_words_else_french(
    text: str, expected: str
) -> None:
    assert detect_language(text) == expected


def test_mixed_text_goes_to_the_language_with_more_stop_words() -> None:
    text = "Hello, je m'appelle Karim et je vous écris depuis Rabat pour une question."
    assert detect_language(text) == "fr"


def test_detecting_the_language_of_a_kilobyte_takes_well_under_a_millisecond() -> None:
    text = ("Bonjour, je suis Youssef et voici mon numéro de téléphone. " * 20)[:1024]
    runs = 200
    start = time.perf_counter()
    for _ in range(runs):
        detect_language(text)
    assert (time.perf_counter() - start) / runs < 1e-3
