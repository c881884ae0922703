from __future__ import annotations

import pytest

from compliance.detect.recognizers import BoundedUrlRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: scheme or www
        ("Voir https://cndp.ma/fr", ["https://cndp.ma/fr"]),
        ("http://example.com/profil?id=42 ici", ["http://example.com/profil?id=42"]),
        ("www.example.ma/page", ["www.example.ma/page"]),
        # valid: bare domain with a context word
        ("Mon site perso : youssef-amrani.ma", ["youssef-amrani.ma"]),
        ("my website is janedoe.com", ["janedoe.com"]),
        # bare domain without context: below the threshold
        ("janedoe.com", []),
        # look-alike: abbreviations and file names
        ("M.Alaoui est arrivé", []),
        ("le fichier rapport.docx", []),
        ("lancer script.py puis main.rs", []),
        # look-alike: the domain of an e-mail address is not a URL
        ("youssef@gmail.com", []),
    ],
)
def test_urls_are_found_with_word_boundaries(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(BoundedUrlRecognizer(), text) == expected
