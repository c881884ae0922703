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
        ("je vis à Barcelona", ["Barcelona"]),
        # Darija spellings: "Bni", "3in", the article glued, a final "e" dropped
        ("ana Khadija mn Lhoceima", ["Lhoceima"]),
        ("tzadt f Inezgan w sakna f Bni Mellal", ["Bni Mellal", "Inezgan"]),
        ("ولي الأمر يسكن في تيزنيت", ["تيزنيت"]),
        # "?" names: a capital and a place cue
        ("Je vis à Safi", ["Safi"]),
        ("في الجديدة", ["الجديدة"]),
        # valid: tied to a person by residence, origin or birth, in four writings
        ("Je suis originaire de Nador.", ["Nador"]),
        ("born in Agadir, raised in Rabat", ["Agadir", "Rabat"]),
        ("ana saken f Tanger", ["Tanger"]),
        ("ساكن ف مكناس", ["مكناس"]),
        ("J'habite à Rabat et je cherche un billet pour Paris", ["Rabat"]),
        ("Il fait combien à Rabat, la ville où j'habite ?", ["Rabat"]),
        # valid: no cue either way is reported (fail closed)
        ("Rabat", ["Rabat"]),
        ("Client: Karim, Oujda", ["Oujda"]),
        # look-alike: everyday words, brands and clubs
        ("safi, merci", []),
        ("السيارة الجديدة", []),
        ("le match du Raja Casablanca", []),
        ("chez Casablanca Finance City", []),
        ("le port Tanger Med", []),
        ("un billet Royal Air Maroc", []),
        # look-alike: trivia, geography, weather and travel questions
        ("Quelle est la capitale du Maroc ?", []),
        ("What is the capital of Morocco?", []),
        ("ما هي عاصمة المغرب؟", []),
        ("Casablanca est la plus grande ville du pays.", []),
        ("Il fait combien à Rabat demain ?", []),
        ("الطقس في طنجة غدا", []),
        ("billet Fès-Rabat", []),
        ("Je cherche un vol pas cher pour Marrakech en juillet.", []),
        # look-alike: products, companies and institutions
        ("Liste : huile d'argan d'Agadir, dattes de Zagora, miel de Tiznit", []),
        ("Siège social : Casablanca", []),
        ("J'ai étudié à l'Université de Rabat.", []),
        ("Je suis fan du Hassania Agadir.", []),
        ("ljaw f ifrane kayn tlj had simana?", []),
        # valid: tied once, reported wherever the text names it again
        ("Je suis né à Fès, quelle est la population de Fès ?", ["Fès", "Fès"]),
    ],
)
def test_places_tied_to_a_person_are_found_and_others_left(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(MoroccanPlaceRecognizer(), text) == expected
