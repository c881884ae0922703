from __future__ import annotations

import time

import pytest

from compliance.detect import detect_language
from compliance.detect.language import pipeline_language


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
        ("OK", "fr"),
        # Darija in Latin letters, Arabizi digits counted as letters
        ("salam, bghit nchof l compte dyali", "darija-latn"),
        ("3afak sift lia l facture, nmra dyali 0661234567", "darija-latn"),
        # mixed: both scripts, or Darija with French or English
        ("Bonjour, اسمي يوسف العلوي et mon numéro est le 0661234567", "mixed"),
        ("salam, je suis Karim, bghit nreservi une chambre dyal jouj", "mixed"),
    ],
)
def test_language_is_arabic_by_script_darija_by_its_words_english_by_stop_words_else_french(
    text: str, expected: str
) -> None:
    assert detect_language(text) == expected


def test_mixed_text_goes_to_the_language_with_more_stop_words() -> None:
    text = "Hello, je m'appelle Karim et je vous écris depuis Rabat pour une question."
    assert detect_language(text) == "fr"


@pytest.mark.parametrize(
    ("text", "pipeline"),
    [
        ("Bonjour, je voudrais connaître le solde de mon compte.", "fr"),
        ("Hello, I would like to know the balance of my account.", "en"),
        ("مرحبا، أريد معرفة رصيد حسابي", "ar"),
        ("salam, bghit nchof l compte dyali", "fr"),
        ("Hello, smiti Karim, I live in Rabat and my number is 0661234567", "en"),
        ("Bonjour, اسمي يوسف العلوي et mon numéro est le 0661234567", "fr"),
    ],
)
def test_each_label_is_analyzed_by_a_pipeline_arabic_script_by_the_tokenizer_only_one(
    text: str, pipeline: str
) -> None:
    assert pipeline_language(text)[1] == pipeline


@pytest.mark.parametrize(
    "sentence",
    [
        "Bonjour, je suis Youssef et voici mon numéro de téléphone. ",
        "salam, smiti Karim w bghit nreservi riad f Mrakch, اسمي يوسف ٠٦٦١٢٣٤٥٦٧ ",
    ],
)
def test_detecting_the_language_of_a_kilobyte_takes_well_under_a_millisecond(
    sentence: str,
) -> None:
    text = (sentence * 20)[:1024]
    runs = 200
    start = time.perf_counter()
    for _ in range(runs):
        detect_language(text)
    assert (time.perf_counter() - start) / runs < 1e-3
