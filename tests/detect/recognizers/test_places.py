from __future__ import annotations

import pytest

from compliance.detect.recognizers import MoroccanPlaceRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: cities, neighbourhoods, spellings, Arabic with clitics
        ("J'habite à Casablanca, quartier Maârif", ["Casablanca", "Maârif"]),
        ("ana mn casa w khdam f Mrakch", ["Mrakch", "casa"]),
        ("Sidi Maârouf et Hay Riad", ["Hay Riad", "Sidi Maârouf"]),
        ("مزداد بالرباط وساكن في الدار البيضاء", ["الدار البيضاء", "الرباط"]),
        ("billet Fès-Rabat", ["Fès", "Rabat"]),
        ("je vis à Barcelona", ["Barcelona"]),
        # "?" names: a capital and a place cue
        ("Je vis à Safi", ["Safi"]),
        ("في الجديدة", ["الجديدة"]),
        # look-alike: everyday words, brands and clubs
        ("safi, merci", []),
        ("السيارة الجديدة", []),
        ("le match du Raja Casablanca", []),
        ("chez Casablanca Finance City", []),
        ("le port Tanger Med", []),
        ("un billet Royal Air Maroc", []),
    ],
)
def test_listed_places_are_found_except_inside_brands_and_words(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(MoroccanPlaceRecognizer(), text) == expected
